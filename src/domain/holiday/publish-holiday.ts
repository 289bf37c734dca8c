import { calculateRate, NOT_APPLICABLE, protectLinkedCounts, suppressedCell, valueCell, type Cell, type SuppressionReason } from '../disclosure/index.ts';
import { groupId, groupsOfBooking, HOLIDAY_LINES, schoolClubKey, type HolidayGroupKind } from './holiday-groups.ts';
import { linkGroups, type GroupParts } from './link-groups.ts';
import { placesOffered, summariseHoliday, type HolidayBooking, type HolidayClub, type HolidayGrouping } from './summarise-holiday.ts';

/** A row fit for anyone without pupil-level rights: every pupil figure a cell that may be `c`. */
export interface PublishedHolidayRow {
  readonly key: string;
  /** Club capacity, not pupil data: never suppressed; `z` by school. */
  readonly placesOffered: Cell;
  readonly placesTaken: Cell;
  readonly daysAttended: Cell;
  readonly pupils: Cell;
  readonly fsmPupils: Cell;
  readonly fsmShare: Cell;
  readonly daysPerPupil: Cell;
  readonly takeUp: Cell;
}

export interface PublishedHoliday {
  readonly rows: readonly PublishedHolidayRow[];
  /** Hidden figures the protection could not prove safe (0 when it succeeded). */
  readonly unprotected: number;
}

/** Every holiday table of one population, cut from one protection. */
export interface ProtectedHoliday {
  /** The report by one grouping, rows in the order `summariseHoliday` gives. */
  rows(by: HolidayGrouping): PublishedHolidayRow[];
  /** The whole population's row. */
  readonly total: PublishedHolidayRow;
  /** Hidden figures the protection could not prove safe (0 when it succeeded, as tests check). */
  readonly unprotected: number;
}

export interface ProtectHolidayOptions {
  readonly threshold?: number;
  /** Told how far each pass has got (pupils, then pupil-days). */
  readonly onProgress?: (pass: 'pupils' | 'days', proved: number, total: number) => void;
}

/**
 * Disclosure control for every holiday table of one population at once (docs/methodology.md §18.4, §4):
 * the reports by club, school, district, area and LA and the total are cells over the same finest counts, so one protection hides what differencing any table against any
 * other would give away. Two passes of `protectLinkedCounts`:
 * 1. **pupils attending**, FSM and other, where the finest count is the pupils of one school who went to
 *    one set of clubs (a pupil at two clubs is one pupil of each club and of their district, once);
 *    other pupils are never shown on their own, only as pupils less FSM pupils;
 * 2. **pupil-days** booked and attended, per school at each club, with every group whose pupils pass 1
 *    hid locked hidden here too (a sum over pupils is hidden with the pupil count).
 * Places offered are the clubs' capacity, not pupil data, and always shown. Shares and days per pupil are
 * worked out only from shown cells.
 */
export function protectHoliday(clubs: readonly HolidayClub[], bookings: readonly HolidayBooking[], options: ProtectHolidayOptions = {}): ProtectedHoliday {
  const byRef = new Map(clubs.map((c) => [c.ref, c]));
  const clubOf = (ref: string): HolidayClub => {
    const club = byRef.get(ref);
    if (club === undefined) throw new RangeError(`Booking for a club not given: ${ref}`);
    return club;
  };
  const threshold = options.threshold === undefined ? {} : { threshold: options.threshold };

  // Every group, even with no one attending, and the lines between them.
  const groupIds = new Set<string>();
  const children = new Map<string, Map<HolidayGroupKind, Set<string>>>();
  const kindOf = (id: string) => id.slice(0, id.indexOf('\u0000')) as HolidayGroupKind;
  const addGroups = (ids: readonly string[]) => {
    for (const id of ids) groupIds.add(id);
    for (const [parentKind, childKind] of HOLIDAY_LINES) {
      const child = ids.find((id) => kindOf(id) === childKind);
      const parent = ids.find((id) => kindOf(id) === parentKind);
      if (child === undefined || parent === undefined) continue;
      let lines = children.get(parent);
      if (lines === undefined) children.set(parent, (lines = new Map<HolidayGroupKind, Set<string>>()));
      let set = lines.get(childKind);
      if (set === undefined) lines.set(childKind, (set = new Set()));
      set.add(child);
    }
  };
  const locatedGroups = (club: HolidayClub) => groupsOfBooking(0, club).filter((id) => kindOf(id) !== 'school');
  for (const club of clubs) addGroups(locatedGroups(club));
  for (const b of bookings) addGroups(groupsOfBooking(b.school, clubOf(b.clubRef)));
  const lines = new Map([...children].map(([parent, byKind]) => [parent, [...byKind.values()].map((set) => [...set])] as const));

  // Pass 1: pupils, by school and the set of clubs they attended.
  const pupils = new Map<number, { school: number; fsm: boolean; clubs: Set<string> }>();
  for (const b of bookings) {
    if (!b.attended) continue;
    const pupil = pupils.get(b.pupil) ?? { school: b.school, fsm: b.fsm, clubs: new Set<string>() };
    pupil.clubs.add(b.clubRef);
    pupils.set(b.pupil, pupil);
  }
  const atoms = new Map<string, { school: number; clubs: string[]; counts: [number, number] }>();
  for (const p of pupils.values()) {
    const refs = [...p.clubs].sort();
    const key = `${String(p.school)}|${refs.join('\u0000')}`;
    const atom = atoms.get(key) ?? { school: p.school, clubs: refs, counts: [0, 0] };
    atom.counts[p.fsm ? 0 : 1] += 1;
    atoms.set(key, atom);
  }
  const pupilParts = partsOfGroups(groupIds, [...atoms.values()].map((a) => ({ counts: a.counts, groups: new Set(a.clubs.flatMap((ref) => groupsOfBooking(a.school, clubOf(ref)))) })));
  const pupilLinks = linkGroups(pupilParts.inner, pupilParts.blocks, pupilParts.groups, [true, true], lines);
  const listed = new Set([...pupilLinks.cellsOf.values()].flatMap(([fsm, , all]) => [fsm ?? -1, all ?? -1]));
  const unlisted = new Set([...pupilLinks.cellsOf.values()].flatMap(([, other]) => (other === undefined || listed.has(other) ? [] : [other])));
  const pupilResult = protectLinkedCounts(pupilLinks.linked, { ...threshold, unlisted, ...progress(options, 'pupils') });

  // Pass 2: pupil-days, by school at each club.
  const pairs = new Map<string, { school: number; club: string; counts: [number, number] }>();
  for (const b of bookings) {
    const key = schoolClubKey(b.school, b.clubRef);
    const pair = pairs.get(key) ?? { school: b.school, club: b.clubRef, counts: [0, 0] };
    pair.counts[b.attended ? 0 : 1] += 1;
    pairs.set(key, pair);
  }
  const dayParts = partsOfGroups(groupIds, [...pairs.values()].map((p) => ({ counts: p.counts, groups: new Set(groupsOfBooking(p.school, clubOf(p.club))) })));
  const dayLinks = linkGroups(dayParts.inner, dayParts.blocks, dayParts.groups, [true, false], lines);
  const locked = new Map<number, 'shown' | SuppressionReason>();
  for (const [id, [, , all]] of pupilLinks.cellsOf) {
    if (pupilResult.cells[all ?? -1]?.kind !== 'suppressed') continue;
    for (const k of dayLinks.cellsOf.get(id) ?? []) locked.set(k, 'secondary');
  }
  const dayResult = protectLinkedCounts(dayLinks.linked, { ...threshold, locked, ...progress(options, 'days') });

  const unprotected = pupilResult.unprotected.length + pupilResult.unrealised + dayResult.unprotected.length + dayResult.unrealised;
  // Fail safe: nothing unproved is published as it stands.
  const hidden = suppressedCell('secondary');
  const pupilCell = (k: number | undefined) => (unprotected > 0 ? hidden : (pupilResult.cells[k ?? -1] ?? hidden));
  const dayCell = (k: number | undefined) => (unprotected > 0 ? hidden : (dayResult.cells[k ?? -1] ?? hidden));
  const rowOf = (kind: HolidayGroupKind, key: string, offered: number | null): PublishedHolidayRow => {
    const id = groupId(kind, key);
    const [fsm, , all] = pupilLinks.cellsOf.get(id) ?? [];
    const [attended, taken] = dayLinks.cellsOf.get(id) ?? [];
    return publishedRow(key, offered, pupilCell(all), pupilCell(fsm), dayCell(taken), dayCell(attended));
  };
  const offeredBy = (by: HolidayGrouping) => new Map(summariseHoliday(clubs, [], by).map((f) => [f.key, f.placesOffered]));
  return {
    rows: (by) => {
      const offered = offeredBy(by);
      return summariseHoliday(clubs, bookings, by).map((f) => rowOf(by, f.key, by === 'school' ? null : (offered.get(f.key) ?? 0)));
    },
    total: rowOf('total', '', clubs.reduce((sum, club) => sum + placesOffered(club), 0)),
    unprotected,
  };
}

/**
 * The report by one grouping through the protection of every table of the population (`protectHoliday`).
 * Kept for callers that want one table; the tables of one population all hide the same figures.
 */
export function publishHoliday(clubs: readonly HolidayClub[], bookings: readonly HolidayBooking[], by: HolidayGrouping, threshold?: number): PublishedHoliday {
  const population = protectHoliday(clubs, bookings, threshold === undefined ? {} : { threshold });
  return { rows: population.rows(by), unprotected: population.unprotected };
}

function progress(options: ProtectHolidayOptions, pass: 'pupils' | 'days') {
  return options.onProgress === undefined ? {} : { onProgress: (proved: number, total: number) => options.onProgress?.(pass, proved, total) };
}

/** Finest counts in blocks of two (one per unit), and each group's two parts over them. */
function partsOfGroups(groupIds: ReadonlySet<string>, units: readonly { readonly counts: readonly [number, number]; readonly groups: ReadonlySet<string> }[]) {
  const inner: number[] = [];
  const blocks: number[][] = [];
  const parts = new Map<string, [number[], number[]]>([...groupIds].map((id) => [id, [[], []]]));
  for (const unit of units) {
    const first = inner.length;
    inner.push(unit.counts[0], unit.counts[1]);
    blocks.push([first, first + 1]);
    for (const id of unit.groups) {
      const group = parts.get(id);
      group?.[0].push(first);
      group?.[1].push(first + 1);
    }
  }
  const groups: GroupParts[] = [...parts].map(([id, p]) => ({ id, parts: p }));
  return { inner, blocks, groups };
}

function publishedRow(key: string, offered: number | null, pupils: Cell, fsmPupils: Cell, placesTaken: Cell, daysAttended: Cell): PublishedHolidayRow {
  const offeredCell = offered === null ? NOT_APPLICABLE : valueCell(offered);
  let daysPerPupil: Cell;
  if (pupils.kind === 'value' && pupils.value === 0) daysPerPupil = NOT_APPLICABLE;
  else if (pupils.kind === 'value' && daysAttended.kind === 'value') daysPerPupil = valueCell(Number((daysAttended.value / pupils.value).toFixed(1)));
  else daysPerPupil = pupils.kind === 'suppressed' ? pupils : daysAttended;
  return {
    key,
    placesOffered: offeredCell,
    placesTaken,
    daysAttended,
    pupils,
    fsmPupils,
    fsmShare: calculateRate(fsmPupils, pupils, { scale: 1, decimals: 3 }),
    daysPerPupil,
    takeUp: offered === null ? NOT_APPLICABLE : calculateRate(placesTaken, offeredCell, { scale: 1, decimals: 3 }),
  };
}
