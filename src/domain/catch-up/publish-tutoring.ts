import { coverageTree, publishCoverage, type CoverageLeaf, type PublishCoverageOptions, type PublishedCoverageNode } from '../careers/index.ts';
import { calculateRate, NOT_AVAILABLE, suppressedCell, valueCell, type Cell } from '../disclosure/index.ts';
import { coursesFor, NTP_COURSE_RULE, type CourseRule } from './course-rule.ts';
import type { SchoolPlace, TutoringGrouping, TutoringRecord } from './summarise-tutoring.ts';

/** A row fit for anyone without pupil-level rights: every figure a cell that may be `c`. */
export interface PublishedTutoringRow {
  readonly key: string;
  readonly pupilsTutored: Cell;
  readonly hours: Cell;
  readonly courses: Cell;
  readonly disadvantagedTutees: Cell;
  /** 0–1, from shown counts only. */
  readonly tuteesDisadvantagedShare: Cell;
}

export interface PublishedTutoring {
  readonly rows: readonly PublishedTutoringRow[];
  /** The row over every group: tutee enrolments (a pupil at two schools counts at each). */
  readonly total: PublishedTutoringRow;
  readonly unprotected: number;
  readonly withheld: boolean;
}

export interface PublishTutoringOptions {
  readonly by: TutoringGrouping;
  readonly rule?: CourseRule;
  readonly places?: ReadonlyMap<number, SchoolPlace>;
  readonly threshold?: number;
  readonly onProgress?: PublishCoverageOptions['onProgress'];
}

/**
 * Tutoring figures through the careers disclosure control (`publishCoverage`, docs/methodology.md §15.4
 * and 4), reused as it stands: each group is a 2 × 2 table of tutees, disadvantaged or not by one course or
 * more than one, and every group's table is the sum of its children's. By school, district, area or LA the
 * tree is groups → schools, so a school's row and its group's hide the same figures; by year group, route
 * or subject, the groups alone. The unit is a tutee at a school (in a route or subject), the School Census
 * basis, so the tree adds up; a pupil tutored at two schools is two tutees here.
 *
 * Courses are tutees plus tutees with a second course (shown only when both are and the rule counts at
 * most two courses). Hours, a sum over pupils, are shown only where the group's tutee count is: secondary
 * suppression hides at least two tutee counts on every line, so no group's hours can be had by subtraction.
 */
export function publishTutoring(records: readonly TutoringRecord[], options: PublishTutoringOptions): PublishedTutoring {
  const rule = options.rule ?? NTP_COURSE_RULE;
  const path = pathOf(options);
  const split = options.by === 'route' ? (r: TutoringRecord) => r.route : options.by === 'subject' ? (r: TutoringRecord) => r.subject : () => '';
  const units = new Map<string, { record: TutoringRecord; halfHours: number }>();
  for (const r of records) {
    const key = `${String(r.pupil)}|${String(r.urn)}|${split(r)}`;
    const unit = units.get(key);
    if (unit === undefined) units.set(key, { record: r, halfHours: r.halfHours });
    else unit.halfHours += r.halfHours;
  }
  const leaves: TuteeLeaf[] = [];
  for (const { record, halfHours } of units.values()) {
    if (halfHours <= 0) continue;
    const more = coursesFor(halfHours, rule) > 1 ? 1 : 0;
    const one = { pupils: 1, reached: more };
    const none = { pupils: 0, reached: 0 };
    const poor = record.fsm || record.pupilPremium;
    leaves.push({ path: path(record), fsm: poor ? one : none, notFsm: poor ? none : one, halfHours });
  }
  return publishTuteeLeaves(leaves, options);
}

/**
 * Tutees at the leaves of the disclosure-control tree, summed or one by one: `fsm` holds the
 * disadvantaged (pupil premium or FSM) and `notFsm` the others, `reached` those over one course.
 */
export interface TuteeLeaf extends CoverageLeaf {
  readonly halfHours: number;
}

/** The protected table of tutee leaves (publishTutoring's rules): the tree is summed from them, so leaves may hold one tutee or a school's. */
export function publishTuteeLeaves(leaves: readonly TuteeLeaf[], options: PublishTutoringOptions): PublishedTutoring {
  const rule = options.rule ?? NTP_COURSE_RULE;
  const halfHoursAt = new Map<string, number>();
  for (const leaf of leaves) {
    for (let depth = 0; depth <= leaf.path.length; depth += 1) {
      const at = leaf.path.slice(0, depth).join('\u0000');
      halfHoursAt.set(at, (halfHoursAt.get(at) ?? 0) + leaf.halfHours);
    }
  }
  const tree = coverageTree(leaves, 'total');
  const published = publishCoverage(tree, {
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const rowAt = (node: PublishedCoverageNode, keys: readonly string[]): PublishedTutoringRow => {
    const r = node.row;
    const tutees = r.pupils;
    const hours = tutees.kind === 'value' ? valueCell((halfHoursAt.get(keys.join('\u0000')) ?? 0) / 2) : tutees.kind === 'suppressed' ? tutees : NOT_AVAILABLE;
    const courses = rule.maxCourses !== 2 ? NOT_AVAILABLE : tutees.kind === 'value' && r.reached.kind === 'value' ? valueCell(tutees.value + r.reached.value) : [tutees, r.reached].find((c) => c.kind === 'suppressed') ?? suppressedCell('secondary');
    return { key: node.key, pupilsTutored: tutees, hours, courses, disadvantagedTutees: r.fsmPupils, tuteesDisadvantagedShare: calculateRate(r.fsmPupils, tutees, { scale: 1, decimals: 4 }) };
  };
  const rows: PublishedTutoringRow[] = [];

  for (const group of published.root.children) {
    if (options.by === 'school') for (const school of group.children) rows.push(rowAt(school, [group.key, school.key]));
    else rows.push(rowAt(group, [group.key]));
  }
  if (options.by === 'school') rows.sort((a, b) => Number(a.key) - Number(b.key));

  return { rows, total: rowAt(published.root, []), unprotected: published.unprotected, withheld: published.withheld };
}

/** Where a school's tutees sit in the tree by school, district, area or LA: [group, URN]. */
export function schoolPath(by: TutoringGrouping, urn: number, places: ReadonlyMap<number, SchoolPlace> | undefined): string[] {
  const place = places?.get(urn);
  const group = by === 'area' ? place?.area : by === 'la' ? place?.la : place?.district;
  return [group ?? '', String(urn)];
}

function pathOf(options: PublishTutoringOptions): (r: TutoringRecord) => string[] {
  switch (options.by) {
    case 'school':
    case 'district':
    case 'area':
    case 'la':
      return (r) => schoolPath(options.by, r.urn, options.places);
    case 'year_group':
      return (r) => [String(r.yearGroup)];
    case 'route':
      return (r) => [r.route];
    case 'subject':
      return (r) => [r.subject];
  }
}
