import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, WEB_BUILD_DIR, WEB_SOURCE_DIR } from './paths.ts';

/** The newest modification time of any file under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when the built app is missing or older than its sources or the installed packages. */
export function isWebBuildStale(): boolean {
  const builtIndex = join(WEB_BUILD_DIR, 'index.html');
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  const lockfile = join(PROJECT_ROOT, 'package-lock.json');
  const lockMtime = existsSync(lockfile) ? statSync(lockfile).mtimeMs : 0;
  return Math.max(newestMtime(WEB_SOURCE_DIR), lockMtime) > built;
}

/**
 * Builds the web app with Vite (a development dependency, present after `npm install`), into `dist/web`
 * or, for a test that reads a build without disturbing the one served, into `outDir`.
 */
export async function buildWebApp(log: (text: string) => void, options: { readonly outDir?: string } = {}): Promise<void> {
  log('Building the web app…\n');
  const started = Date.now();
  const vite = await import('vite');
  // Always a production build: Vite and its React plugin read NODE_ENV, so a process started with another
  // (a test run sets "test") would ship React's development build, larger and slower, to whoever starts the
  // app next from the same folder.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await vite.build({
      configFile: join(WEB_SOURCE_DIR, 'vite.config.ts'),
      logLevel: 'warn',
      ...(options.outDir === undefined ? {} : { build: { outDir: options.outDir } }),
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  log(`Built the web app in ${String(Math.round((Date.now() - started) / 100) / 10)} s.\n`);
}

const LOCK_DIR = join(PROJECT_ROOT, 'dist', '.web-build.lock');
const STALE_LOCK_MS = 5 * 60 * 1000;

/**
 * Builds the web app if it is missing or stale, one process at a time: two `oa start`s at once (tests run
 * several) would otherwise empty and rewrite the same folder under each other. A lock older than five
 * minutes is taken to be left by a process that died.
 */
export async function ensureWebAppBuilt(log: (text: string) => void): Promise<void> {
  if (!isWebBuildStale()) return;
  mkdirSync(join(PROJECT_ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      const age = Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (isWebBuildStale()) await buildWebApp(log);
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}
