/**
 * A Lexical editor state for a memo that arrives as plain text (REFI notes carry no formatting):
 * one paragraph per line, so the memo editor opens it exactly as the other tool showed it.
 */
export function lexicalFromText(text: string): string {
  const paragraphs = text.split('\n').map((line) => ({
    children: line === '' ? [] : [{ detail: 0, format: 0, mode: 'normal', style: '', text: line, type: 'text', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    type: 'paragraph',
    version: 1,
    textFormat: 0,
    textStyle: '',
  }));
  return JSON.stringify({ root: { children: paragraphs, direction: null, format: '', indent: 0, type: 'root', version: 1 } });
}
