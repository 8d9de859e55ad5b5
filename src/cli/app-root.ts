import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const PACKAGE_NAME = 'gioia-studio';

/**
 * The installed app folder (the one holding our package.json, resources/ and out/renderer/). Found by
 * walking up rather than by a fixed relative path because the CLI runs both from source through tsx
 * and from a bundle emitted by `npm run build`, which sit at different depths.
 */
export function findAppRoot(start?: string): string {
  const override = process.env['GIOIA_APP_ROOT'];
  if (override) return resolve(override);
  const starts = [start, typeof __dirname === 'string' ? __dirname : undefined, process.argv[1], process.cwd()];
  for (const candidate of starts) {
    if (!candidate) continue;
    let dir = resolve(candidate);
    for (;;) {
      if (isOurPackage(join(dir, 'package.json'))) return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(`Cannot find the ${PACKAGE_NAME} folder (set GIOIA_APP_ROOT).`);
}

function isOurPackage(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

export function appVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

export function resourcesDir(root: string): string {
  return join(root, 'resources');
}

export function rendererDir(root: string): string {
  return join(root, 'out', 'renderer');
}
