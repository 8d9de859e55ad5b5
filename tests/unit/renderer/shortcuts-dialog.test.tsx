// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ShortcutsDialog } from '../../../src/renderer/components/coding/ShortcutsDialog';
import { formatKeys, SHORTCUTS, type ShortcutSpec } from '../../../src/shared/shortcuts';
import { mount, type Mounted } from './dom-harness';

let view: Mounted | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

/** Each row of the dialog as "keys → what it does", read from the page. */
function rows(container: HTMLElement): string[] {
  return [...container.querySelectorAll('tr')]
    .filter((tr) => tr.querySelector('td') !== null)
    .map((tr) => `${[...tr.querySelectorAll('kbd')].map((k) => k.textContent).join(' | ')} → ${tr.querySelector('td')?.textContent ?? ''}`);
}

/** The same, straight from the registry. */
function registry(include: (s: ShortcutSpec) => boolean): string[] {
  return (Object.values(SHORTCUTS) as ShortcutSpec[]).filter(include).map((s) => {
    const keys = s.keys.map((k) => formatKeys(k, false));
    return `${[...keys, ...(s.withSelection === undefined ? [] : [s.withSelection])].join(' | ')} → ${s.label}`;
  });
}

describe('the shortcuts dialog', () => {
  it('lists every shortcut of the registry in the desktop app', async () => {
    view = await mount(<ShortcutsDialog platform="electron" onClose={() => undefined} />);
    expect(rows(view.container).sort()).toEqual(registry(() => true).sort());
  });

  it('leaves out the desktop menu’s keys in the browser', async () => {
    view = await mount(<ShortcutsDialog platform="web" onClose={() => undefined} />);
    expect(rows(view.container).sort()).toEqual(registry((s) => s.desktopOnly !== true).sort());
  });
});
