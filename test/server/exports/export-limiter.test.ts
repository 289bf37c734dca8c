import { describe, expect, it } from 'vitest';
import { parseExportLimitsOrThrow } from '../../../src/cli/config.ts';
import { createExportLimiter, type Admission } from '../../../src/server/exports/export-limiter.ts';

function admitted(admission: Admission): Extract<Admission, { kind: 'admitted' }> {
  if (admission.kind !== 'admitted') throw new Error(`refused: ${admission.reason}`);
  return admission;
}

describe('the download limiter', () => {
  it('builds a few at once and starts the next waiting download, first come first served, as each ends', async () => {
    const limiter = createExportLimiter({ running: 1, perClient: 2, waiting: 5 });
    const order: string[] = [];
    const a = admitted(limiter.admit('a'));
    const b = admitted(limiter.admit('b'));
    const c = admitted(limiter.admit('c'));
    void b.turn.then(() => order.push('b'));
    void c.turn.then(() => order.push('c'));
    expect(await a.turn).toBe(true);
    expect(limiter.counts()).toEqual({ running: 1, waiting: 2 });
    a.release();
    a.release();
    await Promise.resolve();
    expect(order).toEqual(['b']);
    expect(limiter.counts()).toEqual({ running: 1, waiting: 1 });
    b.release();
    await Promise.resolve();
    expect(order).toEqual(['b', 'c']);
  });

  it('refuses a client over its share, and anyone when the queue is full', () => {
    const limiter = createExportLimiter({ running: 1, perClient: 2, waiting: 1 });
    admitted(limiter.admit('a'));
    admitted(limiter.admit('a'));
    expect(limiter.admit('a')).toEqual({ kind: 'refused', reason: 'client' });
    expect(limiter.admit('b')).toEqual({ kind: 'refused', reason: 'busy' });
  });

  it('gives back the place of a download released while waiting, without ever starting it', async () => {
    const limiter = createExportLimiter({ running: 1, perClient: 1, waiting: 2 });
    const first = admitted(limiter.admit('a'));
    const waiting = admitted(limiter.admit('b'));
    waiting.release();
    expect(await waiting.turn).toBe(false);
    expect(limiter.counts()).toEqual({ running: 1, waiting: 0 });
    admitted(limiter.admit('b'));
    first.release();
    expect(limiter.counts()).toEqual({ running: 1, waiting: 0 });
  });
});

describe('the download limit settings', () => {
  it('reads EXPORTS_AT_ONCE, EXPORTS_PER_CLIENT and EXPORTS_WAITING, leaving unset ones to the defaults', () => {
    expect(parseExportLimitsOrThrow({ EXPORTS_AT_ONCE: '3', EXPORTS_WAITING: '0' })).toEqual({ running: 3, waiting: 0 });
    expect(parseExportLimitsOrThrow({})).toEqual({});
  });

  it('refuses a setting that is not a whole number, or zero where a download could never run', () => {
    expect(() => parseExportLimitsOrThrow({ EXPORTS_PER_CLIENT: 'two' })).toThrow('EXPORTS_PER_CLIENT must be a whole number of at least 1 (got "two")');
    expect(() => parseExportLimitsOrThrow({ EXPORTS_AT_ONCE: '0' })).toThrow('EXPORTS_AT_ONCE must be a whole number of at least 1');
  });
});
