import type { Locator, Page } from 'playwright-core';

/** Whichever popup menu is open, found by role and name like every page object. */
export class MenuPage {
  constructor(readonly page: Page) {}

  menu(name: string): Locator {
    return this.page.getByRole('menu', { name, exact: true });
  }

  /** The focused element's aria-label, or else its text without the shortcut shown beside it. */
  focusedName(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (el === null) return '';
      const text = [...el.childNodes].filter((n) => n.nodeName !== 'KBD').map((n) => n.textContent ?? '');
      return (el.getAttribute('aria-label') ?? text.join('')).replace(/\s+/g, ' ').trim();
    });
  }

  focusedRole(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('role') ?? null);
  }
}
