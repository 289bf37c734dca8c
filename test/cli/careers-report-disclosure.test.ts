import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { attackCoverage, type CoverageLeaf, type PublishedRow } from '../support/coverage-attack.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';
import { runOa } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-careers-suppress-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };

interface JsonCell {
  value: number | null;
  symbol?: string;
}
type JsonRow = Record<string, JsonCell | string | number>;

/**
 * Per school and FSM status, pupils on roll and those with at least 1 … 6 encounters. Derby Test School,
 * alone in its district, has 15 FSM pupils of whom 5 reach 4 and 15 others of whom 10 do: a gap of
 * 33.33… − 66.66… = −33.3 points (not 33.3 − 66.7 = −33.4 from the rounded shares; methodology §15.3).
 */
const COUNTS: Record<number, { fsm: [number, number[]]; other: [number, number[]] }> = {
  141257: { fsm: [12, [11, 9, 8, 6, 3, 1]], other: [30, [28, 26, 23, 20, 9, 2]] },
  140001: { fsm: [3, [3, 2, 2, 1, 1, 0]], other: [9, [9, 8, 6, 4, 2, 1]] },
  140002: { fsm: [15, [15, 12, 9, 5, 3, 1]], other: [15, [15, 14, 12, 10, 6, 2]] },
};

const leaves: CoverageLeaf[] = Object.entries(COUNTS).map(([urn, c]) => ({
  school: urn,
  district: urn === '140002' ? 'E06000015' : 'E06000009',
  yearGroup: 10,
  fsm: { pupils: c.fsm[0], reached: c.fsm[1] },
  other: { pupils: c.other[0], reached: c.other[1] },
}));

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
  await seedCareersSchools(handle.db);
  const rows = Object.entries(COUNTS).flatMap(([urn, c]) =>
    Array.from({ length: 10 }, (_, t) =>
      (['fsm', 'other'] as const).map((part) => ({ target: t + 1, urn: Number(urn), year_group: 10, fsm: part === 'fsm' ? 1 : 0, pupils: c[part][0], reached: c[part][1][t] ?? 0, reached_each_year: 0 })),
    ).flat(),
  );
  await handle.db.insertInto('careers_coverage_tallies').values(rows).execute();
  await handle.close();
});

const report = async (args: string[]) => {
  const run = await runOa(['careers', 'report', '--suppress', ...args], env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
};
const value = (cell: JsonCell | string | number | undefined): number | null => (typeof cell === 'object' ? cell.value : null);

describe('oa careers report --suppress', () => {
  it('writes a negative gap in CSV as the number it is, -33.3 from the unrounded shares, not as text', async () => {
    const lines = (await report(['--by', 'school', '--format', 'csv'])).trimEnd().split('\r\n');
    expect(lines[0]).toBe('urn,name,pupils,reached_target,share,fsm_share,other_share,gap');
    expect(lines.find((l) => l.startsWith('140002,'))).toBe('140002,Derby Test School,30,15,50,33.3,66.7,-33.3');
    expect(lines.join('\n')).not.toMatch(/,'-/);
  });

  it('gives by school, by district and by FSM status from one protected table: an attack on all three, for targets 1 to 6, works nothing out', async () => {
    const rows: PublishedRow[] = [];
    for (let target = 1; target <= 6; target++) {
      const rule = target - 1;
      const json = async (by: string) => JSON.parse(await report(['--by', by, '--target', String(target), '--format', 'json'])) as JsonRow[];
      for (const row of await json('school')) {
        const covered = leaves.flatMap((l, i) => (typeof row.urn === 'number' && l.school === String(row.urn) ? [i] : []));
        rows.push({ rule, leaves: covered, row: { pupils: value(row.pupils), reached: value(row.reached_target), fsmPupils: undefined, fsmShare: value(row.fsm_share), notFsmPupils: undefined, notFsmShare: value(row.other_share) } });
      }
      for (const row of await json('area')) {
        const covered = leaves.flatMap((l, i) => (l.district === row.district_code ? [i] : []));
        rows.push({ rule, leaves: covered, row: { pupils: value(row.pupils), reached: value(row.reached_target), fsmPupils: undefined, fsmShare: value(row.fsm_share), notFsmPupils: undefined, notFsmShare: value(row.other_share) } });
      }
      const [fsm, other, all] = await json('fsm');
      const everyone = leaves.map((_, i) => i);
      rows.push({ rule, leaves: everyone, row: { pupils: value(all?.pupils), reached: value(all?.reached_target), fsmPupils: value(fsm?.pupils), fsmShare: value(fsm?.share), notFsmPupils: value(other?.pupils), notFsmShare: value(other?.share) } });
    }
    const result = attackCoverage(leaves, 6, rows, { orderedRules: [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]] });
    expect(result.answers.filter((a) => a.hidden).length).toBeGreaterThan(5);
    expect(result.recovered).toEqual([]);
    expect(result.narrowed).toEqual([]);
  }, 240_000);

  it('hides Blackpool Test Academy’s 3 FSM pupils, and whatever would give them away, in every grouping', async () => {
    const school = (JSON.parse(await report(['--by', 'school', '--format', 'json'])) as JsonRow[]).find((r) => r.urn === 140001);
    expect(school?.fsm_share).toEqual({ value: null, symbol: 'c' });
    expect(school?.gap).toEqual({ value: null, symbol: 'c' });
  });
});
