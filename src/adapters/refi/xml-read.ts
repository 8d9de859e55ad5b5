import { XMLParser, XMLValidator } from 'fast-xml-parser';
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

const ATTR = '@';
const TEXT = '#text';
const CDATA = '#cdata';

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

export function parseXml(xml: string, file: string, expected: ExpectedRoot): { root: XmlElement; namespace: string } {
  const head = xml.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(head) || /<!ENTITY/i.test(head)) {
    refiFail(
      file,
      'contains a DTD (<!DOCTYPE or <!ENTITY), which REFI-QDA files never need and which can hide entity attacks; it was not read',
    );
  }
  if (!xmlDepthWithin(head, MAX_XML_DEPTH)) {
    refiFail(file, `nests its elements more than ${MAX_XML_DEPTH} levels deep, which no REFI-QDA file needs; it was not read`);
  }
  const valid = XMLValidator.validate(head, { allowBooleanAttributes: false });
  if (valid !== true) {
    refiFail(file, `is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg})`);
  }
  const namespace = checkRoot(head, file, expected);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    removeNSPrefix: true,
    cdataPropName: CDATA,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  const parsed = parser.parse(head) as Record<string, unknown[]>;
  const root = parsed[expected.root]?.[0];
  if (root === undefined) refiFail(file, `has no <${expected.root}> root element`);
  return { root: toElement(expected.root, root, file), namespace };
}

/** The namespace decides which schema a file follows; a codebook passed as a project is a user mistake worth naming. */
function checkRoot(xml: string, file: string, expected: ExpectedRoot): string {
  const start = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''));
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

function toElement(name: string, raw: unknown, file: string): XmlElement {
  if (typeof raw === 'string') return { name, attrs: {}, children: {}, text: decodeEntities(raw, file) };
  const node = (raw ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  const children: Record<string, XmlElement[]> = {};
  let text = '';
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith(ATTR)) {
      const attr = key.slice(ATTR.length);
      if (attr !== 'xmlns' && !attr.startsWith('xmlns:')) attrs[attr] = decodeEntities(String(value), file);
    } else if (key === TEXT) {
      text += asArray(value)
        .map((v) => decodeEntities(String(v), file))
        .join('');
    } else if (key === CDATA) {
      text += asArray(value).map(String).join('');
    } else {
      children[key] = asArray(value).map((child) => toElement(key, child, file));
    }
  }
  return { name, attrs, children, text };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
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
