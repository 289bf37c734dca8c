// Compiles the `oa` command from src/ into dist/cli/<stamp>/ with esbuild: one ES module per entry (the
// command, and each `*-thread.ts` module a worker thread runs), shared code and each command's own code
// in chunks beside them, loaded only when used. <stamp> is the newest modification time of the sources
// and package-lock.json, so a changed source makes a new build, and processes starting together (tests
// run several) each find or make the same one: a build is written to a folder of its own, then renamed.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = join(ROOT, 'src');
const BUILDS = join(ROOT, 'dist', 'cli');
const KEEP = 3;

function sourceFiles() {
  return readdirSync(SOURCES, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The build's name: the newest modification time of anything it is built from. */
export function currentStamp() {
  let newest = 0;
  for (const file of [...sourceFiles(), join(ROOT, 'package-lock.json')]) {
    if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return String(Math.floor(newest));
}

/** The compiled command's entry, building it first when the sources have changed since the last build. */
export async function ensureCliBuilt(log = (text) => (process.stderr.isTTY ? process.stderr.write(text) : true)) {
  const stamp = currentStamp();
  const entry = join(BUILDS, stamp, 'main.js');
  if (existsSync(entry)) return entry;
  const started = Date.now();
  const { build } = await import('esbuild');
  const scratch = join(BUILDS, `.building-${String(process.pid)}-${String(Date.now())}`);
  const threads = sourceFiles().filter((file) => file.endsWith('-thread.ts'));
  try {
    await build({
      entryPoints: [join(SOURCES, 'cli', 'main.ts'), ...threads],
      entryNames: '[name]',
      chunkNames: 'chunk-[hash]',
      outdir: scratch,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    try {
      renameSync(scratch, join(BUILDS, stamp));
    } catch (error) {
      // Another process built the same sources first: use its build.
      if (!existsSync(entry)) throw error;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  removeOldBuilds();
  log(`oa: compiled the command from its sources in ${String(Date.now() - started)} ms\n`);
  return entry;
}

/** Keeps the newest few builds: a process started from an older one may still be loading its chunks. */
function removeOldBuilds() {
  const builds = readdirSync(BUILDS).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  for (const old of builds.slice(KEEP)) rmSync(join(BUILDS, old), { recursive: true, force: true });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(BUILDS, { recursive: true });
  await ensureCliBuilt((text) => process.stdout.write(text));
}
