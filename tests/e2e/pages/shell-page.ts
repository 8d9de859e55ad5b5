import type { Locator, Page } from 'playwright-core';

/**
 * The main window's landmarks. Everything is found by ARIA role and accessible name — what a
 * screen-reader user relies on — so a test breaks when accessibility breaks, not when markup
 * or class names change.
 */
export class ShellPage {
  readonly sidebar: Locator;
  readonly documents: Locator;
  readonly codebook: Locator;
  readonly transcript: Locator;
  readonly statusBar: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('complementary', { name: 'Project sidebar', exact: true });
    this.documents = this.sidebar.getByRole('listbox', { name: 'Documents', exact: true });
    this.codebook = this.sidebar.getByRole('tree', { name: 'Codebook', exact: true });
    this.transcript = page.getByRole('main', { name: 'Transcript', exact: true });
    this.statusBar = page.getByRole('contentinfo', { name: 'Status bar', exact: true });
  }

  async waitUntilReady(timeout = 20_000): Promise<void> {
    await this.sidebar.waitFor({ state: 'visible', timeout });
    await this.documents.getByRole('option').first().waitFor({ state: 'visible', timeout });
  }

  document(name: string): Locator {
    return this.documents.getByRole('option', { name, exact: true });
  }

  /** Dimensions are level 1 of the codebook tree, themes 2, concepts 3. */
  code(name: string, level?: 1 | 2 | 3): Locator {
    return this.codebook.getByRole('treeitem', level === undefined ? { name, exact: true } : { name, exact: true, level });
  }

  ungroupedConcepts(): Locator {
    return this.codebook.getByRole('treeitem', { name: 'Ungrouped concepts', exact: true });
  }

  async documentNames(): Promise<string[]> {
    return accessibleNames(this.documents.getByRole('option'));
  }

  /** Names of the aggregate dimensions, in tree order, without the "Ungrouped concepts" tray. */
  async dimensionNames(): Promise<string[]> {
    const names = await accessibleNames(this.codebook.getByRole('treeitem', { level: 1 }));
    return names.filter((n) => n !== 'Ungrouped concepts');
  }

  async openDocument(name: string): Promise<void> {
    await this.document(name).click();
  }

  transcriptHeading(name?: string): Locator {
    return name === undefined ? this.transcript.getByRole('heading').first() : this.transcript.getByRole('heading', { name, exact: true });
  }

  async statusText(): Promise<string> {
    return (await this.statusBar.innerText()).replace(/\s+/g, ' ').trim();
  }
}

/**
 * Reads the names the elements expose: aria-label when set (tree items carry their code name there,
 * since their text also holds their children), otherwise their text.
 */
async function accessibleNames(items: Locator): Promise<string[]> {
  return items.evaluateAll((elements) =>
    elements.map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}
