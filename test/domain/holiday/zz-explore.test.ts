import { it } from 'vitest';
import { protectHoliday, HOLIDAY_GROUPINGS, schoolClubKey } from '../../../src/domain/holiday/index.ts';
import { attackHoliday, type ShownHolidayRow } from '../../../test/support/holiday-attack.ts';
import { publishHolidaySeparately } from '../../../test/support/holiday-separate-protection.ts';
import { smallHolidayPopulation } from '../../../test/support/holiday-population.ts';
import type { Cell } from '../../../src/domain/disclosure/index.ts';
const read = (c: Cell) => (c.kind === 'value' ? c.value : null);
it('explore', () => {
  for (let seed = 1; seed <= 12; seed++) {
    for (const size of [15, 30]) {
    const pop = smallHolidayPopulation(seed, size);
    const old: ShownHolidayRow[] = HOLIDAY_GROUPINGS.flatMap((by) => publishHolidaySeparately(pop.clubs, pop.bookings, by).rows.map((r) => ({ kind: by, key: r.key, pupils: read(r.pupils), fsmPupils: read(r.fsmPupils) })));
    const population = protectHoliday(pop.clubs, pop.bookings);
    const now: ShownHolidayRow[] = [
      ...HOLIDAY_GROUPINGS.flatMap((by) => population.rows(by).map((r) => ({ kind: by, key: r.key, pupils: read(r.pupils), fsmPupils: read(r.fsmPupils) }))),
      ...[110001, 110002, 110003].flatMap((s) => population.schoolClubs(s).map((r) => ({ kind: 'school-club' as const, key: schoolClubKey(s, r.key), pupils: read(r.pupils), fsmPupils: read(r.fsmPupils) }))),
    ];
    const t0 = Date.now();
    const a = attackHoliday(pop.attackClubs, pop.pupils, old);
    const b = attackHoliday(pop.attackClubs, pop.pupils, now);
    console.log(seed, size, 'old', a.recovered.length, a.narrowed.length, a.asked, a.recovered.map((x) => x.label + '=' + x.truth).join('; '), '| new', b.recovered.length, b.narrowed.length, b.asked, population.unprotected, Date.now() - t0, 'ms');
    }
  }
}, 600000);
