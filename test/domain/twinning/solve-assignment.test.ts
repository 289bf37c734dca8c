import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/social-mobility-index/index.ts';
import { greedyAssignment, solveAssignment } from '../../../src/domain/twinning/index.ts';

/** Every way of giving each row a different column, cheapest total: the answer checked against. */
function bruteForce(cost: readonly (readonly number[])[]): number {
  const n = cost.length;
  const m = cost[0]?.length ?? 0;
  let best = Infinity;
  const used = new Array<boolean>(m).fill(false);
  const walk = (i: number, sum: number): void => {
    if (sum >= best) return;
    if (i === n) {
      best = sum;
      return;
    }
    for (let j = 0; j < m; j += 1) {
      if (used[j] === true) continue;
      used[j] = true;
      walk(i + 1, sum + (cost[i]?.[j] ?? 0));
      used[j] = false;
    }
  };
  walk(0, 0);
  return best;
}

function randomCost(seed: number): number[][] {
  const random = seededRandom(seed);
  const n = 1 + Math.floor(random() * 5);
  const m = n + Math.floor(random() * 3);
  // Some cases with few distinct costs, so ties are common; some with k copies of a row.
  const coarse = seed % 3 === 0;
  const rows = Array.from({ length: n }, () => Array.from({ length: m }, () => (coarse ? Math.floor(random() * 4) : Math.round(random() * 1000) / 100)));
  if (seed % 4 === 0 && n >= 2 && rows[0] !== undefined) rows[1] = [...rows[0]];
  return rows;
}

describe('assignment: Hungarian algorithm against greedy', () => {
  it('beats greedy on a hand-made case where the cheapest pair first is a trap', () => {
    // Row 0 is cheapest with column 0 (1), so greedy takes it and leaves row 1 column 1 (10): total 11.
    // Optimal gives row 0 column 1 (2) and row 1 column 0 (1.5): total 3.5.
    const cost = [[1, 2], [1.5, 10]];
    expect(greedyAssignment(cost)).toEqual({ columnOfRow: [0, 1], total: 11 });
    expect(solveAssignment(cost)).toEqual({ columnOfRow: [1, 0], total: 3.5 });
  });

  it('handles a rectangular matrix, leaving the dearest columns unused', () => {
    expect(solveAssignment([[4, 1, 3], [2, 0, 5]])).toEqual({ columnOfRow: [1, 0], total: 3 });
    expect(solveAssignment([])).toEqual({ columnOfRow: [], total: 0 });
  });

  it('refuses more rows than columns and costs that are not finite', () => {
    expect(() => solveAssignment([[1], [2]])).toThrow('Cannot give 2 rows a different column each from only 1 columns');
    expect(() => solveAssignment([[1, Infinity]])).toThrow('finite');
  });

  it.each(Array.from({ length: 200 }, (_, i) => i + 1))('seed %i: optimal equals brute force and is never worse than greedy', (seed) => {
    const cost = randomCost(seed);
    const optimal = solveAssignment(cost);
    const greedy = greedyAssignment(cost);
    expect(new Set(optimal.columnOfRow).size).toBe(cost.length);
    expect(optimal.columnOfRow.every((j) => j >= 0)).toBe(true);
    expect(optimal.total).toBeCloseTo(bruteForce(cost), 9);
    expect(optimal.total).toBeLessThanOrEqual(greedy.total + 1e-9);
  });
});
