import type { Locator, Page } from 'playwright-core';
import { escapeRegExp } from './transcript-page';

/** The inspector's retrieval list: the quotes of the selected code. */
export class RetrievalPage {
  readonly inspector: Locator;
  readonly quotes: Locator;

  constructor(readonly page: Page) {
    this.inspector = page.getByRole('complementary', { name: 'Inspector', exact: true });
    this.quotes = this.inspector.getByRole('region', { name: 'Quotes', exact: true });
  }

  quote(text: string): Locator {
    return this.quotes.getByRole('button', { name: new RegExp(`^Open quote “${escapeRegExp(text.slice(0, 80))}`) });
  }
}
