import { describe, expect, it } from 'vitest';
import { placePopup } from '../../../src/renderer/lib/place-popup';

const VIEW = { width: 1000, height: 800 };
const MENU = { width: 200, height: 150 };

describe('placing a popup', () => {
  it('opens at the point asked for when it fits', () => {
    expect(placePopup(MENU, { x: 100, y: 100 }, {}, VIEW)).toEqual({ left: 100, top: 100 });
  });

  it('moves back in from the right and bottom edges', () => {
    expect(placePopup(MENU, { x: 990, y: 790 }, {}, VIEW)).toEqual({ left: 796, top: 646 });
  });

  it('lines its right edge up with the point when aligned to the end', () => {
    expect(placePopup(MENU, { x: 500, y: 100 }, { align: 'end' }, VIEW)).toEqual({ left: 300, top: 100 });
  });

  it('sits above the point when asked, as status-bar menus do', () => {
    expect(placePopup(MENU, { x: 100, y: 780 }, { side: 'above' }, VIEW)).toEqual({ left: 100, top: 630 });
  });

  it('is pinned to the top left when larger than the window', () => {
    expect(placePopup({ width: 2000, height: 2000 }, { x: 100, y: 100 }, {}, VIEW)).toEqual({ left: 4, top: 4 });
  });
});
