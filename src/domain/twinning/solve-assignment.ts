/**
 * The rectangular assignment problem: give each of n rows a different one of m ≥ n columns so the total
 * cost is least. The Hungarian algorithm with row and column potentials (Kuhn 1955, Munkres 1957; the
 * O(n²m) shortest-augmenting-path form, e.g. Jonker & Volgenant 1987), docs/methodology.md §11.7.
 * Costs must be finite. Among equally cheap assignments the result is fixed by row and column order.
 * @example solveAssignment([[1, 2], [1.5, 10]]) → { columnOfRow: [1, 0], total: 3.5 }
 */
export function solveAssignment(cost: readonly (readonly number[])[]): { columnOfRow: number[]; total: number } {
  const n = cost.length;
  const m = n === 0 ? 0 : (cost[0]?.length ?? 0);
  if (n > m) throw new Error(`Cannot give ${String(n)} rows a different column each from only ${String(m)} columns`);
  for (const row of cost) {
    if (row.length !== m || row.some((c) => !Number.isFinite(c))) throw new Error('Every row of the cost matrix must have the same number of finite costs');
  }
  // 1-based, with row 0 and column 0 as the algorithm's sentinels.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfColumn = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i += 1) {
    rowOfColumn[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfColumn[j0] ?? 0;
      const costRow = cost[i0 - 1] ?? [];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j += 1) {
        if (used[j] === 1) continue;
        const reduced = (costRow[j - 1] ?? 0) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (reduced < (minv[j] ?? Infinity)) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if ((minv[j] ?? Infinity) < delta) {
          delta = minv[j] ?? Infinity;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j += 1) {
        if (used[j] === 1) {
          const r = rowOfColumn[j] ?? 0;
          u[r] = (u[r] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else minv[j] = (minv[j] ?? 0) - delta;
      }
      j0 = j1;
    } while ((rowOfColumn[j0] ?? 0) !== 0);
    do {
      const j1 = way[j0] ?? 0;
      rowOfColumn[j0] = rowOfColumn[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }
  const columnOfRow = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j += 1) {
    const r = rowOfColumn[j] ?? 0;
    if (r > 0) columnOfRow[r - 1] = j - 1;
  }
  const total = columnOfRow.reduce((sum, j, i) => sum + (cost[i]?.[j] ?? 0), 0);
  return { columnOfRow, total };
}

/**
 * The greedy answer to the same problem, for comparison: repeatedly take the cheapest remaining
 * (row, column) pair whose row and column are both free, ties by row then column. Never cheaper than
 * `solveAssignment`, and sometimes dearer: [[1, 2], [1.5, 10]] → rows take columns 0 and 1, total 11.
 */
export function greedyAssignment(cost: readonly (readonly number[])[]): { columnOfRow: number[]; total: number } {
  const n = cost.length;
  const m = n === 0 ? 0 : (cost[0]?.length ?? 0);
  if (n > m) throw new Error(`Cannot give ${String(n)} rows a different column each from only ${String(m)} columns`);
  const pairs: { i: number; j: number; c: number }[] = [];
  cost.forEach((row, i) => {
    row.forEach((c, j) => pairs.push({ i, j, c }));
  });
  pairs.sort((a, b) => a.c - b.c || a.i - b.i || a.j - b.j);
  const columnOfRow = new Array<number>(n).fill(-1);
  const taken = new Uint8Array(m);
  let left = n;
  for (const { i, j } of pairs) {
    if (left === 0) break;
    if (columnOfRow[i] !== -1 || taken[j] === 1) continue;
    columnOfRow[i] = j;
    taken[j] = 1;
    left -= 1;
  }
  const total = columnOfRow.reduce((sum, j, i) => sum + (cost[i]?.[j] ?? 0), 0);
  return { columnOfRow, total };
}
