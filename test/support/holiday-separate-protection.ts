/**
 * The holiday report's disclosure control as it was before one protection covered every table of a
 * population (docs/methodology.md §18.4): each grouping protected on its own. Kept here, not in src, only
 * so the attack test can show what differencing two of its tables gave away.
 */
import { coverageTree, publishCoverage, type CoverageLeaf, type PublishedCoverageNode } from '../../src/domain/careers/index.ts';
import { calculateRate, NOT_APPLICABLE, NOT_AVAILABLE, suppressCount, valueCell } from '../../src/domain/disclosure/index.ts';
import { compareGroupKeys, groupKeyOf, summariseHoliday, WEEK_OF_DAYS, type HolidayBooking, type HolidayClub, type HolidayGrouping, type PublishedHoliday, type PublishedHolidayRow } from '../../src/domain/holiday/index.ts';

/**
 * The report through the careers disclosure control (`publishCoverage`, docs/methodology.md §15.4 and 4),
 * reused as it stands: each group is a 2 × 2 table of pupils attending, FSM-eligible or not, by whether they
 * came at least 4 days. By club and by school the tree is districts → clubs (or the pupils' schools), so a
 * club's row and its district's hide together; by district, area or LA the groups alone, each pupil once.
 * Pupil-days (taken and attended) and days per pupil are sums over pupils: shown only where the group's
 * pupil count is shown, else hidden with it, so none can be had by subtraction from a shown total.
 * Places offered are the clubs' capacity, not pupil data, and always shown.
 */
export function publishHolidaySeparately(clubs: readonly HolidayClub[], bookings: readonly HolidayBooking[], by: HolidayGrouping, threshold?: number): PublishedHoliday {
  const exact = new Map(summariseHoliday(clubs, bookings, by).map((f) => [f.key, f]));
  const byRef = new Map(clubs.map((c) => [c.ref, c]));
  const pathOf = (b: HolidayBooking, club: HolidayClub): string[] =>
    by === 'club' ? [club.district, club.ref] : by === 'school' ? [b.schoolDistrict, String(b.school)] : [groupKeyOf(by, b, club)];
  const units = new Map<string, { path: string[]; fsm: boolean; days: number }>();
  for (const b of bookings) {
    const club = byRef.get(b.clubRef);
    if (club === undefined || !b.attended) continue;
    const path = pathOf(b, club);
    const key = `${String(b.pupil)}|${path.join('\u0000')}`;
    const unit = units.get(key) ?? { path, fsm: b.fsm, days: 0 };
    unit.days += 1;
    units.set(key, unit);
  }
  const leaves: CoverageLeaf[] = [...units.values()].map((u) => {
    const one = { pupils: 1, reached: u.days >= WEEK_OF_DAYS ? 1 : 0 };
    const none = { pupils: 0, reached: 0 };
    return { path: u.path, fsm: u.fsm ? one : none, notFsm: u.fsm ? none : one };
  });
  const published = publishCoverage(coverageTree(leaves, 'total'), threshold === undefined ? {} : { threshold });
  const nodes = by === 'club' || by === 'school' ? published.root.children.flatMap((d) => d.children) : published.root.children;
  const cellsAt = new Map<string, PublishedCoverageNode>(nodes.map((n) => [n.key, n]));
  const rows = [...exact.values()]
    .sort((a, b) => compareGroupKeys(a.key, b.key))
    .map((f): PublishedHolidayRow => {
      const node = cellsAt.get(f.key);
      const pupils = node === undefined ? valueCell(0) : node.row.pupils;
      const fsmPupils = node === undefined ? valueCell(0) : node.row.fsmPupils;
      // A sum over pupils goes with the pupil count: shown with it, hidden with it.
      const withPupils = (value: number) => (pupils.kind === 'value' ? valueCell(value) : pupils.kind === 'suppressed' ? pupils : NOT_AVAILABLE);
      // With no one attending, the bookings are the only pupil figure: hidden when small, as any count is.
      const placesTaken = pupils.kind === 'value' && pupils.value === 0 ? suppressCount(f.placesTaken, threshold) : withPupils(f.placesTaken);
      const offered = f.placesOffered === null ? NOT_APPLICABLE : valueCell(f.placesOffered);
      return {
        key: f.key,
        placesOffered: offered,
        placesTaken,
        daysAttended: withPupils(f.daysAttended),
        pupils,
        fsmPupils,
        fsmShare: calculateRate(fsmPupils, pupils, { scale: 1, decimals: 3 }),
        daysPerPupil: f.daysPerPupil === null ? NOT_APPLICABLE : withPupils(f.daysPerPupil),
        takeUp: f.placesOffered === null ? NOT_APPLICABLE : calculateRate(placesTaken, offered, { scale: 1, decimals: 3 }),
      };
    });
  return { rows, unprotected: published.unprotected };
}
