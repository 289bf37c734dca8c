import {
  applyDisclosureControl,
  calculateRate,
  suppressedCell,
  valueCell,
  type Cell,
  type DisclosureOptions,
  type PublishedSuppression,
} from '../disclosure/index.ts';
import type { CoverageGroup } from './summarise-coverage.ts';

/** The four counts each group is published as; every figure shown is derived from them. */
export const PUBLISHED_COLUMNS = ['FSM reached', 'FSM not reached', 'Not FSM reached', 'Not FSM not reached'] as const;

/** A coverage row fit for anyone without pupil-level rights: every number a cell that may be `c`. */
export interface PublishedCoverageRow {
  readonly key: string;
  readonly pupils: Cell;
  readonly reached: Cell;
  readonly share: Cell;
  readonly fsmPupils: Cell;
  readonly fsmShare: Cell;
  readonly notFsmPupils: Cell;
  readonly notFsmShare: Cell;
  readonly gap: Cell;
}

export interface PublishedCoverage {
  readonly rows: readonly PublishedCoverageRow[];
  readonly total: PublishedCoverageRow;
  readonly suppressions: readonly PublishedSuppression[];
  readonly threshold: number;
}

/**
 * Disclosure control for coverage (docs/methodology.md, 4. Disclosure control, and "Careers encounters and
 * coverage"): each group becomes four counts (FSM or not × reached or not), which go through primary and
 * secondary suppression together with their totals; pupils, reached, shares and the gap are then worked
 * out only from cells that are shown, so they reveal nothing the table does not.
 * A group of 3 FSM pupils all reaching the target → its FSM cells and share are `c`.
 */
export function publishCoverage(groups: readonly CoverageGroup[], options: DisclosureOptions = {}): PublishedCoverage {
  const table = applyDisclosureControl(
    {
      rowLabels: groups.map((g) => g.key),
      columnLabels: [...PUBLISHED_COLUMNS],
      counts: groups.map((g) => [g.fsm.reached, g.fsm.pupils - g.fsm.reached, g.notFsm.reached, g.notFsm.pupils - g.notFsm.reached]),
    },
    { ...options, totals: true },
  );
  const row = (key: string, cells: readonly Cell[], total: Cell): PublishedCoverageRow => {
    const [fsmReached, fsmNot, otherReached, otherNot] = [0, 1, 2, 3].map((i) => cells[i] ?? suppressedCell('secondary')) as [Cell, Cell, Cell, Cell];
    const fsmPupils = addCells(fsmReached, fsmNot);
    const notFsmPupils = addCells(otherReached, otherNot);
    const reached = addCells(fsmReached, otherReached);
    const fsmShare = calculateRate(fsmReached, fsmPupils);
    const notFsmShare = calculateRate(otherReached, notFsmPupils);
    return {
      key,
      pupils: total,
      reached,
      share: calculateRate(reached, total),
      fsmPupils,
      fsmShare,
      notFsmPupils,
      notFsmShare,
      gap: subtractShares(fsmShare, notFsmShare),
    };
  };
  return {
    rows: table.body.map((cells, r) => row(table.rowLabels[r] ?? '', cells, table.rowTotals?.[r] ?? suppressedCell('secondary'))),
    total: row('Total', table.columnTotals ?? [], table.grandTotal ?? suppressedCell('secondary')),
    suppressions: table.suppressions,
    threshold: table.rules.threshold,
  };
}

/** A sum shown only when both parts are; otherwise the hidden part's state. */
function addCells(a: Cell, b: Cell): Cell {
  if (a.kind === 'value' && b.kind === 'value') return valueCell(a.value + b.value);
  const hidden = [a, b].find((c) => c.kind === 'suppressed');
  if (hidden !== undefined) return hidden;
  return a.kind === 'value' ? b : a;
}

function subtractShares(a: Cell, b: Cell): Cell {
  if (a.kind === 'value' && b.kind === 'value') return valueCell(Math.round((a.value - b.value) * 10) / 10);
  return a.kind === 'value' ? b : a;
}
