import { describe, expect, it } from 'vitest';
import { memoBlocks } from '../../../src/core/memo-blocks';
import { memoReportMarkdown, reportMemo } from '../../../src/core/memo-report';

const RICH = JSON.stringify({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'keeps ', format: 0 },
          { type: 'text', text: 'returning', format: 1 },
          { type: 'text', text: ' in calls', format: 2 },
        ],
      },
      { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [{ type: 'text', text: 'check P3', format: 0 }] }] },
    ],
  },
});

describe('memoBlocks', () => {
  it('reads paragraphs, bold and italic runs and list items from the editor state', () => {
    expect(memoBlocks(RICH, '')).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'keeps ', bold: false, italic: false },
          { text: 'returning', bold: true, italic: false },
          { text: ' in calls', bold: false, italic: true },
        ],
      },
      { kind: 'number', runs: [{ text: 'check P3', bold: false, italic: false }] },
    ]);
  });

  it('falls back to the plain text when the state does not parse', () => {
    expect(memoBlocks('{not json', 'one\n\ntwo').map((b) => b.runs[0]?.text)).toEqual(['one', 'two']);
  });
});

describe('memoReportMarkdown', () => {
  it('keeps spaces outside emphasis marks and escapes HTML typed into a memo', () => {
    const md = memoReportMarkdown('Memos', [{ title: 'Project', memos: [reportMemo('P', '', null, RICH, '')] }]);
    expect(md).toContain('keeps **returning** *in calls*');
    expect(md).toContain('1. check P3');
    const html = memoReportMarkdown('Memos', [{ title: 'Q', memos: [reportMemo('q', '', null, '', '<b>x</b>')] }]);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
