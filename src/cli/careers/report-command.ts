import { compareKeys, publishCoverage, summariseCoverage, type CoverageGroup, type CoverageRule, type PublishedCoverageRow } from '../../domain/careers/index.ts';
import { cellToCsv, cellToDisplay, cellToJson, NOT_APPLICABLE, type Cell } from '../../domain/disclosure/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { coverageTallies, type CoverageGrouping } from '../../storage/repositories/careers-coverage.repository.ts';
import { nationalPopulation, type CoveragePopulation } from '../../storage/repositories/careers-population.repository.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { createProgress, type Progress } from '../progress.ts';
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
  if (options.suppress) {
    const population = await withDatabase(loadConfigOrThrow(io.env).database, async (handle) => {
      await assertMigratedOrThrow(handle);
      return nationalPopulation(handle.db, options.rule, options.by === 'year_group' ? 'year_group' : 'school');
    });
    io.stdout(renderSuppressed(suppressedRows(population, options.by, io), options));
    return;
  }
  const { groups, labels } = await withDatabase(loadConfigOrThrow(io.env).database, async (handle) => {
    await assertMigratedOrThrow(handle);
    const tallies = await coverageTallies(handle.db, { by: options.by, rule: options.rule });
    return { groups: summariseCoverage(tallies.rows), labels: tallies.labels };
  });
  const rows = options.by === 'fsm' ? fsmRows(groups) : groups.map((g) => toRow(g, options.by, labels));
  io.stdout(render(rows, options));
}

interface Row {
  readonly key: string;
  readonly name: string;
  readonly group: CoverageGroup;
}

function toRow(group: CoverageGroup, by: CoverageGrouping, labels: ReadonlyMap<string, string>): Row {
  return { key: group.key, name: labels.get(group.key) ?? (by === 'school' ? 'Not in the school register' : group.key), group };
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
    { key: 'fsm', name: 'FSM', group: only('fsm') },
    { key: 'not_fsm', name: 'Not FSM', group: only('notFsm') },
    { key: 'all', name: 'All pupils', group: all },
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
      const headers = Object.keys(json[0] ?? { [keyName]: '', name: '', pupils: 0, reached_target: 0, share: 0, fsm_pupils: 0, fsm_share: 0, other_pupils: 0, other_share: 0, gap: 0 });
      return toCsv(headers.map((h) => ({ header: h, value: (row: Record<string, string | number | null>) => row[h] ?? null })), json);
    }
    case 'table': {
      const pct = (v: number | null) => (v === null ? '' : `${v.toFixed(1)}%`);
      const gap = (v: number | null) => (v === null ? '' : `${v > 0 ? '+' : ''}${v.toFixed(1)}`);
      return (
        formatTable(
          [keyName, 'name', 'pupils', 'reached', 'share', 'FSM share', 'others', 'gap (pts)'],
          rows.map((r) => [r.key, r.name, String(r.group.pupils), String(r.group.reached), pct(r.group.share), pct(r.group.fsm.share), pct(r.group.notFsm.share), gap(r.group.gap)]),
        ) + `Target: ${String(options.rule.target)} encounters${options.rule.eachYear ? ', and one in every secondary year so far' : ''}; pupils on roll.\n`
      );
    }
  }
}

interface SuppressedRow {
  readonly key: string;
  readonly name: string;
  readonly cells: Readonly<Record<(typeof SUPPRESSED_COLUMNS)[number], Cell>>;
}

const SUPPRESSED_COLUMNS = ['pupils', 'reached_target', 'share', 'fsm_share', 'other_share', 'gap'] as const;

/**
 * The report's rows cut from one protected national population (docs/methodology.md §15.4): by school,
 * by district and by FSM status all from the tree of districts and schools, so the three hide the same
 * figures; by year group from the tree of year groups.
 */
function suppressedRows(population: CoveragePopulation, by: CoverageGrouping, io: CliIo): SuppressedRow[] {
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
        { key: 'fsm', name: 'FSM', cells: part(r.fsmPupils, r.fsmReached, r.fsmShare, true) },
        { key: 'not_fsm', name: 'Not FSM', cells: part(r.notFsmPupils, r.notFsmReached, r.notFsmShare, false) },
        { key: 'all', name: 'All pupils', cells: cells(r) },
      ];
    }
    case 'school': {
      const schools = root.children.flatMap((district) => district.children);
      return schools.sort((a, b) => compareKeys(a.key, b.key)).map((n) => ({ key: n.key, name: population.labels.get(n.key) ?? 'Not in the school register', cells: cells(n.row) }));
    }
    case 'area':
    case 'year_group':
      return root.children.map((n) => ({ key: n.key, name: by === 'year_group' ? `Year ${n.key}` : (population.labels.get(n.key) ?? n.key), cells: cells(n.row) }));
  }
}

/** The report through disclosure control: small counts and what would reveal them shown as c. */
function renderSuppressed(rows: readonly SuppressedRow[], options: ReportOptions): string {
  const keyName = KEY_NAMES[options.by];
  const names = SUPPRESSED_COLUMNS;
  const keyOf = (r: SuppressedRow) => (options.by === 'school' || options.by === 'year_group' ? Number(r.key) : r.key);
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(
        rows.map((r) => ({ [keyName]: keyOf(r), name: r.name, ...Object.fromEntries(names.map((n) => [n, cellToJson(r.cells[n])])) })),
        null,
        2,
      )}\n`;
    case 'csv':
      // Numbers go to the writer as numbers, so a negative gap is written as -1.7, never as text.
      return toCsv(
        [
          { header: keyName, value: (r: SuppressedRow) => keyOf(r) },
          { header: 'name', value: (r: SuppressedRow) => r.name },
          ...names.map((n) => ({ header: n, value: (r: SuppressedRow) => csvValue(r.cells[n]) })),
        ],
        rows,
      );
    case 'table':
      return (
        formatTable([keyName, 'name', ...names], rows.map((r) => [r.key, r.name, ...names.map((n) => cellToDisplay(r.cells[n]))])) +
        `Disclosure control: counts below 5, and the figures that would reveal them, are shown as [c].\n`
      );
  }
}

/** A cell for the CSV writer: a number as a number, otherwise its symbol. */
function csvValue(cell: Cell): number | string {
  return cell.kind === 'value' ? cell.value : cellToCsv(cell);
}
