import { gapOf, shareOf, type CoverageGroup, type PublishedCoverageNode, type PublishedCoverageRow } from '../../../domain/careers/index.ts';
import { cellToCsv, cellToJson, NOT_APPLICABLE, valueCell, type Cell, type CellJson } from '../../../domain/disclosure/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';

export interface CoverageRowReply {
  readonly key: string;
  readonly label: string;
  readonly pupils: CellJson;
  readonly reached: CellJson;
  readonly share: CellJson;
  readonly fsmPupils: CellJson;
  readonly fsmShare: CellJson;
  readonly notFsmPupils: CellJson;
  readonly notFsmShare: CellJson;
  readonly gap: CellJson;
}

export type CellRow = Record<Exclude<keyof CoverageRowReply, 'key' | 'label'>, Cell> & { key: string; label: string };

const plain = (value: number | null): Cell => (value === null ? NOT_APPLICABLE : valueCell(value));

/** The whole of several groups, for the total row of a table shown with pupil-level rights. */
function totalOf(groups: readonly CoverageGroup[]): CoverageGroup {
  const add = (part: 'fsm' | 'notFsm') => groups.reduce((sum, g) => ({ pupils: sum.pupils + g[part].pupils, reached: sum.reached + g[part].reached }), { pupils: 0, reached: 0 });
  const fsm = add('fsm');
  const notFsm = add('notFsm');
  return {
    key: 'total',
    pupils: fsm.pupils + notFsm.pupils,
    reached: fsm.reached + notFsm.reached,
    share: shareOf(fsm.reached + notFsm.reached, fsm.pupils + notFsm.pupils),
    fsm: { ...fsm, share: shareOf(fsm.reached, fsm.pupils) },
    notFsm: { ...notFsm, share: shareOf(notFsm.reached, notFsm.pupils) },
    gap: gapOf(fsm.reached, fsm.pupils, notFsm.reached, notFsm.pupils),
  };
}

/** Coverage rows as cells for a reader with pupil-level rights: every figure as it is. */
export function pupilLevelCells(groups: readonly CoverageGroup[], labels: ReadonlyMap<string, string>): { rows: CellRow[]; total: CellRow } {
  const toCells = (g: CoverageGroup, label: string): CellRow => ({
    key: g.key,
    label,
    pupils: valueCell(g.pupils),
    reached: valueCell(g.reached),
    share: plain(g.share),
    fsmPupils: valueCell(g.fsm.pupils),
    fsmShare: plain(g.fsm.share),
    notFsmPupils: valueCell(g.notFsm.pupils),
    notFsmShare: plain(g.notFsm.share),
    gap: plain(g.gap),
  });
  return { rows: groups.map((g) => toCells(g, labels.get(g.key) ?? g.key)), total: toCells(totalOf(groups), 'Total') };
}

/**
 * A table cut from a protected population (docs/methodology.md §15.4): `node`'s children as rows (or
 * `rows` given), `node` as the total. Every cell is as `publishCoverage` left it, so every table about the
 * same pupils hides the same figures.
 */
export function publishedCells(rows: readonly PublishedCoverageNode[], total: PublishedCoverageRow, label: (key: string) => string): { rows: CellRow[]; total: CellRow } {
  return { rows: rows.map((n) => ({ ...n.row, label: label(n.key) })), total: { ...total, key: 'total', label: 'Total' } };
}

export function rowToJson(row: CellRow): CoverageRowReply {
  return {
    key: row.key,
    label: row.label,
    pupils: cellToJson(row.pupils),
    reached: cellToJson(row.reached),
    share: cellToJson(row.share),
    fsmPupils: cellToJson(row.fsmPupils),
    fsmShare: cellToJson(row.fsmShare),
    notFsmPupils: cellToJson(row.notFsmPupils),
    notFsmShare: cellToJson(row.notFsmShare),
    gap: cellToJson(row.gap),
  };
}

/** Rows whose FSM share is shown and below the others': the gaps to close. */
export function gapsOf(rows: readonly CellRow[]): string[] {
  return rows.filter((r) => r.gap.kind === 'value' && r.gap.value < 0).map((r) => r.label);
}

/** Download columns; cells keep their symbols (c, x, z) as DfE open data files do. */
export function coverageCsvColumns(keyHeader: string): CsvColumn<CellRow>[] {
  const cell = (header: string, pick: (r: CellRow) => Cell): CsvColumn<CellRow> => ({ header, value: (r) => (pick(r).kind === 'value' ? Number(cellToCsv(pick(r))) : cellToCsv(pick(r))) });
  return [
    { header: keyHeader, value: (r) => r.key },
    { header: 'name', value: (r) => r.label },
    cell('pupils', (r) => r.pupils),
    cell('reached_target', (r) => r.reached),
    cell('share', (r) => r.share),
    cell('fsm_pupils', (r) => r.fsmPupils),
    cell('fsm_share', (r) => r.fsmShare),
    cell('other_pupils', (r) => r.notFsmPupils),
    cell('other_share', (r) => r.notFsmShare),
    cell('gap', (r) => r.gap),
  ];
}
