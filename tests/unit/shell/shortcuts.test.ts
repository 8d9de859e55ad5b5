import { describe, expect, it } from 'vitest';
import { accelerator, formatKeys, matchesShortcut, shortcutOf, type KeyPress } from '../../../src/shared/shortcuts';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const PC = { mac: false, typing: false };

describe('the shortcut registry', () => {
  it('matches Mod as Ctrl on a PC', () => {
    expect(matchesShortcut('undo', press('z', { ctrlKey: true }), PC)).toBe(true);
  });

  it('matches Mod as Cmd on a Mac', () => {
    expect(matchesShortcut('undo', press('z', { metaKey: true }), { mac: true, typing: false })).toBe(true);
  });

  it('tells undo from redo by Shift', () => {
    expect(shortcutOf(press('Z', { ctrlKey: true, shiftKey: true }), ['undo', 'redo'], PC)).toBe('redo');
  });

  it('leaves undo to a text field that has the focus', () => {
    expect(matchesShortcut('undo', press('z', { ctrlKey: true }), { mac: false, typing: true })).toBe(false);
  });

  it('keeps Mod shortcuts working while typing', () => {
    expect(matchesShortcut('find', press('F', { ctrlKey: true, shiftKey: true }), { mac: false, typing: true })).toBe(true);
  });

  it('keeps function keys working while typing', () => {
    expect(matchesShortcut('shortcuts', press('F1'), { mac: false, typing: true })).toBe(true);
  });

  it('does not take a typed question mark for the shortcuts list', () => {
    expect(matchesShortcut('shortcuts', press('?', { shiftKey: true }), { mac: false, typing: true })).toBe(false);
  });

  it('takes a question mark typed with Shift outside a field', () => {
    expect(matchesShortcut('shortcuts', press('?', { shiftKey: true }), PC)).toBe(true);
  });

  it('applies a plain letter only while text is selected', () => {
    expect([
      matchesShortcut('in-vivo', press('i'), { mac: false, typing: false, selection: true }),
      matchesShortcut('in-vivo', press('i'), { mac: false, typing: false, selection: false }),
    ]).toEqual([true, false]);
  });

  it('does not take an extra modifier for the shortcut without it', () => {
    expect(matchesShortcut('next-segment', press('ArrowDown', { altKey: true, shiftKey: true }), PC)).toBe(false);
  });

  it('writes keys as a person reads them on each platform', () => {
    expect([formatKeys('Mod+Shift+I', false), formatKeys('Mod+Shift+I', true), formatKeys('Alt+Shift+ArrowLeft', false)]).toEqual([
      'Ctrl+Shift+I',
      '⌘+Shift+I',
      'Alt+Shift+←',
    ]);
  });

  it('gives the desktop menu its accelerators, preferring each platform’s redo', () => {
    expect([accelerator('find', false), accelerator('redo', false), accelerator('redo', true)]).toEqual([
      'CmdOrCtrl+Shift+F',
      'CmdOrCtrl+Y',
      'CmdOrCtrl+Shift+Z',
    ]);
  });
});
