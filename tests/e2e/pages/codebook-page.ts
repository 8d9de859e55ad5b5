import type { Locator, Page } from 'playwright-core';

/** The codebook panel: the Gioia tree, its create buttons and its per-row actions. */
export class CodebookPage {
  readonly tree: Locator;

  constructor(readonly page: Page) {
    this.tree = page
      .getByRole('complementary', { name: 'Project sidebar', exact: true })
      .getByRole('tree', { name: 'Codebook', exact: true });
  }

  item(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  ungrouped(): Locator {
    return this.item('Ungrouped concepts');
  }

  /** aria-level of a code, or null when it is not in the tree (read in one go: the tree re-renders after undo). */
  async levelOf(name: string): Promise<number | null> {
    const levels = await this.tree
      .getByRole('treeitem')
      .evaluateAll(
        (items, n) => items.filter((i) => i.getAttribute('aria-label') === n).map((i) => Number(i.getAttribute('aria-level'))),
        name,
      );
    return levels[0] ?? null;
  }

  async create(level: 'dimension' | 'theme' | 'concept', name: string): Promise<void> {
    await this.page.getByRole('button', { name: `New ${level}`, exact: true }).click();
    const field = this.page.getByRole('textbox', { name: `Name of the new ${level}`, exact: true });
    await field.fill(name);
    await field.press('Enter');
    await this.item(name).waitFor({ state: 'visible', timeout: 10_000 });
  }

  async dragOnto(source: string, target: string): Promise<void> {
    await this.item(source).dragTo(this.item(target));
  }
}
