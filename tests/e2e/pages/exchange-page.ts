import type { Locator, Page } from 'playwright-core';

/** The title bar's Export menu (REFI-QDA project and codebook, data-structure figure). */
export class ExchangePage {
  readonly exportButton: Locator;
  readonly menu: Locator;

  constructor(readonly page: Page) {
    this.exportButton = page.getByRole('banner').getByRole('button', { name: 'Export ▾', exact: true });
    this.menu = page.getByRole('menu', { name: 'Export', exact: true });
  }

  /** The dialog saying what an export kept, mapped and skipped. */
  report(fileName: string): Locator {
    return this.page.getByRole('dialog', { name: `Exported ${fileName}`, exact: true });
  }

  item(name: string): Locator {
    return this.menu.getByRole('menuitem', { name, exact: true });
  }

  async open(): Promise<void> {
    if ((await this.exportButton.getAttribute('aria-expanded')) !== 'true') await this.exportButton.click();
    await this.menu.waitFor({ state: 'visible' });
  }

  /** Chooses an export and returns the downloaded file's name and text. */
  async download(itemName: string): Promise<{ fileName: string; text: string }> {
    await this.open();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.item(itemName).click()]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}
