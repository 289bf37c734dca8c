import { describe, expect, it } from 'vitest';
import { coverageTree, publishCoverage, type PublishedCoverageNode } from '../../../src/domain/careers/index.ts';
import { protectLinkedCounts, valueCell } from '../../../src/domain/disclosure/index.ts';

const count = (pupils: number, reached: number) => ({ pupils, reached });
const tree = coverageTree([
  { path: ['100001', '9'], fsm: count(12, 6), notFsm: count(30, 20) },
  { path: ['100001', '10'], fsm: count(15, 9), notFsm: count(25, 11) },
  { path: ['100002', '9'], fsm: count(10, 5), notFsm: count(40, 30) },
]);
const rows = (node: PublishedCoverageNode): PublishedCoverageNode['row'][] => [node.row, ...node.children.flatMap(rows)];

/** A protection that works, then claims it could not prove cell 0 of the `failing` pass (0 pupils, 1 the rule's counts). */
function failingOn(failing: number): typeof protectLinkedCounts {
  let call = 0;
  return (counts, options) => {
    const result = protectLinkedCounts(counts, options);
    return call++ === failing ? { ...result, unprotected: [0] } : result;
  };
}

describe('publishing coverage when protection cannot be proved', () => {
  it('shows every figure of these large groups when protection is proved', () => {
    const published = publishCoverage(tree);
    expect(published).toMatchObject({ unprotected: 0, withheld: false });
    expect(published.root.row.fsmShare).toEqual(valueCell(54.1));
  });

  it('withholds every count of the rule, keeping the proved pupil counts, when a count of the rule is not proved safe', () => {
    const published = publishCoverage(tree, { protect: failingOn(1) });
    expect(published).toMatchObject({ unprotected: 1, withheld: true });
    for (const row of rows(published.root)) {
      for (const cell of [row.reached, row.share, row.fsmShare, row.notFsmShare, row.gap]) expect(cell.kind).toBe('suppressed');
      expect(row.pupils.kind).toBe('value');
      expect(row.fsmPupils.kind).toBe('value');
    }
  });

  it('withholds every pupil count but the total as well when a pupil count is not proved safe', () => {
    const published = publishCoverage(tree, { protect: failingOn(0) });
    expect(published.withheld).toBe(true);
    expect(published.root.row.pupils).toEqual(valueCell(132));
    const below = rows(published.root).slice(1);
    expect(below.length).toBe(5);
    for (const row of below) for (const cell of [row.pupils, row.fsmPupils, row.notFsmPupils, row.reached]) expect(cell.kind).toBe('suppressed');
    expect(published.root.row.fsmPupils.kind).toBe('suppressed');
  });
});
