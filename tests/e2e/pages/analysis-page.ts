import type { Locator, Page } from 'playwright-core';

/** The Data structure and Matrix views, found by role and accessible name. */
export class AnalysisPage {
  readonly tabs: Locator;
  readonly figure: Locator;
  readonly figureOptions: Locator;
  readonly matrixOptions: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('tablist', { name: 'Views' });
    this.figure = page.getByRole('group', { name: 'Gioia data structure', exact: true });
    this.figureOptions = page.getByRole('toolbar', { name: 'Figure options' });
    this.matrixOptions = page.getByRole('toolbar', { name: 'Matrix options' });
  }

  async openStructure(): Promise<void> {
    await this.tabs.getByRole('tab', { name: 'Data structure' }).click();
    await this.figure.waitFor({ state: 'visible', timeout: 15_000 });
  }

  async openMatrix(): Promise<void> {
    await this.tabs.getByRole('tab', { name: 'Matrix' }).click();
    await this.page.getByRole('table').first().waitFor({ state: 'visible', timeout: 15_000 });
  }

  box(name: string): Locator {
    return this.figure.getByRole('button', { name, exact: true });
  }

  quotesPanel(title: string): Locator {
    return this.page.getByRole('region', { name: `Quotes: ${title}` });
  }

  option(name: string): Locator {
    return this.figureOptions.getByLabel(name);
  }

  cell(name: RegExp): Locator {
    return this.page.getByRole('button', { name });
  }
}
