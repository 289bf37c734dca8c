import { sql, type Kysely } from 'kysely';
import { nameOf, type TutoringReport, type TutoringReportQuery } from '../../src/app/catch-up/tutoring-report.ts';
import { NOT_RECORDED, publishTutoring, summariseTutoring, type RollRecord, type TutoringRecord } from '../../src/domain/catch-up/index.ts';
import { readSchoolPlaces } from '../../src/storage/repositories/catch-up/tutoring-records.ts';
import type { Database } from '../../src/storage/schema.ts';

type Num = number | string;

/**
 * A year's tutoring records read straight from the sessions and census returns, as the report read them
 * before the running tallies (migration 0037): what the tallies must always equal.
 */
export async function recordsFromLedger(db: Kysely<Database>, academicYear: number, urns: readonly number[] | null): Promise<{ records: TutoringRecord[]; roll: RollRecord[] }> {
  const inUrns = (column: string) => (urns === null ? sql`1 = 1` : sql`${sql.ref(column)} in (${sql.join(urns.map((u) => sql`${u}`))})`);
  const { rows: sessions } = await sql<{ pupil_id: Num; urn: Num; route: string; subject: string; half_hours: Num; year_group: Num; fsm: Num; pupil_premium: Num }>`
    select s.pupil_id, s.urn, s.route, s.subject, sum(s.half_hours) as half_hours, y.year_group, y.fsm, y.pupil_premium
    from catch_up_sessions s join catch_up_pupil_years y on y.pupil_id = s.pupil_id and y.urn = s.urn and y.academic_year = s.academic_year
    where s.academic_year = ${academicYear} and ${inUrns('s.urn')}
    group by s.pupil_id, s.urn, s.route, s.subject, y.year_group, y.fsm, y.pupil_premium`.execute(db);
  const { rows: census } = await sql<{ pupil_id: Num; urn: Num; tutored: Num; half_hours: Num; has_sessions: Num; year_group: Num; fsm: Num; pupil_premium: Num }>`
    select c.pupil_id, c.urn, c.tutored, c.half_hours, y.year_group, y.fsm, y.pupil_premium,
      case when exists (select 1 from catch_up_sessions s where s.urn = c.urn and s.academic_year = c.academic_year) then 1 else 0 end as has_sessions
    from catch_up_census c join catch_up_pupil_years y on y.pupil_id = c.pupil_id and y.urn = c.urn and y.academic_year = c.academic_year
    where c.academic_year = ${academicYear} and ${inUrns('c.urn')}`.execute(db);
  const records: TutoringRecord[] = sessions.map((r) => ({
    pupil: Number(r.pupil_id), urn: Number(r.urn), yearGroup: Number(r.year_group), fsm: Number(r.fsm) === 1, pupilPremium: Number(r.pupil_premium) === 1,
    route: r.route, subject: r.subject, halfHours: Number(r.half_hours),
  }));
  const roll: RollRecord[] = [];
  for (const r of census) {
    const pupil = { pupil: Number(r.pupil_id), urn: Number(r.urn), yearGroup: Number(r.year_group), fsm: Number(r.fsm) === 1, pupilPremium: Number(r.pupil_premium) === 1 };
    roll.push(pupil);
    if (Number(r.has_sessions) === 0 && Number(r.tutored) === 1) records.push({ ...pupil, route: NOT_RECORDED, subject: NOT_RECORDED, halfHours: Number(r.half_hours) });
  }
  return { records, roll };
}

/** Records in one order, to compare two readings of the same year. */
export function sortedRecords(records: readonly TutoringRecord[]): TutoringRecord[] {
  const key = (r: TutoringRecord) => `${String(r.urn).padStart(9, '0')}|${String(r.pupil).padStart(12, '0')}|${r.route}|${r.subject}`;
  return [...records].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The report of `query` (its year given) worked out straight from the ledger (or `ledger`, read from it already), in `tutoringReport`'s shape. */
export async function straightTutoringReport(
  db: Kysely<Database>,
  query: TutoringReportQuery & { readonly academicYear: number },
  suppress: boolean,
  ledger?: { readonly records: readonly TutoringRecord[]; readonly roll: readonly RollRecord[] },
): Promise<TutoringReport> {
  const { academicYear, by, rule } = query;
  const { records, roll } = ledger ?? (await recordsFromLedger(db, academicYear, query.urns));
  const { places, names } = await readSchoolPlaces(db, [...new Set([...records, ...roll].map((r) => r.urn))]);
  const keyValue = (key: string) => (by === 'school' || by === 'year_group' ? Number(key) : key);
  if (suppress) {
    const published = publishTutoring(records, { by, rule, places });
    return {
      suppressed: true, academicYear, withheld: published.withheld,
      rows: published.rows.map((r) => ({ key: keyValue(r.key), name: nameOf(by, r.key, names), pupils_tutored: r.pupilsTutored, hours: r.hours, courses: r.courses, tutees_disadvantaged_share: r.tuteesDisadvantagedShare })),
    };
  }
  return {
    suppressed: false, academicYear,
    rows: summariseTutoring(records, roll, { by, rule, places }).map((g) => ({
      key: keyValue(g.key), name: nameOf(by, g.key, names), pupils: g.pupils, pupils_tutored: g.pupilsTutored, hours: g.hours, courses: g.courses,
      tutees_disadvantaged_share: g.tuteesDisadvantagedShare, hours_per_tutee: g.hoursPerTutee, hours_per_course: g.hoursPerCourse, tutees_fsm_share: g.tuteesFsmShare,
      tutees_pupil_premium_share: g.tuteesPupilPremiumShare, tutored_share: g.tutoredShare, disadvantaged_tutored_share: g.disadvantagedTutoredShare,
      other_tutored_share: g.otherTutoredShare, tutored_share_gap: g.tutoredShareGap, hours_per_disadvantaged_tutee: g.hoursPerDisadvantagedTutee,
      hours_per_other_tutee: g.hoursPerOtherTutee, schools_recorded: g.schoolsRecorded, schools_tutoring: g.schoolsTutoring,
    })),
  };
}
