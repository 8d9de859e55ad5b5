import type { Locator, Page } from 'playwright-core';

/**
 * The data structure as lines "Dimension/Theme/Concept" in reading order, so the figure on screen,
 * an exported SVG and the codebook tree can be compared. Quotation marks of in-vivo names go.
 */
export type Outline = readonly string[];

const TRAY = 'Ungrouped concepts';
const bare = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/^[“"]|[”"]$/g, '');

/** From the boxes of a figure SVG: concepts come before their theme, themes before their dimension. */
export function outlineOfSvg(svg: string): Outline {
  const lines: string[] = [];
  let concepts: string[] = [];
  let themes: Array<{ name: string; concepts: string[] }> = [];
  for (const m of svg.matchAll(/<g class="box (concept|theme|dimension)"( data-code-id="[^"]+")?[^>]*>\s*<title>([^<]*)<\/title>/g)) {
    const [, level, id, title = ''] = m;
    const name = bare(title);
    if (level === 'concept') concepts.push(name);
    else if (level === 'theme') {
      themes.push({ name: id === undefined ? TRAY : name, concepts });
      concepts = [];
    } else {
      const prefix = id === undefined ? '' : `${name}/`;
      if (id !== undefined) lines.push(name);
      for (const t of themes) lines.push(`${prefix}${t.name}`, ...t.concepts.map((c) => `${prefix}${t.name}/${c}`));
      themes = [];
    }
  }
  // Loose concepts have a stand-in theme but no dimension box after it.
  for (const t of themes) lines.push(t.name, ...t.concepts.map((c) => `${t.name}/${c}`));
  return lines.filter((l) => l !== TRAY);
}

/** From the codebook tree's rows (aria-level gives the nesting). */
export async function outlineOfTree(tree: Locator): Promise<Outline> {
  const rows = await tree
    .getByRole('treeitem')
    .evaluateAll((items) => items.map((i) => [Number(i.getAttribute('aria-level')), i.getAttribute('aria-label') ?? ''] as const));
  const path: string[] = [];
  const lines: string[] = [];
  for (const [level, name] of rows) {
    path.length = level - 1;
    path.push(bare(name));
    lines.push(path.join('/'));
  }
  return lines.filter((l) => l !== TRAY);
}

/** The figure on screen, as the page has drawn it. */
export async function outlineOnScreen(page: Page): Promise<Outline> {
  const svgs = await page.locator('.figure-svg svg').evaluateAll((list) => list.map((s) => new XMLSerializer().serializeToString(s)));
  return outlineOfSvg(svgs.join('\n'));
}
