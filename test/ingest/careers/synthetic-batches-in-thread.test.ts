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
