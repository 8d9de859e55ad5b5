import type { Locator, Page } from 'playwright-core';

/** The Compare view, found by roles and accessible names like the rest of the page objects. */
export class ComparePage {
  readonly tab: Locator;
  readonly pane: Locator;
  readonly settings: Locator;
  readonly table: Locator;
  readonly review: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Compare', exact: true });
    this.pane = page.getByRole('main', { name: 'Compare', exact: true });
    this.settings = this.pane.getByRole('form', { name: 'Comparison settings' });
    this.table = this.pane.getByRole('table', { name: 'Agreement per code' });
    this.review = this.pane.getByRole('region', { name: 'Disagreements' });
  }

  async open(): Promise<void> {
    await this.tab.click();
    await this.table.waitFor({ state: 'visible', timeout: 20_000 });
  }

  codeRow(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  async openCode(name: string): Promise<void> {
    await this.table.getByRole('button', { name, exact: true }).click();
    await this.review.waitFor({ state: 'visible' });
  }

  excerpt(side: 'A' | 'B'): Locator {
    return this.review.getByRole('region', { name: new RegExp(`^Coder ${side}:`) });
  }

  async resolve(action: 'Accept A' | 'Accept B' | 'Union' | 'Intersection'): Promise<void> {
    await this.review.getByRole('group', { name: 'Resolve into consensus' }).getByRole('button', { name: action, exact: true }).click();
  }

  position(): Locator {
    return this.review.getByText(/^\d+ of \d+$/);
  }
}
