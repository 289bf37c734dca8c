import { publishCoverage, summariseCoverage, type CoverageGroup, type CoverageRule } from '../../domain/careers/index.ts';
import { cellToCsv, cellToDisplay, cellToJson } from '../../domain/disclosure/index.ts';
import { describeLeftOut } from '../../domain/places/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { coverageTallies, schoolsWithPupilsByDistrict, type CoverageGrouping } from '../../storage/repositories/careers-coverage.repository.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

export type ReportFormat = 'table' | 'json' | 'csv';

export interface ReportOptions {
  readonly by: CoverageGrouping;
  readonly rule: CoverageRule;
  readonly format: ReportFormat;
  /** Apply disclosure control, for output shared with people without pupil-level rights. */
  readonly suppress: boolean;
}

/** The key column of each grouping, as JSON and CSV name it. */
const KEY_NAMES: Readonly<Record<CoverageGrouping, string>> = { school: 'urn', area: 'district_code', fsm: 'group', year_group: 'year_group' };

/** `oa careers report --by school|area|fsm|year_group`: the share of pupils on roll reaching the target. */
export async function runCareersReport(io: CliIo, options: ReportOptions): Promise<void> {
  const { groups, labels, schools } = await withDatabase(loadConfigOrThrow(io.env).database, async (handle) => {
    await assertMigratedOrThrow(handle);
    const tallies = await coverageTallies(handle.db, { by: options.by, rule: options.rule });
    const schools = options.by === 'area' ? await schoolsWithPupilsByDistrict(handle.db) : null;
    return { groups: summariseCoverage(tallies.rows), labels: tallies.labels, schools };
  });
  const rows = options.by === 'fsm' ? fsmRows(groups) : groups.map((g) => toRow(g, options.by, labels, schools));
  io.stdout(options.suppress ? renderSuppressed(rows, options) : render(rows, options));
  // The note is not part of the data: beside a table it is a footnote, beside JSON or CSV it goes to stderr.
  const note = schools === null ? null : noDistrictNote(schools.get('') ?? 0);
  if (note !== null) (options.format === 'table' ? io.stdout : io.stderr)(`${note}\n`);
}

/** By area, the pupils of schools with no district are one row; say how many schools and why (methodology §6.9). */
function noDistrictNote(schools: number): string | null {
  return describeLeftOut(schools, { which: 'with pupils on roll', where: 'in any district', because: 'their pupils are in the row "No district (schools not placed)", and oa schools placement says why' });
}

interface Row {
  readonly key: string;
  readonly name: string;
  readonly group: CoverageGroup;
  /** By area: the schools with pupils on roll behind the row; null for other groupings. */
  readonly schools: number | null;
}

function toRow(group: CoverageGroup, by: CoverageGrouping, labels: ReadonlyMap<string, string>, schools: ReadonlyMap<string, number> | null): Row {
  const name = labels.get(group.key) ?? (by === 'school' ? 'Not in the school register' : group.key);
  return { key: group.key, name, group, schools: schools === null ? null : (schools.get(group.key) ?? 0) };
}

/** By FSM: one row for FSM pupils, one for the others, one for all with the gap. */
function fsmRows(groups: readonly CoverageGroup[]): Row[] {
  const all = groups[0];
  if (all === undefined) return [];
  const only = (part: 'fsm' | 'notFsm'): CoverageGroup => {
    const counts = all[part];
    const empty = { pupils: 0, reached: 0, share: null };
    return { key: part, pupils: counts.pupils, reached: counts.reached, share: counts.share, fsm: part === 'fsm' ? counts : empty, notFsm: part === 'notFsm' ? counts : empty, gap: null };
  };
  return [
    { key: 'fsm', name: 'FSM', group: only('fsm'), schools: null },
    { key: 'not_fsm', name: 'Not FSM', group: only('notFsm'), schools: null },
    { key: 'all', name: 'All pupils', group: all, schools: null },
  ];
}

function keyValue(row: Row, by: CoverageGrouping): string | number {
  return by === 'school' || by === 'year_group' ? Number(row.key) : row.key;
}

function render(rows: readonly Row[], options: ReportOptions): string {
  const keyName = KEY_NAMES[options.by];
  const json = rows.map((r) => ({
    [keyName]: keyValue(r, options.by),
    name: r.name,
    ...(r.schools === null ? {} : { schools: r.schools }),
    pupils: r.group.pupils,
    reached_target: r.group.reached,
    share: r.group.share,
    fsm_pupils: r.group.fsm.pupils,
    fsm_share: r.group.fsm.share,
    other_pupils: r.group.notFsm.pupils,
    other_share: r.group.notFsm.share,
    gap: r.group.gap,
  }));
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(json, null, 2)}\n`;
    case 'csv': {
      const headers = Object.keys(json[0] ?? { [keyName]: '', name: '', ...(options.by === 'area' ? { schools: 0 } : {}), pupils: 0, reached_target: 0, share: 0, fsm_pupils: 0, fsm_share: 0, other_pupils: 0, other_share: 0, gap: 0 });
      return toCsv(headers.map((h) => ({ header: h, value: (row: Record<string, string | number | null>) => row[h] ?? null })), json);
    }
    case 'table': {
      const pct = (v: number | null) => (v === null ? '' : `${v.toFixed(1)}%`);
      const gap = (v: number | null) => (v === null ? '' : `${v > 0 ? '+' : ''}${v.toFixed(1)}`);
      return (
        formatTable(
          [keyName, 'name', ...(options.by === 'area' ? ['schools'] : []), 'pupils', 'reached', 'share', 'FSM share', 'others', 'gap (pts)'],
          rows.map((r) => [
            r.key, r.name, ...(r.schools === null ? [] : [String(r.schools)]), String(r.group.pupils), String(r.group.reached),
            pct(r.group.share), pct(r.group.fsm.share), pct(r.group.notFsm.share), gap(r.group.gap),
          ]),
        ) + `Target: ${String(options.rule.target)} encounters${options.rule.eachYear ? ', and one in every secondary year so far' : ''}; pupils on roll.\n`
      );
    }
  }
}

/** The same report through disclosure control: small counts and what would reveal them shown as c. */
function renderSuppressed(rows: readonly Row[], options: ReportOptions): string {
  const published = publishCoverage(rows.map((r) => r.group));
  const keyName = KEY_NAMES[options.by];
  const cells = (p: (typeof published.rows)[number]) => ({ pupils: p.pupils, reached_target: p.reached, share: p.share, fsm_share: p.fsmShare, other_share: p.notFsmShare, gap: p.gap });
  // A count of schools reveals no pupil, so it is shown as it is.
  const out = published.rows.map((p, i) => ({ key: rows[i]?.key ?? p.key, name: rows[i]?.name ?? '', schools: rows[i]?.schools ?? null, cells: cells(p) }));
  const names = ['pupils', 'reached_target', 'share', 'fsm_share', 'other_share', 'gap'] as const;
  const bySchools = options.by === 'area';
  type Out = (typeof out)[number];
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(
        out.map((r) => ({ [keyName]: r.key, name: r.name, ...(bySchools ? { schools: r.schools } : {}), ...Object.fromEntries(names.map((n) => [n, cellToJson(r.cells[n])])) })),
        null,
        2,
      )}\n`;
    case 'csv':
      return toCsv(
        [
          { header: keyName, value: (r: Out) => r.key },
          { header: 'name', value: (r: Out) => r.name },
          ...(bySchools ? [{ header: 'schools', value: (r: Out) => r.schools }] : []),
          ...names.map((n) => ({ header: n, value: (r: Out) => cellToCsv(r.cells[n]) })),
        ],
        out,
      );
    case 'table':
      return (
        formatTable(
          [keyName, 'name', ...(bySchools ? ['schools'] : []), ...names],
          out.map((r) => [r.key, r.name, ...(bySchools ? [String(r.schools ?? 0)] : []), ...names.map((n) => cellToDisplay(r.cells[n]))]),
        ) +
        `Disclosure control: counts below ${String(published.threshold)} and the cells that would reveal them are shown as [c].\n`
      );
  }
}
