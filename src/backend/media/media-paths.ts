import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Where a project's recordings are and how the project names them. A recording under the project
 * file's folder (or a sibling folder of it, short of the disk's top) is stored relative to that folder with `/` separators,
 * so a project folder moved or synced to another machine as a whole keeps its links; anything else
 * is stored as an absolute path.
 */
const MAX_UP = 1;

export function projectFolder(projectPath: string): string {
  return dirname(resolve(projectPath));
}

/** "Interviews media" beside "Interviews.gioia": where recordings are copied when asked to. */
export function mediaFolder(projectPath: string): string {
  const file = basename(projectPath, extname(projectPath));
  return join(projectFolder(projectPath), `${file} media`);
}

export function storedMediaPath(projectPath: string, absolutePath: string): string {
  const rel = relative(projectFolder(projectPath), resolve(absolutePath));
  const parts = rel.split(sep);
  const up = parts.filter((p) => p === '..').length;
  const ancestor = resolve(projectFolder(projectPath), ...parts.slice(0, up));
  const atTop = dirname(ancestor) === ancestor;
  if (rel === '' || isAbsolute(rel) || up > MAX_UP || (up > 0 && atTop) || parts.slice(up).includes('..')) return resolve(absolutePath);
  return parts.join('/');
}

export function resolveMediaPath(projectPath: string, stored: string): string {
  if (isAbsolute(stored) || /^[A-Za-z]:[\\/]/.test(stored)) return stored;
  return join(projectFolder(projectPath), ...stored.split('/'));
}
