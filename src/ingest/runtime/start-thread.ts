import { Worker, type ResourceLimits } from 'node:worker_threads';

// From the sources, the code is TypeScript run through tsx, whose loader a new thread does not inherit
// when it was registered from code (bin/oa.js with OA_RUN_SOURCES=1, or the tests): the thread registers
// it again, from this installation's own copy (resolved here: the thread's own code resolves names from
// the working directory), then loads its module. Dynamic imports only, so it runs whether the thread reads
// it as a script or as a module.
const BOOT_FROM_SOURCES = `
import('node:worker_threads')
  .then(({ workerData }) => import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.module); }));
`;
const BOOT_COMPILED = `
import('node:worker_threads').then(({ workerData }) => import(workerData.module));
`;

/** True when this code runs from the compiled bundle (`dist/cli/…/*.js`) rather than the TypeScript sources. */
export const RUNNING_COMPILED = import.meta.url.endsWith('.js');

/**
 * Starts a thread running `module`, given as `new URL('./name-thread.ts', import.meta.url)` from its
 * neighbour. Compiled, every `*-thread.ts` module is an entry point of its own beside the bundle's chunks
 * (`bin/build-cli.js`), so the same URL with `.js` names it; from the sources, tsx is registered first.
 * `resourceLimits` bounds the thread's heap (a thread that would pass it stops with an error).
 */
export function startThread(module: URL, workerData: object, resourceLimits?: ResourceLimits): Worker {
  if (!module.pathname.endsWith('-thread.ts')) throw new Error(`A thread module's name ends in -thread.ts (got ${module.pathname})`);
  if (RUNNING_COMPILED) {
    return new Worker(BOOT_COMPILED, { eval: true, ...(resourceLimits === undefined ? {} : { resourceLimits }), workerData: { ...workerData, module: module.href.replace(/\.ts$/, '.js') } });
  }
  return new Worker(BOOT_FROM_SOURCES, { eval: true, ...(resourceLimits === undefined ? {} : { resourceLimits }), workerData: { ...workerData, module: module.href, tsx: import.meta.resolve('tsx/esm/api') } });
}
