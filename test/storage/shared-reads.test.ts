import { describe, expect, it } from 'vitest';
import { sharedReads } from '../../src/storage/repositories/data-version.repository.ts';

/** A read whose answers the test gives by hand, recording when each read started. */
function handRead() {
  const started: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      started.push({ resolve, reject });
    });
  return { read, started };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('version reads shared by the requests that arrive while one is under way', () => {
  it('gives callers who came during a read the next one, started after them, one read at a time', async () => {
    const { read, started } = handRead();
    const versions = sharedReads(read);
    const first = versions();
    expect(started).toHaveLength(1);
    const second = versions();
    const third = versions();
    // The read under way began before these two asked: they wait for one that begins after.
    expect(started).toHaveLength(1);
    started[0]?.resolve(1);
    expect(await first).toBe(1);
    await settle();
    expect(started).toHaveLength(2);
    const fourth = versions();
    started[1]?.resolve(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    await settle();
    expect(started).toHaveLength(3);
    started[2]?.resolve(3);
    expect(await fourth).toBe(3);
  });

  it('passes a failed read to its callers only, and reads again for those after', async () => {
    const { read, started } = handRead();
    const versions = sharedReads(read);
    const first = versions();
    const second = versions();
    started[0]?.reject(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await settle();
    started[1]?.resolve(7);
    expect(await second).toBe(7);
    await settle();
    const third = versions();
    expect(started).toHaveLength(3);
    started[2]?.resolve(8);
    expect(await third).toBe(8);
  });
});
