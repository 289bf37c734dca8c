import {
  buildTreeTable,
  calculateRate,
  NOT_APPLICABLE,
  protectLinkedCounts,
  suppressedCell,
  valueCell,
  type Cell,
  type RequiredChange,
  type SuppressionReason,
  type TreeTable,
} from '../disclosure/index.ts';
import type { CoverageNode } from './coverage-tree.ts';
import { gapOf } from './summarise-coverage.ts';

/** A coverage row fit for anyone without pupil-level rights: every number a cell that may be `c`. */
export interface PublishedCoverageRow {
  readonly key: string;
  readonly pupils: Cell;
  readonly reached: Cell;
  readonly share: Cell;
  readonly fsmPupils: Cell;
  /** FSM pupils reaching the target: shown only with the FSM pupils it is a share of, like the share. */
  readonly fsmReached: Cell;
  readonly fsmShare: Cell;
  readonly notFsmPupils: Cell;
  readonly notFsmReached: Cell;
  readonly notFsmShare: Cell;
  readonly gap: Cell;
}

/** The population's tree with a published row at every node. */
export interface PublishedCoverageNode {
  readonly key: string;
  readonly row: PublishedCoverageRow;
  readonly children: readonly PublishedCoverageNode[];
}

export interface PublishedCoverage {
  readonly root: PublishedCoverageNode;
  readonly threshold: number;
  /** Hidden figures the search could not prove safe (0 when protection succeeded, as tests check). */
  readonly unprotected: number;
  /**
   * True when the search could not prove something safe and, to be safe anyway, every figure of the
   * rule's counts was withheld (and, if pupil counts were the trouble, every pupil count but the total).
   */
  readonly withheld: boolean;
}

export interface PublishCoverageOptions {
  readonly threshold?: number;
  /** The protection to use; tests pass one that fails, to check what is withheld then. */
  readonly protect?: typeof protectLinkedCounts;
  /** Told how far each pass has got: protected cells proved safe of how many there are. */
  readonly onProgress?: (pass: 'pupils' | 'counts', proved: number, total: number) => void;
}

const FSM = 0;
const OTHER = 1;
const TOTAL = 2;
const REACHED = 0;
const NOT_REACHED = 1;

/**
 * Disclosure control for every coverage table of one population (docs/methodology.md §15.4 and 4): each
 * group is a 2 × 2 table of pupils, FSM or not by reached the target or not, with its margins (pupils,
 * FSM pupils, other pupils, reached, not reached), and every group's table is the sum of its children's.
 * Two passes of `protectLinkedCounts`:
 * 1. pupils on roll (FSM, other, all) for every group, which are the same whatever the rule, so they come
 *    out the same for every target and "each year" setting;
 * 2. the rule's counts, with pupils on roll fixed as pass 1 left them, and every alternative table pass 1
 *    relied on required to fit here too, so no rule's table undoes the protection of the pupil counts.
 * Shares and the gap are worked out only from shown counts; the gap from the counts, not from the
 * rounded shares (§15.3).
 *
 * A group of 3 FSM pupils beside 40 others → its FSM pupils, FSM share and gap are `c`, and so is some
 * other figure on every line that would give the 3 away.
 */
export function publishCoverage(root: CoverageNode, options: PublishCoverageOptions = {}): PublishedCoverage {
  const protect = options.protect ?? protectLinkedCounts;
  const threshold = options.threshold === undefined ? {} : { threshold: options.threshold };
  const counts = (path: readonly string[]) => leafOf(root, path);
  const pupils = buildTreeTable(root, (path) => [[counts(path).fsm.pupils], [counts(path).notFsm.pupils]], { rows: 2, columns: 1 });
  const progress = (pass: 'pupils' | 'counts') => (options.onProgress === undefined ? {} : { onProgress: (proved: number, total: number) => options.onProgress?.(pass, proved, total) });
  const pupilResult = protect(pupils.linked, { ...threshold, ...progress('pupils') });
  const outcome = buildTreeTable(
    root,
    (path) => {
      const { fsm, notFsm } = counts(path);
      return [
        [fsm.reached, fsm.pupils - fsm.reached],
        [notFsm.reached, notFsm.pupils - notFsm.reached],
      ];
    },
    { rows: 2, columns: 2 },
  );
  // Pupil cells of pass 2, node by node: (FSM | other | all) × all pupils.
  const locked = new Map<number, 'shown' | SuppressionReason>();
  // Never shown on their own: those not reaching the target (pupils less those reaching it), and those
  // reaching it in a group whose size is hidden (its share is hidden with it).
  const unlisted = new Set<number>();
  outcome.nodes.forEach((node, n) => {
    for (const r of [FSM, OTHER, TOTAL]) {
      const cell = pupilResult.cells[pupils.nodes[n]?.cells[r]?.[0] ?? -1];
      const target = node.cells[r]?.[TOTAL] ?? -1;
      locked.set(target, cell?.kind === 'suppressed' ? cell.reason : 'shown');
      unlisted.add(node.cells[r]?.[NOT_REACHED] ?? -1);
      if (r !== TOTAL && cell?.kind === 'suppressed') unlisted.add(node.cells[r]?.[REACHED] ?? -1);
    }
  });
  const leafOfBlock = new Map(pupils.nodes.flatMap((node, n) => (node.leaf ? [[node.block, n] as const] : [])));
  const result = protect(outcome.linked, {
    ...threshold,
    ...progress('counts'),
    locked,
    unlisted,
    frozen: new Set(locked.keys()),
    required: pupilResult.alternatives.map((alternative) => requiredChange(alternative, pupils, outcome, leafOfBlock)),
  });
  // Fail safe: what could not be proved safe is not published as it stands. Unproved pupil counts withhold
  // every pupil count but the population's total, and with them every count of the rule; an unproved
  // count of the rule withholds all of the rule's counts (pupil counts stay as proved).
  const pupilsSafe = pupilResult.unprotected.length === 0;
  const outcomesSafe = pupilsSafe && result.unprotected.length === 0 && result.unrealised === 0;
  const withheld = suppressedCell('secondary');
  const publish = (node: CoverageNode, n: { value: number }): PublishedCoverageNode => {
    const isRoot = n.value === 0;
    const cells = outcome.nodes[n.value]?.cells ?? [];
    n.value += 1;
    const at = (r: number, c: number): Cell => {
      const cell = result.cells[cells[r]?.[c] ?? -1] ?? withheld;
      if (c !== TOTAL) return outcomesSafe ? cell : withheld;
      return pupilsSafe || (isRoot && r === TOTAL) ? cell : withheld;
    };
    return { key: node.key, row: rowOf(node.key, at), children: node.children.map((child) => publish(child, n)) };
  };
  return {
    root: publish(root, { value: 0 }),
    threshold: options.threshold ?? 5,
    unprotected: pupilResult.unprotected.length + result.unprotected.length + result.unrealised,
    withheld: !outcomesSafe,
  };
}

/** A pupil-count alternative as the change pass 2 must fit: each group's FSM, other and all pupils move by it. */
function requiredChange(alternative: readonly (readonly [number, number])[], pupils: TreeTable, outcome: TreeTable, leafOfBlock: ReadonlyMap<number, number>): RequiredChange {
  const changes = new Map<number, number>();
  const blocks = new Set<number>();
  for (const [inner, delta] of alternative) {
    // Pass 1 keeps two counts per leaf, FSM then other; the leaf and every group above it move by delta.
    const block = Math.floor(inner / 2);
    blocks.add(block);
    for (let n = leafOfBlock.get(block) ?? -1; n >= 0; n = pupils.nodes[n]?.parent ?? -1) {
      for (const r of [inner % 2 === 0 ? FSM : OTHER, TOTAL]) {
        const twin = outcome.nodes[n]?.cells[r]?.[TOTAL] ?? -1;
        changes.set(twin, (changes.get(twin) ?? 0) + delta);
      }
    }
  }
  for (const [cell, delta] of changes) if (delta === 0) changes.delete(cell);
  return { changes, blocks: [...blocks] };
}

function rowOf(key: string, at: (r: number, c: number) => Cell): PublishedCoverageRow {
  const pupils = at(TOTAL, TOTAL);
  const reached = at(TOTAL, REACHED);
  const fsmPupils = at(FSM, TOTAL);
  const fsmReached = at(FSM, REACHED);
  const notFsmPupils = at(OTHER, TOTAL);
  const otherReached = at(OTHER, REACHED);
  // A part is shown only beside the count it is part of (a reader could not read it from the share otherwise).
  const partOf = (part: Cell, whole: Cell): Cell => (whole.kind === 'value' ? part : whole);
  return {
    key,
    pupils,
    reached,
    share: calculateRate(reached, pupils),
    fsmPupils,
    fsmReached: partOf(fsmReached, fsmPupils),
    fsmShare: calculateRate(fsmReached, fsmPupils),
    notFsmPupils,
    notFsmReached: partOf(otherReached, notFsmPupils),
    notFsmShare: calculateRate(otherReached, notFsmPupils),
    gap: gapCell(fsmReached, fsmPupils, otherReached, notFsmPupils),
  };
}

/** The gap from shown counts only (§15.3); `z` where a group has no pupils, else the hidden state. */
function gapCell(fsmReached: Cell, fsmPupils: Cell, otherReached: Cell, otherPupils: Cell): Cell {
  const parts = [fsmReached, fsmPupils, otherReached, otherPupils];
  if ((fsmPupils.kind === 'value' && fsmPupils.value === 0) || (otherPupils.kind === 'value' && otherPupils.value === 0)) return NOT_APPLICABLE;
  if (fsmReached.kind === 'value' && fsmPupils.kind === 'value' && otherReached.kind === 'value' && otherPupils.kind === 'value') {
    const gap = gapOf(fsmReached.value, fsmPupils.value, otherReached.value, otherPupils.value);
    return gap === null ? NOT_APPLICABLE : valueCell(gap);
  }
  return parts.find((c) => c.kind === 'suppressed') ?? parts.find((c) => c.kind !== 'value') ?? suppressedCell('secondary');
}

function leafOf(root: CoverageNode, path: readonly string[]): NonNullable<CoverageNode['counts']> {
  let node: CoverageNode | undefined = root;
  for (const key of path) node = node?.children.find((c) => c.key === key);
  if (node === undefined) throw new RangeError(`No group ${path.join(' / ')}`);
  // A group with no pupils at all (an empty population) counts none.
  return node.counts ?? { fsm: { pupils: 0, reached: 0 }, notFsm: { pupils: 0, reached: 0 } };
}
