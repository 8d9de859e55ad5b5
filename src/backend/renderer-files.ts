import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The built renderer's files, served by `gioia serve` over HTTP and by Electron main over its
 * app:// protocol: one safe lookup for both hosts.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  { readonly kind: 'file'; readonly path: string } | { readonly kind: 'forbidden' } | { readonly kind: 'not-found' };

/**
 * Maps a raw request path to a file inside `root`. Any `..` segment (also percent-encoded), a
 * backslash or a NUL is refused outright rather than normalised away: a request like that is never
 * made by our own renderer, only by someone probing for files outside it.
 */
export async function lookupStatic(root: string, rawPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'forbidden' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'forbidden' };
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const rootReal = await realpath(resolve(root));
  const candidate = join(rootReal, relativePath);
  if (!isInside(rootReal, candidate)) return { kind: 'forbidden' };
  try {
    // realpath also catches a symlink inside the renderer folder that points outside it.
    const real = await realpath(candidate);
    if (!isInside(rootReal, real)) return { kind: 'forbidden' };
    if (!(await stat(real)).isFile()) return { kind: 'not-found' };
    return { kind: 'file', path: real };
  } catch {
    return { kind: 'not-found' };
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

export async function readStatic(path: string): Promise<Buffer> {
  return readFile(path);
}
