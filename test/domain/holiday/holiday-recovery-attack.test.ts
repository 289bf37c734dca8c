import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/domain/disclosure/index.ts';
import { HOLIDAY_GROUPINGS, protectHoliday } from '../../../src/domain/holiday/index.ts';
import { attackHoliday, type ShownHolidayRow } from '../../support/holiday-attack.ts';
import { smallHolidayPopulation } from '../../support/holiday-population.ts';
import { publishHolidaySeparately } from '../../support/holiday-separate-protection.ts';

const read = (cell: Cell): number | null => (cell.kind === 'value' ? cell.value : null);

/** Every table a reader can ask for about the population, protected as now: one protection for all. */
function publishedNow(seed: number, size: number) {
  const population = smallHolidayPopulation(seed, size);
  const protectedTables = protectHoliday(population.clubs, population.bookings);
  const rows: ShownHolidayRow[] = [
    ...HOLIDAY_GROUPINGS.flatMap((by) => protectedTables.rows(by).map((r) => ({ kind: by, key: r.key, pupils: read(r.pupils), fsmPupils: read(r.fsmPupils) }))),
  ];
  return { population, rows, unprotected: protectedTables.unprotected };
}

describe('holiday tables against a recovery attack (docs/methodology.md §18.4)', () => {
  it('recovers hidden pupil counts by differencing the district table against the club table when each grouping was protected on its own', () => {
    // Seeds where the separate protection gave figures away (found by running the attack over seeds 1–12).
    const found = [3, 4, 7].map((seed) => {
      const population = smallHolidayPopulation(seed, seed === 7 ? 30 : 15);
      const rows: ShownHolidayRow[] = HOLIDAY_GROUPINGS.flatMap((by) => publishHolidaySeparately(population.clubs, population.bookings, by).rows.map((r) => ({ kind: by, key: r.key, pupils: read(r.pupils), fsmPupils: read(r.fsmPupils) })));
      return attackHoliday(population.attackClubs, population.pupils, rows).recovered.map((a) => `${a.label} = ${String(a.truth)}`);
    });
    // Club D is alone in its district: its row hid its pupils, the district's own table showed them.
    expect(found).toEqual([['club C: pupils = 7'], ['club D: pupils = 5'], ['club C: pupils = 11', 'club D: pupils = 9']]);
  });

  it('finds nothing when every table of the population is cut from one protection', () => {
    for (let seed = 1; seed <= 8; seed++) {
      for (const size of [15, 30]) {
        const { population, rows, unprotected } = publishedNow(seed, size);
        expect(unprotected).toBe(0);
        expect(rows.some((r) => r.pupils === null)).toBe(true);
        const result = attackHoliday(population.attackClubs, population.pupils, rows);
        expect({ seed, size, recovered: result.recovered, narrowed: result.narrowed }).toEqual({ seed, size, recovered: [], narrowed: [] });
      }
    }
  });
});
