import { publishCoverage, type CoverageGroup } from '../../../domain/careers/index.ts';
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

type CellRow = Record<Exclude<keyof CoverageRowReply, 'key' | 'label'>, Cell> & { key: string; label: string };

const plain = (value: number | null): Cell => (value === null ? NOT_APPLICABLE : valueCell(value));

function totalOf(groups: readonly CoverageGroup[]): CoverageGroup {
  const add = (part: 'fsm' | 'notFsm') => groups.reduce((sum, g) => ({ pupils: sum.pupils + g[part].pupils, reached: sum.reached + g[part].reached }), { pupils: 0, reached: 0 });
  const fsm = add('fsm');
  const notFsm = add('notFsm');
  const share = (r: number, p: number) => (p === 0 ? null : Math.round((r * 1000) / p) / 10);
  const gap = fsm.pupils === 0 || notFsm.pupils === 0 ? null : Math.round((fsm.reached / fsm.pupils - notFsm.reached / notFsm.pupils) * 1000) / 10;
  return {
    key: 'total',
    pupils: fsm.pupils + notFsm.pupils,
    reached: fsm.reached + notFsm.reached,
    share: share(fsm.reached + notFsm.reached, fsm.pupils + notFsm.pupils),
    fsm: { ...fsm, share: share(fsm.reached, fsm.pupils) },
    notFsm: { ...notFsm, share: share(notFsm.reached, notFsm.pupils) },
    gap: gap === 0 ? 0 : gap,
  };
}

/**
 * Coverage rows as cells: with pupil-level rights every figure as it is; without, through disclosure control
 * (`publishCoverage`), so a reader sees `c` wherever a small count or what would reveal it would be.
 */
export function coverageCells(groups: readonly CoverageGroup[], labels: ReadonlyMap<string, string>, pupilLevel: boolean): { rows: CellRow[]; total: CellRow } {
  if (!pupilLevel) {
    const published = publishCoverage(groups);
    const label = (key: string) => labels.get(key) ?? key;
    return { rows: published.rows.map((r) => ({ ...r, label: label(r.key) })), total: { ...published.total, key: 'total', label: 'Total' } };
  }
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
