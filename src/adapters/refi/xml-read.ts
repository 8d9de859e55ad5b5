import { XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import { QDPX_LIMITS } from '../archive/limits';
import { xmlDepthWithin } from '../archive/xml-depth';
import { refiFail } from './errors';

/** The parsers recurse per element; deeper files are refused before any of them runs. */
const MAX_XML_DEPTH = QDPX_LIMITS.maxXmlDepth;

/** A parsed element: attributes by name, children by tag name (always arrays), text content. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Readonly<Record<string, readonly XmlElement[]>>;
  readonly text: string;
}

/**
 * Parses untrusted XML. Any DTD is refused before the parser sees the bytes: REFI-QDA files never
 * need one, and a DTD is how XXE (external entities) and billion-laughs (nested entity expansion)
 * attacks arrive. Entity processing is off in the parser too; we decode only the five predefined
 * entities and numeric references ourselves, so no input can make text grow.
 */
/**
 * What a reader expects at the root: the element name, the namespace we write (`canonical`) and
 * the namespaces it reads (vendors wrote earlier drafts of the standard: `…:codebook:0:4`, `…:1:0`).
 */
export interface ExpectedRoot {
  readonly root: string;
  readonly canonical: string;
  readonly accepts: RegExp;
}

export function parseXml(
  xml: string,
  file: string,
  expected: ExpectedRoot,
  /** The nesting was measured on the way in (a .qdpx entry as it unpacked), with a limit no higher. */
  options: { readonly depthMeasured?: boolean } = {},
): { root: XmlElement; namespace: string } {
  const head = xml.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(head) || /<!ENTITY/i.test(head)) {
    refiFail(
      file,
      'contains a DTD (<!DOCTYPE or <!ENTITY), which REFI-QDA files never need and which can hide entity attacks; it was not read',
    );
  }
  if (options.depthMeasured !== true && !xmlDepthWithin(head, MAX_XML_DEPTH)) {
    refiFail(file, `nests its elements more than ${MAX_XML_DEPTH} levels deep, which no REFI-QDA file needs; it was not read`);
  }
  const valid = XMLValidator.validate(head, { allowBooleanAttributes: false });
  if (valid !== true) {
    refiFail(file, `is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg})`);
  }
  const namespace = checkRoot(head, file, expected);
  const root = buildTree(head, file);
  if (root === null || root.name !== expected.root) refiFail(file, `has no <${expected.root}> root element`);
  return { root, namespace };
}

const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze({});
const NO_CHILDREN: Readonly<Record<string, readonly XmlElement[]>> = Object.freeze({});

interface OpenElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  children: Record<string, XmlElement[]> | null;
  text: string;
  cdata: string;
}

/** Namespace prefixes are dropped from element and attribute names; namespace declarations are not attributes. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * One pass of a streaming parser straight into the element tree the readers walk: no intermediate
 * document, so a project.qde of 50,000 codings costs its elements once. Runs only on text the
 * validator has accepted, so the parser's leniency never decides anything. Text is the element's
 * character data (entities decoded) followed by its CDATA, as readers have always seen it.
 */
function buildTree(xml: string, file: string): XmlElement | null {
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;
  let inCdata = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        let attrs: Record<string, string> | null = null;
        for (const key in attribs) {
          if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
          attrs ??= {};
          attrs[localName(key)] = decodeEntities(attribs[key] ?? '', file);
        }
        stack.push({ name: localName(name), attrs: attrs ?? NO_ATTRS, children: null, text: '', cdata: '' });
      },
      ontext(data) {
        const top = stack[stack.length - 1];
        if (top === undefined) return;
        if (inCdata) top.cdata += data;
        else top.text += data;
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
      onclosetag() {
        const open = stack.pop();
        if (open === undefined) return;
        const element: XmlElement = {
          name: open.name,
          attrs: open.attrs,
          children: open.children ?? NO_CHILDREN,
          text: decodeEntities(open.text, file) + open.cdata,
        };
        const parent = stack[stack.length - 1];
        if (parent === undefined) {
          root ??= element;
          return;
        }
        parent.children ??= {};
        (parent.children[element.name] ??= []).push(element);
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.write(xml);
  parser.end();
  return root;
}

/** The namespace decides which schema a file follows; a codebook passed as a project is a user mistake worth naming. */
function checkRoot(xml: string, file: string, expected: ExpectedRoot): string {
  const at = prologEnd(xml);
  const start = ROOT_TAG.exec(xml.slice(at, at + MAX_ROOT_TAG));
  if (start === null) refiFail(file, 'has no root element');
  const [, prefix, local, attrs] = start;
  if (local !== expected.root) refiFail(file, `has root element <${local}> where <${expected.root}> was expected`);
  const nsAttr = prefix ? `xmlns:${prefix.slice(0, -1)}` : 'xmlns';
  const ns = new RegExp(`${nsAttr.replace(/[.]/g, '\\.')}\\s*=\\s*["']([^"']*)["']`).exec(attrs ?? '')?.[1];
  if (ns === undefined || !expected.accepts.test(ns)) {
    const found = ns === undefined ? 'no namespace' : `namespace "${ns}"`;
    refiFail(file, `has ${found}; a REFI-QDA ${expected.root === 'Project' ? 'project' : 'codebook'} must use "${expected.canonical}"`);
  }
  return ns;
}

const ROOT_TAG = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/;
/** Longer than any root start tag with its namespace declarations; a whole project is never copied to find it. */
const MAX_ROOT_TAG = 1 << 20;

/** Where the root element starts: past the declaration, processing instructions, comments and blanks before it. */
function prologEnd(xml: string): number {
  let i = 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i] ?? '')) i++;
    const end = xml.startsWith('<?', i) ? xml.indexOf('?>', i + 2) : xml.startsWith('<!--', i) ? xml.indexOf('-->', i + 4) : -2;
    if (end === -2) return i;
    if (end < 0) return xml.length;
    i = end + (xml.startsWith('<?', i) ? 2 : 3);
  }
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(value: string, file: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g, (_, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) refiFail(file, `has an invalid character reference &${ref};`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    if (named === undefined) refiFail(file, `uses the undefined entity &${ref}; (only XML's five predefined entities are allowed)`);
    return named;
  });
}

export function kids(element: XmlElement, name: string): readonly XmlElement[] {
  return element.children[name] ?? [];
}

export function kid(element: XmlElement, name: string): XmlElement | undefined {
  return element.children[name]?.[0];
}
