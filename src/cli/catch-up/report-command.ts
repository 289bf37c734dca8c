import { KEY_NAMES, tutoringReport, type SuppressedTutoringRow, type TutoringReportRow } from '../../app/catch-up/tutoring-report.ts';
import { formatAcademicYear } from '../../domain/careers/index.ts';
import type { CourseRule, TutoringGrouping } from '../../domain/catch-up/index.ts';
import { cellToCsv, cellToDisplay, cellToJson, type Cell } from '../../domain/disclosure/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

export type TutoringReportFormat = 'table' | 'json' | 'csv';

export interface CatchUpReportOptions {
  readonly by: TutoringGrouping;
  readonly format: TutoringReportFormat;
  readonly suppress: boolean;
  readonly academicYear?: number;
  readonly rule: CourseRule;
}

const PLAIN_COLUMNS = [
  'pupils', 'pupils_tutored', 'hours', 'courses', 'tutees_disadvantaged_share', 'hours_per_tutee', 'hours_per_course', 'tutees_fsm_share', 'tutees_pupil_premium_share',
  'tutored_share', 'disadvantaged_tutored_share', 'other_tutored_share', 'tutored_share_gap', 'hours_per_disadvantaged_tutee', 'hours_per_other_tutee', 'schools_recorded', 'schools_tutoring',
] as const;
const SUPPRESSED_COLUMNS = ['pupils_tutored', 'hours', 'courses', 'tutees_disadvantaged_share'] as const;

/** `oa catch-up report --by …`: a year's tutoring by school, district, area, LA, year group, route or subject. */
export async function runCatchUpReport(io: CliIo, options: CatchUpReportOptions): Promise<void> {
  const database = loadConfigOrThrow(io.env).database;
  const report = await withServices(database, (services) => tutoringReport(services, { by: options.by, academicYear: options.academicYear ?? null, urns: null, rule: options.rule }, options.suppress));
  const keyName = KEY_NAMES[options.by];
  const year = report.academicYear === null ? 'no tutoring recorded' : formatAcademicYear(report.academicYear);
  if (report.suppressed) {
    io.stdout(renderSuppressed(report.rows, keyName, options.format, year));
    if (report.withheld) io.stderr('Disclosure control could not prove every figure safe, so the counts it could not were withheld.\n');
    return;
  }
  io.stdout(renderPlain(report.rows, keyName, options.format, year, options.rule));
}

function renderPlain(rows: readonly TutoringReportRow[], keyName: string, format: TutoringReportFormat, year: string, rule: CourseRule): string {
  const json = rows.map((r) => ({ [keyName]: r.key, name: r.name, ...Object.fromEntries(PLAIN_COLUMNS.map((c) => [c, r[c]])) }));
  switch (format) {
    case 'json':
      return `${JSON.stringify(json, null, 2)}\n`;
    case 'csv':
      return toCsv([keyName, 'name', ...PLAIN_COLUMNS].map((h) => ({ header: h, value: (row: Record<string, string | number | null>) => row[h] ?? null })), json);
    case 'table': {
      const pct = (v: number | null) => (v === null ? '' : `${(v * 100).toFixed(1)}%`);
      const num = (v: number | null) => (v === null ? '' : String(Math.round(v * 10) / 10));
      const gap = (v: number | null) => (v === null ? '' : `${v > 0 ? '+' : ''}${(v * 100).toFixed(1)}`);
      return (
        formatTable(
          [keyName, 'name', 'pupils', 'tutored', 'hours', 'courses', 'disadvantaged tutees', 'hours/tutee', 'tutored share', 'gap (pts)', 'schools tutoring'],
          rows.map((r) => [
            String(r.key), r.name, r.pupils === null ? '' : String(r.pupils), String(r.pupils_tutored), num(r.hours), String(r.courses), pct(r.tutees_disadvantaged_share),
            num(r.hours_per_tutee), pct(r.tutored_share), gap(r.tutored_share_gap), `${String(r.schools_tutoring)} of ${String(r.schools_recorded)}`,
          ]),
        ) +
        `${year}. Courses: up to ${String(rule.hoursPerCourse)} hours is one course, more is ${rule.maxCourses === 2 ? 'two' : `one per ${String(rule.hoursPerCourse)} hours, at most ${String(rule.maxCourses)}`}. ` +
        'Pupils on roll and shares of them come from School Census returns only; disadvantaged means pupil premium or FSM.\n'
      );
    }
  }
}

function renderSuppressed(rows: readonly SuppressedTutoringRow[], keyName: string, format: TutoringReportFormat, year: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows.map((r) => ({ [keyName]: r.key, name: r.name, ...Object.fromEntries(SUPPRESSED_COLUMNS.map((c) => [c, cellToJson(r[c])])) })), null, 2)}\n`;
    case 'csv':
      return toCsv(
        [
          { header: keyName, value: (r: SuppressedTutoringRow) => r.key },
          { header: 'name', value: (r: SuppressedTutoringRow) => r.name },
          ...SUPPRESSED_COLUMNS.map((c) => ({ header: c, value: (r: SuppressedTutoringRow) => csvValue(r[c]) })),
        ],
        rows,
      );
    case 'table':
      return (
        formatTable([keyName, 'name', ...SUPPRESSED_COLUMNS], rows.map((r) => [String(r.key), r.name, ...SUPPRESSED_COLUMNS.map((c) => cellToDisplay(r[c]))])) +
        `${year}. Disclosure control: counts below 5, and the figures that would reveal them, are shown as [c]. A pupil tutored at two schools counts at each.\n`
      );
  }
}

/** A cell for the CSV writer: a number as a number, otherwise its symbol. */
function csvValue(cell: Cell): number | string {
  return cell.kind === 'value' ? cell.value : cellToCsv(cell);
}
