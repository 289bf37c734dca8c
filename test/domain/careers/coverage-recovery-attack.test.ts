import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attackCoverage, type CoverageLeaf } from '../../support/coverage-attack.ts';
import { orderedRules, randomPopulation, ruleCount, seededRandom, type PopulationShape } from '../../support/coverage-population.ts';
import { publishedNow, publishedTableByTable } from '../../support/coverage-publications.ts';

/**
 * Issue 23, finding 1 ("suppressed counts recovered by subtraction"): every careers table one reader can
 * ask for about one population (each school's table by year group, the area's by school, the districts'
 * figures) under targets 1 to 6 and "4, one every year", attacked together by an exact recovery attack
 * (test/support/recovery-attack.ts: whole-number branch and bound over every published figure, the same
 * pupils under every rule, and reached counts that never rise with the target). Nothing hidden may be
 * worked out exactly, and no hidden count below 5 narrowed to fewer than 4 values.
 */

const SHAPE: PopulationShape = { schools: 3, yearGroups: [9, 10], pupils: [4, 30], fsmShare: 0.25, targets: 6, eachYearTarget: 4, meanEncounters: 2.5 };
const RULES = ruleCount(SHAPE);
const ORDER = { orderedRules: orderedRules(SHAPE) };

describe('the recovery attack on careers coverage (issue 23, finding 1)', () => {
  it('recovers hidden figures from the same tables protected one at a time, as before', () => {
    const leaves = randomPopulation(1, SHAPE);
    const result = attackCoverage(leaves, RULES, publishedTableByTable(leaves, RULES), ORDER);
    // The control: an attack that cannot find these would prove nothing below.
    expect(result.recovered.length).toBeGreaterThan(10);
    expect(result.narrowed.length).toBeGreaterThan(0);
    expect(result.recovered.every((a) => a.low === a.truth)).toBe(true);
  }, 240_000);

  it.each([1, 2, 3])('finds nothing in generated population %i, across every table and rule', (seed) => {
    const leaves = randomPopulation(seed, SHAPE);
    const { rows, unprotected } = publishedNow(leaves, RULES);
    expect(unprotected).toBe(0);
    const result = attackCoverage(leaves, RULES, rows, ORDER);
    // Small year groups: plenty is hidden, so the attack has something to work on.
    expect(result.answers.filter((a) => a.hidden).length).toBeGreaterThan(60);
    expect(result.recovered).toEqual([]);
    expect(result.narrowed).toEqual([]);
  }, 240_000);

  it('finds nothing when an area has two districts, whose figures board reports show', () => {
    const leaves = randomPopulation(4, { ...SHAPE, districts: ['E07000011', 'E07000009'] });
    const { rows, unprotected } = publishedNow(leaves, RULES);
    expect(unprotected).toBe(0);
    const result = attackCoverage(leaves, RULES, rows, ORDER);
    expect(result.recovered).toEqual([]);
    expect(result.narrowed).toEqual([]);
  }, 240_000);
});

/** The published school census, in the `shared` folder beside the repository (never copied into it). */
const CENSUS = fileURLToPath(new URL('../../../../shared/data/schools/dfe_school_census_jan2019_england.csv', import.meta.url));
const haveCensus = existsSync(CENSUS);
if (!haveCensus) console.warn(`Real-shaped disclosure tests skipped: no school census beside the repository (expected ${CENSUS}).`);

/**
 * Blackpool's two smallest state-funded secondaries as the January 2019 census has them (pupils on roll and
 * known to be eligible for FSM), a tenth of their pupils recorded in the careers ledger, years 7 to 11.
 */
function blackpoolShaped(): CoverageLeaf[] {
  const rows = readFileSync(CENSUS, 'utf8').split(/\r?\n/).slice(1).map((line) => line.split(','));
  const schools = rows
    .filter((r) => r[1] === '890' && (r[3] ?? '').includes('secondary'))
    .map((r) => ({ urn: r[0] ?? '', pupils: Number(r[4]), fsm: Number(r[19]) }))
    .sort((a, b) => a.pupils - b.pupils)
    .slice(0, 2);
  const random = seededRandom(2019);
  return schools.flatMap((school) =>
    [7, 8, 9, 10, 11].map((yearGroup) => {
      const pupils = Math.round(school.pupils / 50);
      let fsm = 0;
      for (let p = 0; p < pupils; p++) if (random() < school.fsm / school.pupils) fsm += 1;
      const reached = (n: number) => {
        const encounters = Array.from({ length: n }, () => ({ count: Math.floor(random() * 7), everyYear: random() < 0.5 }));
        return [...[1, 2, 3, 4, 5, 6].map((t) => encounters.filter((e) => e.count >= t).length), encounters.filter((e) => e.everyYear && e.count >= 4).length];
      };
      return { school: school.urn, district: 'E06000009', yearGroup, fsm: { pupils: fsm, reached: reached(fsm) }, other: { pupils: pupils - fsm, reached: reached(pupils - fsm) } };
    }),
  );
}

describe.skipIf(!haveCensus)('the recovery attack on real-shaped careers coverage', () => {
  it('finds nothing in Blackpool-shaped schools, across every table and rule', () => {
    const leaves = blackpoolShaped();
    expect(leaves).toHaveLength(10);
    const { rows, unprotected } = publishedNow(leaves, RULES);
    expect(unprotected).toBe(0);
    const result = attackCoverage(leaves, RULES, rows, ORDER);
    expect(result.answers.filter((a) => a.hidden).length).toBeGreaterThan(20);
    expect(result.recovered).toEqual([]);
    expect(result.narrowed).toEqual([]);
  }, 480_000);
});

