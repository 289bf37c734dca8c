#!/usr/bin/env node
// The `oa` command runs compiled JavaScript (dist/cli/), built from src/ by esbuild on first run and again
// whenever a source is newer (bin/build-cli.js). OA_RUN_SOURCES=1 runs the TypeScript sources through tsx
// instead, for development.
if (process.env.OA_RUN_SOURCES === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} else {
  const { ensureCliBuilt } = await import('./build-cli.js');
  const { pathToFileURL } = await import('node:url');
  await import(pathToFileURL(await ensureCliBuilt()).href);
}
