import { describe, expect, it } from 'vitest';
import {
  academicYearOf,
  bruteForceCoverage,
  coverageTree,
  parseAcademicYear,
  parseEncounterType,
  parseUpn,
  publishCoverage,
  reachesTarget,
  summariseCoverage,
  tallyPupil,
  upnCheckLetter,
  type CoveragePupil,
  type LedgerEntry,
} from '../../../src/domain/careers/index.ts';
import { suppressedCell, valueCell } from '../../../src/domain/disclosure/index.ts';
import { seededRandom } from '../../../src/domain/social-mobility-index/seeded-random.ts';

describe('unique pupil numbers', () => {
  it('accepts a permanent UPN whose check letter matches, in any case, and normalises it', () => {
    // 8×2 + 0×3 + 1×4 + 2×5 + 0 + 0 + 0 + 0 + 5×10 + 0 + 0 + 1×13 = 93; 93 mod 23 = 1 → B.
    expect(upnCheckLetter('801200005001')).toBe('B');
    expect(parseUpn(' b801200005001 ')).toEqual({ ok: true, value: 'B801200005001' });
  });

  it('refuses a wrong check letter, a temporary UPN and the wrong length, without repeating the UPN', () => {
    const results = ['A801200005001', 'B80120000500A', 'B80120000500', 'B8012000050011', '1801200005001'].map(parseUpn);
    expect(results.map((r) => r.ok)).toEqual([false, false, false, false, false]);
    expect(results[0]).toEqual({ ok: false, error: 'The UPN’s check letter does not match its digits: check it was copied correctly' });
    expect(results[1]).toEqual({ ok: false, error: 'This is a temporary UPN: use the pupil’s permanent UPN' });
    for (const r of results) if (!r.ok) expect(r.error).not.toMatch(/80120000/);
  });

  it('finds a different letter when any one digit changes', () => {
    const base = '801200005001';
    for (let i = 0; i < 12; i += 1) {
      const changed = base.slice(0, i) + String((Number(base[i]) + 1) % 10) + base.slice(i + 1);
      expect(upnCheckLetter(changed)).not.toBe('B');
    }
  });
});

describe('encounter types and academic years', () => {
  it('reads types as school systems write them', () => {
    expect(parseEncounterType('Workplace visit')).toEqual({ ok: true, value: 'workplace_visit' });
    expect(parseEncounterType('WORK-EXPERIENCE')).toEqual({ ok: true, value: 'work_experience' });
    expect(parseEncounterType('Employer talk')).toEqual({ ok: true, value: 'talk' });
    expect(parseEncounterType('lunch').ok).toBe(false);
  });

  it('starts the academic year on 1 September', () => {
    expect(academicYearOf('2019-08-31')).toBe(2018);
    expect(academicYearOf('2019-09-01')).toBe(2019);
    expect(parseAcademicYear('2019/20')).toBe(2019);
    expect(parseAcademicYear('2019/21')).toBeNull();
  });
});

describe('coverage of one pupil', () => {
  it('counts encounters from year 7 to the year the record describes, and the years with one', () => {
    // A year 8 pupil in 2019/20 was in year 7 in 2018/19: the 2017/18 encounter was in primary school.
    expect(tallyPupil({ yearGroup: 8, asAt: 2019 }, [2018, 2018, 2019, 2017, 2020])).toEqual({ encounters: 3, yearsWithEncounter: 2 });
  });

  it('reaches the target at four, and "each year" also needs one in every secondary year so far', () => {
    expect(reachesTarget(4, 2, 9, { target: 4, eachYear: false })).toBe(true);
    expect(reachesTarget(3, 3, 9, { target: 4, eachYear: false })).toBe(false);
    expect(reachesTarget(4, 2, 9, { target: 4, eachYear: true })).toBe(false);
    expect(reachesTarget(4, 3, 9, { target: 4, eachYear: true })).toBe(true);
  });
});

describe('coverage by group', () => {
  it('adds FSM and other pupils and gives the gap in percentage points', () => {
    const [group] = summariseCoverage([
      { key: 'A', fsm: true, pupils: 10, reached: 4 },
      { key: 'A', fsm: false, pupils: 30, reached: 21 },
    ]);
    expect(group).toEqual({
      key: 'A',
      pupils: 40,
      reached: 25,
      share: 62.5,
      fsm: { pupils: 10, reached: 4, share: 40 },
      notFsm: { pupils: 30, reached: 21, share: 70 },
      gap: -30,
    });
  });

  it('has no gap when a group has no FSM pupils, and sorts URNs as numbers', () => {
    const groups = summariseCoverage([
      { key: '99999', fsm: false, pupils: 3, reached: 1 },
      { key: '100000', fsm: false, pupils: 8, reached: 1 },
    ]);
    expect(groups.map((g) => [g.key, g.share, g.gap])).toEqual([['99999', 33.3, null], ['100000', 12.5, null]]);
  });

  it('hides small counts and everything worked out from them for readers without pupil-level rights', () => {
    const count = (pupils: number, reached: number) => ({ pupils, reached });
    const published = publishCoverage(
      coverageTree([
        { path: ['A'], fsm: count(3, 3), notFsm: count(40, 20) },
        { path: ['B'], fsm: count(20, 10), notFsm: count(40, 30) },
      ]),
    );
    const [a, b] = published.root.children.map((n) => n.row);
    expect(a?.fsmPupils).toEqual(suppressedCell('primary'));
    expect(a?.fsmShare.kind).toBe('suppressed');
    expect(a?.gap.kind).toBe('suppressed');
    expect(a?.pupils).toEqual(valueCell(43));
    // A's 40 others would give its 3 FSM pupils away (43 − 40), and B's 20 FSM pupils would (23 − 20).
    expect(a?.notFsmPupils.kind).toBe('suppressed');
    expect(published.root.row.fsmPupils.kind === 'suppressed' || b?.fsmPupils.kind === 'suppressed').toBe(true);
    expect(published.root.row.pupils).toEqual(valueCell(103));
    expect(published.unprotected).toBe(0);
  });
});

function randomLedger(seed: number): { pupils: CoveragePupil[]; ledger: LedgerEntry[] } {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const pupils: CoveragePupil[] = Array.from({ length: 40 }, (_, i) => ({
    id: `p${String(i)}`,
    urn: 100_000 + pick(4),
    yearGroup: 7 + pick(7),
    fsm: random() < 0.3,
    asAt: 2019,
  }));
  const ledger: LedgerEntry[] = Array.from({ length: 150 }, () => {
    const year = 2012 + pick(9);
    return { pupilId: `p${String(pick(40))}`, date: `${String(year)}-${random() < 0.5 ? '10' : '03'}-15` };
  });
  return { pupils, ledger };
}

describe('coverage from per-pupil tallies (property)', () => {
  it('equals the brute-force recomputation on random ledgers, for targets 1 to 6, with and without each year', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const { pupils, ledger } = randomLedger(seed);
      for (const target of [1, 4, 6]) {
        for (const eachYear of [false, true]) {
          const rule = { target, eachYear };
          const rows = new Map<string, { key: string; fsm: boolean; pupils: number; reached: number }>();
          for (const pupil of pupils) {
            const years = ledger.filter((e) => e.pupilId === pupil.id).map((e) => academicYearOf(e.date));
            const tally = tallyPupil(pupil, years);
            const id = `${String(pupil.urn)}|${String(pupil.fsm)}`;
            const row = rows.get(id) ?? { key: String(pupil.urn), fsm: pupil.fsm, pupils: 0, reached: 0 };
            row.pupils += 1;
            if (reachesTarget(tally.encounters, tally.yearsWithEncounter, pupil.yearGroup, rule)) row.reached += 1;
            rows.set(id, row);
          }
          const expected = summariseCoverage(bruteForceCoverage(pupils, ledger, rule, (p) => String(p.urn)));
          expect(summariseCoverage([...rows.values()])).toEqual(expected);
        }
      }
    }
  });
});
