import type { Locator, Page } from 'playwright-core';

/**
 * The transcript and its coding gestures, found by role and name. Passages are selected with a real
 * mouse drag, from the left edge of the first character to the right edge of the last.
 */
export class TranscriptPage {
  readonly text: Locator;
  readonly stripes: Locator;
  readonly picker: Locator;
  readonly segmentPopover: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main', { name: 'Transcript', exact: true });
    this.text = main.getByRole('region', { name: 'Transcript text', exact: true });
    this.stripes = main.getByRole('group', { name: 'Coding stripes', exact: true });
    this.picker = page.getByRole('dialog', { name: 'Code the selection', exact: true });
    this.segmentPopover = page.getByRole('dialog', { name: 'Coded segment', exact: true });
  }

  async waitForText(fragment: string): Promise<void> {
    await this.text.getByText(fragment, { exact: false }).first().waitFor({ state: 'visible', timeout: 15_000 });
  }

  /** Drags the mouse over the first occurrence of `phrase` inside one text run of the transcript. */
  async selectPhrase(phrase: string): Promise<void> {
    const box = await this.text.evaluate((root, p) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(p);
        if (at < 0) continue;
        n.parentElement?.scrollIntoView({ block: 'center' });
        const first = document.createRange();
        first.setStart(n, at);
        first.setEnd(n, at + 1);
        const last = document.createRange();
        last.setStart(n, at + p.length - 1);
        last.setEnd(n, at + p.length);
        const a = first.getClientRects()[0];
        const b = last.getClientRects()[0];
        if (a === undefined || b === undefined) return null;
        return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
      }
      return null;
    }, phrase);
    if (box === null) throw new Error(`"${phrase}" is not on screen in the transcript`);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Right-clicks just before the first character of `phrase` in the transcript (the turn menu opens there). */
  async contextClickBefore(phrase: string): Promise<void> {
    const at = await this.text.evaluate((root, p) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(p);
        if (i < 0) continue;
        n.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getClientRects()[0];
        return r === undefined ? null : { x: r.left + 1, y: r.top + r.height / 2 };
      }
      return null;
    }, phrase);
    if (at === null) throw new Error(`"${phrase}" is not on screen in the transcript`);
    await this.page.mouse.click(at.x, at.y, { button: 'right' });
  }

  /**
   * The text under each segment painted for a code: each box of the coding layer is read back through
   * the caret positions at its left and right edges, so a box that sits off its quote shows up as the
   * wrong text, not just a count.
   */
  async paintedTexts(codeId: string): Promise<string[]> {
    return this.page.evaluate((id) => {
      const marks = [...document.querySelectorAll<HTMLElement>(`.coding-layer .coding-mark[data-code-id="${CSS.escape(id)}"]`)];
      return marks.map((mark) =>
        [...mark.querySelectorAll<HTMLElement>('.coding-box')]
          .map((box) => {
            // Caret positions exist only on screen: bring the box into view before reading under it.
            box.scrollIntoView({ block: 'center' });
            const r = box.getBoundingClientRect();
            const y = r.top + r.height / 2;
            const a = document.caretPositionFromPoint(r.left + 1, y);
            const b = document.caretPositionFromPoint(r.right - 1, y);
            if (a === null || b === null) return '';
            const range = document.createRange();
            range.setStart(a.offsetNode, a.offset);
            range.setEnd(b.offsetNode, b.offset);
            return range.toString();
          })
          .join(''),
      );
    }, codeId);
  }

  /** Texts of the ranges of a transient mark (pending, selected, flash) in `CSS.highlights`. */
  async highlightTexts(name: string): Promise<string[]> {
    return this.page.evaluate((n) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...(registry.get(n) ?? [])].map((r) => r.toString());
    }, name);
  }

  stripe(codeName: string): Locator {
    return this.stripes.getByRole('button', { name: new RegExp(`^${escapeRegExp(codeName)}: `) });
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
