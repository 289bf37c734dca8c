import { compareKeys, publishCoverage, summariseCoverage, type CoverageGroup, type CoverageRule, type PublishedCoverageRow } from '../../domain/careers/index.ts';
import { cellToCsv, cellToDisplay, cellToJson, NOT_APPLICABLE, type Cell } from '../../domain/disclosure/index.ts';
import { describeLeftOut, NO_DISTRICT_LABEL } from '../../domain/places/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { createProgress, type Progress } from '../progress.ts';
import { withServices } from '../open-database.ts';

/** How the report groups pupils: by school, area (district), FSM status or year group. */
export type CoverageGrouping = Parameters<Services['careersCoverage']['coverageTallies']>[0]['by'];

type CoveragePopulation = Awaited<ReturnType<Services['careersPopulation']['nationalPopulation']>>;

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
  const database = loadConfigOrThrow(io.env).database;
  if (options.suppress) {
    const { population, schools } = await withServices(database, async (services) => {
      const population = await services.careersPopulation.nationalPopulation(options.rule, options.by === 'year_group' ? 'year_group' : 'school');
      return { population, schools: options.by === 'area' ? await services.careersCoverage.schoolsWithPupilsByDistrict() : null };
    });
    io.stdout(renderSuppressed(suppressedRows(population, options.by, io, schools), options));
    writeNote(io, options, schools);
    return;
  }
  const { groups, labels, schools } = await withServices(database, async (services) => {
    const tallies = await services.careersCoverage.coverageTallies({ by: options.by, rule: options.rule });
    const schools = options.by === 'area' ? await services.careersCoverage.schoolsWithPupilsByDistrict() : null;
    return { groups: summariseCoverage(tallies.rows), labels: tallies.labels, schools };
  });
  const rows = options.by === 'fsm' ? fsmRows(groups) : groups.map((g) => toRow(g, options.by, labels, schools));
  io.stdout(render(rows, options));
  writeNote(io, options, schools);
}

/** The note is not part of the data: beside a table it is a footnote, beside JSON or CSV it goes to stderr. */
function writeNote(io: CliIo, options: ReportOptions, schools: ReadonlyMap<string, number> | null): void {
  const note = schools === null ? null : noDistrictNote(schools.get('') ?? 0);
  if (note !== null) (options.format === 'table' ? io.stdout : io.stderr)(`${note}\n`);
}

/** By area, the pupils of schools with no district are one row; say how many schools and why (methodology §6.9). */
function noDistrictNote(schools: number): string | null {
  return describeLeftOut(schools, { which: 'with pupils on roll', where: 'in any district', because: `their pupils are in the row "${NO_DISTRICT_LABEL}", and oa schools placement says why` });
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

interface SuppressedRow {
  readonly key: string;
  readonly name: string;
  /** By area: the schools with pupils on roll behind the row (a count of schools reveals no pupil); null otherwise. */
  readonly schools: number | null;
  readonly cells: Readonly<Record<(typeof SUPPRESSED_COLUMNS)[number], Cell>>;
}

const SUPPRESSED_COLUMNS = ['pupils', 'reached_target', 'share', 'fsm_share', 'other_share', 'gap'] as const;

/**
 * The report's rows cut from one protected national population (docs/methodology.md §15.4): by school,
 * by district and by FSM status all from the tree of districts and schools, so the three hide the same
 * figures; by year group from the tree of year groups.
 */
function suppressedRows(population: CoveragePopulation, by: CoverageGrouping, io: CliIo, schools: ReadonlyMap<string, number> | null): SuppressedRow[] {
  // A national report over many small schools takes a while: each pass has its own bar.
  const bars = new Map<'pupils' | 'counts', Progress>();
  const published = publishCoverage(population.tree, {
    onProgress: (pass, proved, total) => {
      const bar = bars.get(pass) ?? createProgress(io, pass === 'pupils' ? 'Protecting pupil counts' : 'Protecting the report', 'cells');
      bars.set(pass, bar);
      bar.update(Math.min(proved, total), total);
    },
  });
  for (const bar of bars.values()) bar.stop();
  const cells = (r: PublishedCoverageRow) => ({ pupils: r.pupils, reached_target: r.reached, share: r.share, fsm_share: r.fsmShare, other_share: r.notFsmShare, gap: r.gap });
  const root = published.root;
  switch (by) {
    case 'fsm': {
      const r = root.row;
      const part = (pupils: Cell, reached: Cell, share: Cell, fsm: boolean) => ({ pupils, reached_target: reached, share, fsm_share: fsm ? share : NOT_APPLICABLE, other_share: fsm ? NOT_APPLICABLE : share, gap: NOT_APPLICABLE });
      return [
        { key: 'fsm', name: 'FSM', schools: null, cells: part(r.fsmPupils, r.fsmReached, r.fsmShare, true) },
        { key: 'not_fsm', name: 'Not FSM', schools: null, cells: part(r.notFsmPupils, r.notFsmReached, r.notFsmShare, false) },
        { key: 'all', name: 'All pupils', schools: null, cells: cells(r) },
      ];
    }
    case 'school': {
      const leaves = root.children.flatMap((district) => district.children);
      return leaves.sort((a, b) => compareKeys(a.key, b.key)).map((n) => ({ key: n.key, name: population.labels.get(n.key) ?? 'Not in the school register', schools: null, cells: cells(n.row) }));
    }
    case 'area':
    case 'year_group':
      return root.children.map((n) => ({
        key: n.key,
        name: by === 'year_group' ? `Year ${n.key}` : (population.labels.get(n.key) ?? n.key),
        schools: schools === null ? null : (schools.get(n.key) ?? 0),
        cells: cells(n.row),
      }));
  }
}

/** The report through disclosure control: small counts and what would reveal them shown as c. */
function renderSuppressed(rows: readonly SuppressedRow[], options: ReportOptions): string {
  const keyName = KEY_NAMES[options.by];
  const names = SUPPRESSED_COLUMNS;
  const keyOf = (r: SuppressedRow) => (options.by === 'school' || options.by === 'year_group' ? Number(r.key) : r.key);
  const bySchools = options.by === 'area';
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(
        rows.map((r) => ({ [keyName]: keyOf(r), name: r.name, ...(bySchools ? { schools: r.schools } : {}), ...Object.fromEntries(names.map((n) => [n, cellToJson(r.cells[n])])) })),
        null,
        2,
      )}\n`;
    case 'csv':
      // Numbers go to the writer as numbers, so a negative gap is written as -1.7, never as text.
      return toCsv(
        [
          { header: keyName, value: (r: SuppressedRow) => keyOf(r) },
          { header: 'name', value: (r: SuppressedRow) => r.name },
          ...(bySchools ? [{ header: 'schools', value: (r: SuppressedRow) => r.schools }] : []),
          ...names.map((n) => ({ header: n, value: (r: SuppressedRow) => csvValue(r.cells[n]) })),
        ],
        rows,
      );
    case 'table':
      return (
        formatTable(
          [keyName, 'name', ...(bySchools ? ['schools'] : []), ...names],
          rows.map((r) => [r.key, r.name, ...(bySchools ? [String(r.schools ?? 0)] : []), ...names.map((n) => cellToDisplay(r.cells[n]))]),
        ) +
        `Disclosure control: counts below 5, and the figures that would reveal them, are shown as [c].\n`
      );
  }
}

/** A cell for the CSV writer: a number as a number, otherwise its symbol. */
function csvValue(cell: Cell): number | string {
  return cell.kind === 'value' ? cell.value : cellToCsv(cell);
}
