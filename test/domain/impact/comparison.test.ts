import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../../src/domain/impact/index.ts';

describe('reading the comparison the CLI and the API take', () => {
  it('reads all, region, neighbours and neighbours:K, in any case', () => {
    expect(['all', 'Region', 'neighbours', 'neighbours:5', ' NEIGHBOURS:1000 '].map((text) => parseComparison(text))).toEqual([
      { ok: true, value: { kind: 'all' } },
      { ok: true, value: { kind: 'region' } },
      { ok: true, value: { kind: 'neighbours', k: null } },
      { ok: true, value: { kind: 'neighbours', k: 5 } },
      { ok: true, value: { kind: 'neighbours', k: 1000 } },
    ]);
  });

  it('refuses the old pool names, a K of 0 or over 1,000, and anything else, saying what it takes', () => {
    for (const text of ['twins', 'neighbours:0', 'neighbours:1001', 'neighbours:', 'neighbours:-3', 'neighbours:2.5']) {
      const parsed = parseComparison(text);
      expect(parsed.ok, text).toBe(false);
      expect(!parsed.ok && parsed.error).toEqual({ code: 'bad-option', message: `The comparison must be all, neighbours, neighbours:K (K from 1 to 1000) or region, not "${text}"` });
    }
  });
});
