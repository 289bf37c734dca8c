import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateSyntheticCareers, type SyntheticBatch } from '../../../src/domain/careers/index.ts';
import { syntheticBatchesInThread } from '../../../src/ingest/careers/synthetic-batches-in-thread.ts';

const URNS = [100_000, 100_007, 100_014, 100_021];
const SETTINGS = { pupils: 2_000, encounters: 12_000, seed: 7, asAt: 2025, employers: 60, batchSize: 300 };

async function all(batches: AsyncIterable<SyntheticBatch>): Promise<SyntheticBatch[]> {
  const taken: SyntheticBatch[] = [];
  for await (const batch of batches) taken.push(batch);
  return taken;
}

describe('synthetic careers data made on another thread', () => {
  it('gives the same batches, in order, as generating them here', async () => {
    const here = [...generateSyntheticCareers(URNS, SETTINGS, 5)];
    const there = await all(syntheticBatchesInThread(URNS, SETTINGS, 5, 1));
    expect(there).toHaveLength(7);
    expect(there).toEqual(here);
  });

  it('starts its thread from a process that loaded the sources as bin/oa.js does with OA_RUN_SOURCES=1, run from any folder', async () => {
    // tsx registered from code, as bin/oa.js does from the sources, and a working directory outside the project: the
    // thread must find tsx and its module from the installation, not from where the command was run.
    const script = `
      const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});
      register();
      const { syntheticBatchesInThread } = await import(${JSON.stringify(new URL('../../../src/ingest/careers/synthetic-batches-in-thread.ts', import.meta.url).href)});
      let pupils = 0;
      for await (const batch of syntheticBatchesInThread([100000], { pupils: 500, encounters: 2000, seed: 1, asAt: 2025, employers: 40, batchSize: 200 }, 1)) pupils += batch.pupils.length;
      console.log(pupils);`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: tmpdir() });
    expect(stdout.trim()).toBe('500');
  });

  it('throws the thread’s own error here', async () => {
    await expect(all(syntheticBatchesInThread([], SETTINGS, 1))).rejects.toThrow('Expected at least one school');
  });

  it('stops the thread when the taker stops early', async () => {
    let taken = 0;
    for await (const batch of syntheticBatchesInThread(URNS, SETTINGS, 1)) {
      taken += batch.pupils.length;
      if (taken >= 600) break;
    }
    expect(taken).toBe(600);
  });
});
