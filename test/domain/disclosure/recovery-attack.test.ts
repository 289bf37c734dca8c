import { describe, expect, it } from 'vitest';
import { applyDisclosureControl, type Cell, type PublishedTable } from '../../../src/domain/disclosure/index.ts';
import { seededRandom } from '../../support/coverage-population.ts';
import { attack, type AttackAnswer, type LinearConstraint } from '../../support/recovery-attack.ts';

/**
 * Two-way tables under the exact recovery attack (test/support/recovery-attack.ts): the body counts are the
 * unknowns, every shown cell (totals included) an equality, every `c` at least 1. No hidden cell may be
 * worked out exactly, and no hidden count below the threshold narrowed to fewer than threshold − 1 values
 * (docs/methodology.md, 4.4).
 */
function attackTable(counts: number[][], table: PublishedTable, threshold: number): AttackAnswer[] {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const truth = counts.flat();
  const grid: { cell: Cell; members: number[] }[] = [];
  table.body.forEach((row, r) => {
    row.forEach((cell, c) => grid.push({ cell, members: [r * columns + c] }));
    grid.push({ cell: table.rowTotals?.[r] ?? cell(), members: Array.from({ length: columns }, (_, c) => r * columns + c) });
  });
  (table.columnTotals ?? []).forEach((cellValue, c) => grid.push({ cell: cellValue, members: Array.from({ length: rows }, (_, r) => r * columns + c) }));
  grid.push({ cell: table.grandTotal ?? cell(), members: truth.map((_, i) => i) });
  const constraints: LinearConstraint[] = grid.map(({ cell: shown, members }) =>
    shown.kind === 'value' ? { plus: members, low: shown.value, high: shown.value } : { plus: members, low: 1, high: 1_000_000_000 },
  );
  const questions = grid
    .filter((g) => g.cell.kind === 'suppressed')
    .map((g) => {
      const value = g.members.reduce((s, i) => s + (truth[i] ?? 0), 0);
      return { label: `cells ${g.members.join('+')}`, members: g.members, truth: value, reach: value < threshold ? threshold - 2 : 1 };
    });
  return attack({ unknowns: truth.length, constraints, truth }, questions, { reach: threshold });
}

function cell(): Cell {
  throw new Error('totals expected');
}

const recovered = (answers: readonly AttackAnswer[]) => answers.filter((a) => a.low === a.high);
const narrowed = (answers: readonly AttackAnswer[], threshold: number) => answers.filter((a) => a.truth < threshold && a.high - a.low + 1 < threshold - 1);

describe('two-way tables under the exact recovery attack', () => {
  it('protects 1 and 1 beside a 50, which lines alone leave to be worked out (52 − 50 = 2, so both are 1)', () => {
    const counts = [
      [1, 1, 50],
      [30, 40, 50],
    ];
    const table = applyDisclosureControl({ rowLabels: ['a', 'b'], columnLabels: ['p', 'q', 'r'], counts });
    const answers = attackTable(counts, table, 5);
    expect(table.body[0]?.[2]?.kind).toBe('suppressed');
    expect(recovered(answers)).toEqual([]);
    expect(narrowed(answers, 5)).toEqual([]);
  });

  it('leaves nothing to be worked out or narrowed in 150 seeded random tables', () => {
    let hidden = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const random = seededRandom(31_337 + seed);
      const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
      const width = int(1, 4);
      const counts = Array.from({ length: int(1, 4) }, () => Array.from({ length: width }, () => (random() < 0.2 ? 0 : random() < 0.4 ? int(1, 4) : int(5, 40))));
      const table = applyDisclosureControl({ rowLabels: counts.map((_, r) => String(r)), columnLabels: (counts[0] ?? []).map((_, c) => String(c)), counts });
      const answers = attackTable(counts, table, 5);
      hidden += answers.length;
      expect(recovered(answers), JSON.stringify(counts)).toEqual([]);
      expect(narrowed(answers, 5), JSON.stringify(counts)).toEqual([]);
    }
    // Worth checking only if the tables make the algorithm work.
    expect(hidden).toBeGreaterThan(300);
  }, 120_000);
});
