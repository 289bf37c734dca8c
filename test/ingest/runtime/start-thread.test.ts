import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startThread } from '../../../src/ingest/runtime/start-thread.ts';

const MODULE = new URL('../../support/heap-limit-thread.ts', import.meta.url);

describe('starting a thread', () => {
  it('runs the thread under the heap limit it is given', async () => {
    const worker = startThread(MODULE, {}, { maxOldGenerationSizeMb: 96 });
    const [limit] = (await once(worker, 'message')) as [number | null];
    await worker.terminate();
    expect(limit).toBe(96);
  });

  it('leaves the heap to V8 without one', async () => {
    const worker = startThread(MODULE, {});
    const [limit] = (await once(worker, 'message')) as [number | null];
    await worker.terminate();
    expect(limit).not.toBe(96);
  });
});
