import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'opportunity-areas';

/**
 * The project's root folder: the nearest folder above `from` holding this project's package.json. Found by
 * walking up rather than by a fixed `../..`, because the same code runs from `src/` (tsx) and from the
 * compiled bundle in `dist/cli/…`, at different depths.
 */
export function findProjectRoot(from: string | URL = import.meta.url): string {
  let dir = dirname(typeof from === 'string' && !from.startsWith('file:') ? from : fileURLToPath(from));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the ${PACKAGE_NAME} folder above ${String(from)}`);
    dir = parent;
  }
}

/** The project's root folder, for files shipped beside the code (recipes, the web app, the compiled CLI). */
export const PROJECT_ROOT = findProjectRoot();
