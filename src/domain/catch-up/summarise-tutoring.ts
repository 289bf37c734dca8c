import { compareKeys } from '../careers/index.ts';
import { coursesFor, NTP_COURSE_RULE, type CourseRule } from './course-rule.ts';

/** A pupil's tutoring at one school in one academic year, in one route and subject: hours summed. */
export interface TutoringRecord {
  /** The pupil's id in the ledger (never a UPN). */
  readonly pupil: number;
  readonly urn: number;
  readonly yearGroup: number;
  readonly fsm: boolean;
  readonly pupilPremium: boolean;
  /** `not-recorded` for a School Census return, which gives no route. */
  readonly route: string;
  /** `not-recorded` for a School Census return, which gives no subject. */
  readonly subject: string;
  readonly halfHours: number;
}

/** A pupil on a school's roll in a School Census return, tutored or not: what shares of pupils rest on. */
export interface RollRecord {
  readonly pupil: number;
  readonly urn: number;
  readonly yearGroup: number;
  readonly fsm: boolean;
  readonly pupilPremium: boolean;
}

/** What a figure is grouped by; all but route and subject keep a pupil's courses counted on all their hours at the school. */
export type TutoringGrouping = 'school' | 'district' | 'area' | 'la' | 'year_group' | 'route' | 'subject';

/** The place of a school: its district and education authority (GSS codes), and its Opportunity Area if any. */
export interface SchoolPlace {
  readonly district: string | null;
  readonly la: string | null;
  readonly area: string | null;
}

export interface TutoringGroup {
  readonly key: string;
  /** Pupils on roll in the School Census returns behind the group; null when no school in it made one. */
  readonly pupils: number | null;
  /** Distinct pupils with any tutoring: a pupil tutored at two schools counts once in a group holding both. */
  readonly pupilsTutored: number;
  readonly hours: number;
  readonly courses: number;
  readonly hoursPerTutee: number | null;
  readonly hoursPerCourse: number | null;
  /** Pupils on roll (census) who were tutored, of pupils on roll; null without a census return. */
  readonly tutoredShare: number | null;
  readonly disadvantagedTutees: number;
  /** Tutees who are pupil premium or FSM, of all tutees (0–1). */
  readonly tuteesDisadvantagedShare: number | null;
  readonly tuteesFsmShare: number | null;
  readonly tuteesPupilPremiumShare: number | null;
  readonly disadvantagedTutoredShare: number | null;
  readonly otherTutoredShare: number | null;
  /** Disadvantaged pupils' tutored share minus other pupils' (fraction, so 0.05 is 5 points); null without both. */
  readonly tutoredShareGap: number | null;
  readonly hoursPerDisadvantagedTutee: number | null;
  readonly hoursPerOtherTutee: number | null;
  /** Schools in the group with any tutoring or census record, and of those the ones with a tutee: participation as recorded. */
  readonly schoolsRecorded: number;
  readonly schoolsTutoring: number;
}

export interface SummariseOptions {
  readonly by: TutoringGrouping;
  readonly rule?: CourseRule;
  /** Each school's place, for grouping by area or LA; a school with none falls in the group ''. */
  readonly places?: ReadonlyMap<number, SchoolPlace>;
}

const disadvantaged = (r: { fsm: boolean; pupilPremium: boolean }) => r.fsm || r.pupilPremium;
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The figures the National Tutoring Programme published, and more, for each group (docs/methodology.md
 * §17). Courses follow the NTP rule on each pupil's hours at one school in the year (the School Census
 * basis: each school returns its own pupils), so a pupil tutored at two schools has courses at each; by
 * route or subject, on the pupil's hours in that route or subject, so those rows need not add up to the
 * total. Tutees are distinct pupils in each group. Groups come in key order; the '' group holds schools
 * with no place (area, LA).
 *
 * Pupil 1 with 16 hours and pupil 2 with 16.5 hours, both at school 100001 → 2 tutees, 32.5 hours, 3 courses.
 */
export function summariseTutoring(records: readonly TutoringRecord[], roll: readonly RollRecord[], options: SummariseOptions): TutoringGroup[] {
  const rule = options.rule ?? NTP_COURSE_RULE;
  const groupOf = grouper(options);
  const splitBy = options.by === 'route' ? (r: TutoringRecord) => r.route : options.by === 'subject' ? (r: TutoringRecord) => r.subject : () => '';
  // Hours per course unit: pupil × school (× route or subject).
  // Keyed by pupil, then school and split: numbers, not a string per record, as this runs over every tutee.
  type Unit = { record: TutoringRecord; halfHours: number };
  const byPupil = new Map<number, Map<string, Unit>>();
  for (const r of records) {
    let mine = byPupil.get(r.pupil);
    if (mine === undefined) byPupil.set(r.pupil, (mine = new Map<string, Unit>()));
    const key = `${String(r.urn)}|${splitBy(r)}`;
    const unit = mine.get(key);
    if (unit === undefined) mine.set(key, { record: r, halfHours: r.halfHours });
    else unit.halfHours += r.halfHours;
  }
  const units: Unit[] = [...byPupil.values()].flatMap((m) => [...m.values()]);
  interface Acc {
    tutees: Set<number>;
    disadvantagedTutees: Set<number>;
    fsmTutees: Set<number>;
    ppTutees: Set<number>;
    halfHours: number;
    disadvantagedHalfHours: number;
    courses: number;
    roll: Set<string>;
    rollDisadvantaged: Set<string>;
    rollTutored: Set<string>;
    rollDisadvantagedTutored: Set<string>;
    schools: Set<number>;
    schoolsTutoring: Set<number>;
  }
  const groups = new Map<string, Acc>();
  const acc = (key: string): Acc => {
    let a = groups.get(key);
    if (a === undefined) {
      a = { tutees: new Set(), disadvantagedTutees: new Set(), fsmTutees: new Set(), ppTutees: new Set(), halfHours: 0, disadvantagedHalfHours: 0, courses: 0, roll: new Set(), rollDisadvantaged: new Set(), rollTutored: new Set(), rollDisadvantagedTutored: new Set(), schools: new Set(), schoolsTutoring: new Set() };
      groups.set(key, a);
    }
    return a;
  };
  const tutored = new Set<string>();
  for (const { record: r, halfHours } of units) {
    if (halfHours <= 0) continue;
    const a = acc(groupOf(r));
    a.tutees.add(r.pupil);
    if (disadvantaged(r)) a.disadvantagedTutees.add(r.pupil);
    if (r.fsm) a.fsmTutees.add(r.pupil);
    if (r.pupilPremium) a.ppTutees.add(r.pupil);
    a.halfHours += halfHours;
    if (disadvantaged(r)) a.disadvantagedHalfHours += halfHours;
    a.courses += coursesFor(halfHours, rule);
    a.schools.add(r.urn);
    a.schoolsTutoring.add(r.urn);
    // Only a census roll asks who of it was tutored.
    if (roll.length > 0) tutored.add(`${String(r.pupil)}|${String(r.urn)}|${groupOf(r)}`);
  }
  if (options.by !== 'route' && options.by !== 'subject') {
    for (const r of roll) {
      const key = groupOf({ ...r, route: '', subject: '' });
      const a = acc(key);
      const unit = `${String(r.pupil)}|${String(r.urn)}`;
      a.roll.add(unit);
      a.schools.add(r.urn);
      const wasTutored = tutored.has(`${unit}|${key}`);
      if (wasTutored) a.rollTutored.add(unit);
      if (disadvantaged(r)) {
        a.rollDisadvantaged.add(unit);
        if (wasTutored) a.rollDisadvantagedTutored.add(unit);
      }
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, a]) =>
      groupFigures({
        key, tutees: a.tutees.size, disadvantagedTutees: a.disadvantagedTutees.size, fsmTutees: a.fsmTutees.size, pupilPremiumTutees: a.ppTutees.size, halfHours: a.halfHours,
        disadvantagedHalfHours: a.disadvantagedHalfHours, courses: a.courses, roll: a.roll.size, rollDisadvantaged: a.rollDisadvantaged.size, rollTutored: a.rollTutored.size,
        rollDisadvantagedTutored: a.rollDisadvantagedTutored.size, schoolsRecorded: a.schools.size, schoolsTutoring: a.schoolsTutoring.size,
      }),
    );
}

/** What a group's figures are worked out from: counts, with hours in whole half hours. */
export interface GroupCounts {
  readonly key: string;
  readonly tutees: number;
  readonly disadvantagedTutees: number;
  readonly fsmTutees: number;
  readonly pupilPremiumTutees: number;
  readonly halfHours: number;
  readonly disadvantagedHalfHours: number;
  readonly courses: number;
  readonly roll: number;
  readonly rollDisadvantaged: number;
  readonly rollTutored: number;
  readonly rollDisadvantagedTutored: number;
  readonly schoolsRecorded: number;
  readonly schoolsTutoring: number;
}

/** A group's figures from its counts (docs/methodology.md §17.3): shares as fractions 0–1, null where the whole is 0. */
export function groupFigures(c: GroupCounts): TutoringGroup {
  const hours = c.halfHours / 2;
  const others = c.tutees - c.disadvantagedTutees;
  const rollOthers = c.roll - c.rollDisadvantaged;
  const disadvantagedShare = share(c.rollDisadvantagedTutored, c.rollDisadvantaged);
  const otherShare = share(c.rollTutored - c.rollDisadvantagedTutored, rollOthers);
  return {
    key: c.key,
    pupils: c.roll === 0 ? null : c.roll,
    pupilsTutored: c.tutees,
    hours,
    courses: c.courses,
    hoursPerTutee: share(hours, c.tutees),
    hoursPerCourse: share(hours, c.courses),
    tutoredShare: share(c.rollTutored, c.roll),
    disadvantagedTutees: c.disadvantagedTutees,
    tuteesDisadvantagedShare: share(c.disadvantagedTutees, c.tutees),
    tuteesFsmShare: share(c.fsmTutees, c.tutees),
    tuteesPupilPremiumShare: share(c.pupilPremiumTutees, c.tutees),
    disadvantagedTutoredShare: disadvantagedShare,
    otherTutoredShare: otherShare,
    tutoredShareGap: disadvantagedShare === null || otherShare === null ? null : disadvantagedShare - otherShare,
    hoursPerDisadvantagedTutee: share(c.disadvantagedHalfHours / 2, c.disadvantagedTutees),
    hoursPerOtherTutee: share((c.halfHours - c.disadvantagedHalfHours) / 2, others),
    schoolsRecorded: c.schoolsRecorded,
    schoolsTutoring: c.schoolsTutoring,
  };
}

function grouper(options: SummariseOptions): (r: Pick<TutoringRecord, 'urn' | 'yearGroup' | 'route' | 'subject'>) => string {
  const place = (urn: number) => options.places?.get(urn);
  switch (options.by) {
    case 'school':
      return (r) => String(r.urn);
    case 'district':
      return (r) => place(r.urn)?.district ?? '';
    case 'area':
      return (r) => place(r.urn)?.area ?? '';
    case 'la':
      return (r) => place(r.urn)?.la ?? '';
    case 'year_group':
      return (r) => String(r.yearGroup);
    case 'route':
      return (r) => r.route;
    case 'subject':
      return (r) => r.subject;
  }
}
