import { coverageTree, publishCoverage, type PublishedCoverageNode, type PublishedCoverageRow } from '../../src/domain/careers/index.ts';
import { applyDisclosureControl, calculateRate, type Cell } from '../../src/domain/disclosure/index.ts';
import type { CoverageLeaf, PublishedRow, ShownRow } from './coverage-attack.ts';

/** A cell as a reader reads it: the number, or null for a symbol. */
export const readCell = (cell: Cell): number | null => (cell.kind === 'value' ? cell.value : null);

export function shownRow(row: Pick<PublishedCoverageRow, 'pupils' | 'reached' | 'fsmPupils' | 'fsmShare' | 'notFsmPupils' | 'notFsmShare'>): ShownRow {
  return {
    pupils: readCell(row.pupils),
    reached: readCell(row.reached),
    fsmPupils: readCell(row.fsmPupils),
    fsmShare: readCell(row.fsmShare),
    notFsmPupils: readCell(row.notFsmPupils),
    notFsmShare: readCell(row.notFsmShare),
  };
}

/**
 * Every row a reader can ask for about `leaves` under each rule, as published now: the area table (its
 * schools and total), each school's table (its year groups and total), each district's figures, all cut
 * from one protected population per rule. Also returns how many cells the protection could not prove safe.
 */
export function publishedNow(leaves: readonly CoverageLeaf[], rules: number): { rows: PublishedRow[]; unprotected: number } {
  const rows: PublishedRow[] = [];
  let unprotected = 0;
  const split = new Set(leaves.map((l) => l.district)).size > 1;
  for (let rule = 0; rule < rules; rule++) {
    const tree = coverageTree(
      leaves.map((l) => ({
        path: [...(split ? [l.district] : []), l.school, String(l.yearGroup)],
        fsm: { pupils: l.fsm.pupils, reached: l.fsm.reached[rule] ?? 0 },
        notFsm: { pupils: l.other.pupils, reached: l.other.reached[rule] ?? 0 },
      })),
    );
    const published = publishCoverage(tree);
    unprotected += published.unprotected;
    const walk = (node: PublishedCoverageNode, path: readonly string[]) => {
      const covered = leaves.flatMap((l, i) => {
        const own = [...(split ? [l.district] : []), l.school, String(l.yearGroup)];
        return path.every((key, d) => own[d] === key) ? [i] : [];
      });
      rows.push({ rule, leaves: covered, row: shownRow(node.row) });
      for (const child of node.children) walk(child, [...path, child.key]);
    };
    walk(published.root, []);
  }
  return { rows, unprotected };
}

/**
 * The same tables protected one at a time, as before this change: each table's groups as four counts
 * (FSM reached, FSM not, others reached, others not) through the two-way table rule, its other figures
 * worked out from whatever of those is shown. The attack's control: it must find recoveries here.
 */
export function publishedTableByTable(leaves: readonly CoverageLeaf[], rules: number): PublishedRow[] {
  const rows: PublishedRow[] = [];
  const schools = [...new Set(leaves.map((l) => l.school))];
  for (let rule = 0; rule < rules; rule++) {
    const table = (groups: { leaves: number[] }[]) => {
      const counts = groups.map((g) => {
        const sum = (pick: (l: CoverageLeaf) => number) => g.leaves.reduce((s, i) => s + pick(leaves[i] as CoverageLeaf), 0);
        const fr = sum((l) => l.fsm.reached[rule] ?? 0);
        const or = sum((l) => l.other.reached[rule] ?? 0);
        return [fr, sum((l) => l.fsm.pupils) - fr, or, sum((l) => l.other.pupils) - or];
      });
      const published = applyDisclosureControl({ rowLabels: groups.map((_, i) => String(i)), columnLabels: ['fr', 'fn', 'or', 'on'], counts });
      const row = (cells: readonly Cell[], total: Cell): ShownRow => {
        const [fr, fn, or, on] = cells;
        const add = (a?: Cell, b?: Cell): Cell => (a?.kind === 'value' && b?.kind === 'value' ? { kind: 'value', value: a.value + b.value } : { kind: 'suppressed', symbol: 'c', reason: 'secondary' });
        const fsm = add(fr, fn);
        const other = add(or, on);
        return shownRow({ pupils: total, reached: add(fr, or), fsmPupils: fsm, fsmShare: calculateRate(fr ?? fsm, fsm), notFsmPupils: other, notFsmShare: calculateRate(or ?? other, other) });
      };
      groups.forEach((g, i) => rows.push({ rule, leaves: g.leaves, row: row(published.body[i] ?? [], published.rowTotals?.[i] ?? fallback) }));
      rows.push({ rule, leaves: groups.flatMap((g) => g.leaves), row: row(published.columnTotals ?? [], published.grandTotal ?? fallback) });
    };
    for (const school of schools) table(leaves.flatMap((l, i) => (l.school === school ? [{ leaves: [i] }] : [])));
    table(schools.map((school) => ({ leaves: leaves.flatMap((l, i) => (l.school === school ? [i] : [])) })));
  }
  return rows;
}

const fallback: Cell = { kind: 'suppressed', symbol: 'c', reason: 'secondary' };
