import { describeLeftOut, leftOut, type LeftOut } from '../places/index.ts';
import type { NetworkView } from './describe-network.ts';
import type { HubReport } from './hub-report.ts';

/** What the assignment and its reach could not count, each with the sentence views show (docs/methodology.md §14.2, §14.4). */
export interface NetworkLeftOut {
  /** Schools with no location: no distance to a hub, so neither assigned nor in reach. */
  readonly noLocation: LeftOut;
  /** Located schools with no district: assigned, but in no row of reach by district. */
  readonly noDistrict: LeftOut;
}

/**
 * The schools the whole network view leaves out, and why.
 *
 * A view of 10 schools, 2 of them with no location → `noLocation.note` = "2 open schools have no location and are
 * not counted in the assignment or reach: a distance to a hub needs one."
 */
export function networkLeftOut(view: Pick<NetworkView, 'schools'>): NetworkLeftOut {
  const located = view.schools.filter((s) => s.located);
  // A school with no location in a hub's own area is still served by it: only the rest are left out.
  const unlocated = view.schools.filter((s) => s.status === 'no-location').length;
  const noDistrict = located.filter((s) => s.areaCode === null).length;
  const open = ['open school', 'open schools'] as const;
  return {
    noLocation: leftOut(unlocated, { noun: open, reason: 'no-location', where: 'in the assignment or reach', because: 'a distance to a hub needs one' }),
    noDistrict: leftOut(noDistrict, { noun: open, which: 'with a location', where: 'in reach by district' }),
  };
}

/**
 * The hub's schools missing from its rows by district: "1 school the hub serves has no district and is not
 * counted in the rows by district."; null when every one has a district.
 */
export function hubDistrictsLeftOut(report: Pick<HubReport, 'schools'>): LeftOut {
  const schools = report.schools.filter((s) => s.areaCode === null).length;
  return { schools, note: describeLeftOut(schools, { which: 'the hub serves', where: 'in the rows by district' }) };
}
