import type { Locator, Page } from 'playwright-core';

export interface DroppedFile {
  readonly name: string;
  readonly text: string;
  /** A binary file (a .qdpx archive) as base64; `text` is then ignored. */
  readonly base64?: string;
}

/** Import surfaces of the main window, found by role and name like the rest of the page objects. */
export class ImportPage {
  readonly importButton: Locator;
  readonly dropZone: Locator;
  readonly progress: Locator;
  readonly results: Locator;
  /** The import preview, named "Import N file(s)". */
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.importButton = page.getByRole('button', { name: 'Import…', exact: true });
    this.dropZone = page.getByRole('region', { name: 'Drop files to import', exact: true });
    this.progress = page.getByRole('progressbar', { name: 'Import progress', exact: true });
    this.results = page.getByRole('dialog', { name: 'Import results', exact: true });
    this.preview = page.getByRole('dialog', { name: /^Import \d+ files?$/ });
  }

  /**
   * Records every value the progress bar shows, from inside the page: two small files import in
   * milliseconds, faster than any poll from the test could see the bar.
   */
  async recordProgress(): Promise<void> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __importProgress: string[] }).__importProgress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-label="Import progress"]');
        const value = bar === null ? null : `${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`;
        if (value !== null && seen.at(-1) !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  }

  async progressSeen(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __importProgress?: string[] }).__importProgress ?? []);
  }

  /** Drags files over the window (the overlay shows) without dropping them yet. */
  async dragOver(files: readonly DroppedFile[]): Promise<void> {
    await this.dispatch('dragenter', files);
    await this.dispatch('dragover', files);
  }

  /** A synthetic drop with a DataTransfer built in the page, as the OS would deliver it. */
  async drop(files: readonly DroppedFile[]): Promise<void> {
    await this.dispatch('drop', files);
  }

  private async dispatch(type: 'dragenter' | 'dragover' | 'drop', files: readonly DroppedFile[]): Promise<void> {
    await this.page.evaluate(
      ({ type, files }) => {
        const data = new DataTransfer();
        for (const f of files) {
          const body = f.base64 === undefined ? f.text : Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
          data.items.add(new File([body], f.name, { type: f.base64 === undefined ? 'text/plain' : 'application/octet-stream' }));
        }
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { type, files },
    );
  }

  /**
   * Speaker labels of the open transcript's turns. The transcript paints them with CSS from a
   * data attribute (they are not text in the document), so they are read from there.
   */
  async speakerLabels(transcript: Locator): Promise<string[]> {
    return transcript
      .locator('[data-label], .speaker-name')
      .evaluateAll((els) =>
        els.map((el) => (el.getAttribute('data-label') ?? el.textContent ?? '').split('\n')[0] ?? '').filter((s) => s !== ''),
      );
  }

  /** Confirms the import preview with its choices as they are. */
  async confirmPreview(): Promise<void> {
    await this.preview.waitFor({ state: 'visible' });
    await this.preview.getByRole('button', { name: /^Import \d+ files?$/ }).click();
  }

  resultRow(fileName: string): Locator {
    return this.results.getByRole('listitem').filter({ hasText: fileName });
  }
}
