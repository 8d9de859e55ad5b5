/**
 * Measures how deeply XML elements nest, a chunk at a time, without parsing: parsers (ours and
 * mammoth's) recurse per level, and a file nested a hundred thousand levels deep would end in
 * "Maximum call stack size exceeded" instead of a clear refusal. Works on UTF-8 bytes or on
 * decoded text alike, since every character it looks at is ASCII.
 */
export class XmlDepthMeter {
  private depth = 0;
  private state: 'text' | 'open' | 'bang' | 'tag' | 'close' | 'skip' = 'text';
  private quote = 0;
  /** Last non-blank character inside a start tag: '/' before '>' means an empty element. */
  private last = 0;
  /** After `<!`: the characters seen so far, to tell a comment from CDATA from a declaration. */
  private bang = '';
  /** What ends the construct being skipped (`-->`, `]]>`, `?>`, `>`) and the characters seen. */
  private skipEnd = '';
  private tail = '';

  constructor(private readonly max: number) {}

  /** Feeds the next chunk; false as soon as the nesting exceeds `max`. */
  push(chunk: Uint8Array | string): boolean {
    const isText = typeof chunk === 'string';
    for (let i = 0; i < chunk.length; i++) {
      const c = isText ? chunk.charCodeAt(i) : (chunk[i] ?? 0);
      switch (this.state) {
        case 'text': {
          // Skipped to the next '<' (and below, to the closing quote) rather than looked at one by one.
          const next = isText ? chunk.indexOf('<', i) : chunk.indexOf(0x3c, i);
          if (next < 0) i = chunk.length;
          else {
            i = next;
            this.state = 'open';
          }
          break;
        }
        case 'open':
          if (c === 0x2f) this.state = 'close';
          else if (c === 0x3f) this.skip('?>');
          else if (c === 0x21) {
            this.state = 'bang';
            this.bang = '';
          } else {
            this.state = 'tag';
            this.last = c;
          }
          break;
        case 'bang':
          this.bang += String.fromCharCode(c);
          if (this.bang === '--') this.skip('-->');
          else if (this.bang === '[CDATA[') this.skip(']]>');
          else if (!'--'.startsWith(this.bang) && !'[CDATA['.startsWith(this.bang)) this.skip('>', c);
          break;
        case 'skip':
          this.tail = (this.tail + String.fromCharCode(c)).slice(-this.skipEnd.length);
          if (this.tail === this.skipEnd) this.state = 'text';
          break;
        case 'close':
          if (c === 0x3e) {
            this.depth = Math.max(0, this.depth - 1);
            this.state = 'text';
          }
          break;
        case 'tag':
          if (this.quote !== 0) {
            const end = isText ? chunk.indexOf(String.fromCharCode(this.quote), i) : chunk.indexOf(this.quote, i);
            if (end < 0) i = chunk.length;
            else {
              i = end;
              this.quote = 0;
            }
          } else if (c === 0x22 || c === 0x27) {
            this.quote = c;
          } else if (c === 0x3e) {
            this.state = 'text';
            if (this.last !== 0x2f && ++this.depth > this.max) return false;
          } else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
            this.last = c;
          }
          break;
      }
    }
    return true;
  }

  private skip(end: string, first?: number): void {
    this.state = 'skip';
    this.skipEnd = end;
    this.tail = first === undefined ? '' : String.fromCharCode(first);
    if (this.tail === end) this.state = 'text';
  }
}

/** True when `xml` nests no deeper than `max` elements. */
export function xmlDepthWithin(xml: string, max: number): boolean {
  return new XmlDepthMeter(max).push(xml);
}
