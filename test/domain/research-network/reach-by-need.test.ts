import { describe, expect, it } from 'vitest';
import { reachByNeed } from '../../../src/domain/research-network/index.ts';

describe('a Research School’s reach by need', () => {
  it('counts schools engaged (aware or beyond) and trained or beyond in each need band, all three bands always', () => {
    const rows = reachByNeed(
      [
        { need: 95, level: 'trained' },
        { need: 80, level: 'none' },
        { need: 79.9, level: 'aware' },
        { need: null, level: 'embedded' },
      ],
      80,
    );
    expect(rows).toEqual([
      { band: 'high', schools: 2, engaged: 1, trained: 1, shareEngaged: 50 },
      { band: 'other', schools: 1, engaged: 1, trained: 0, shareEngaged: 100 },
      { band: 'unscored', schools: 1, engaged: 1, trained: 1, shareEngaged: 100 },
    ]);
  });

  it('gives no share for a band with no schools, rather than 0%', () => {
    expect(reachByNeed([{ need: 10, level: 'none' }, { need: 12, level: 'none' }, { need: 11, level: 'aware' }], 80).map((r) => r.shareEngaged)).toEqual([null, 33.3, null]);
  });
});
