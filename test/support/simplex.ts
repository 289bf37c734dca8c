/**
 * A small dense two-phase simplex for the recovery attack: maximise c·x subject to rows of the form
 * lower ≤ a·x ≤ upper and 0 ≤ x ≤ cap. Enough for a few hundred unknowns with coefficients ±1, which is
 * what published tables give. Floating point, with tolerances: callers verify any whole-number answer
 * exactly before trusting it, and use the relaxation only to prune.
 */

export interface LpRow {
  readonly vars: readonly number[];
  readonly coefs: readonly number[];
  readonly low: number;
  readonly high: number;
}

export type LpResult = { readonly status: 'optimal'; readonly value: number; readonly x: Float64Array } | { readonly status: 'infeasible' } | { readonly status: 'unbounded' };

const EPS = 1e-9;
const INFINITE = 1e15;

/** Maximises `objective` over the rows with each x in [low, high] (high may be Infinity). */
export function maximise(unknowns: number, rows: readonly LpRow[], low: readonly number[], high: readonly number[], objective: ReadonlyMap<number, number>): LpResult {
  // Shift every unknown to x' = x − low ≥ 0; finite upper bounds become rows.
  const shifted: { vars: number[]; coefs: number[]; rhs: number; kind: 'le' | 'ge' | 'eq' }[] = [];
  let constant = 0;
  for (const [v, c] of objective) constant += c * (low[v] ?? 0);
  for (const row of rows) {
    const offset = row.vars.reduce((s, v, i) => s + (row.coefs[i] ?? 0) * (low[v] ?? 0), 0);
    const vars = [...row.vars];
    const coefs = [...row.coefs];
    if (row.low === row.high) shifted.push({ vars, coefs, rhs: row.low - offset, kind: 'eq' });
    else {
      if (row.high < INFINITE) shifted.push({ vars, coefs, rhs: row.high - offset, kind: 'le' });
      if (row.low > -INFINITE) shifted.push({ vars, coefs, rhs: row.low - offset, kind: 'ge' });
    }
  }
  for (let v = 0; v < unknowns; v++) {
    const h = high[v] ?? Infinity;
    if (h < INFINITE) shifted.push({ vars: [v], coefs: [1], rhs: h - (low[v] ?? 0), kind: 'le' });
  }
  // Make every right-hand side non-negative.
  for (const row of shifted) {
    if (row.rhs < 0) {
      row.rhs = -row.rhs;
      row.coefs = row.coefs.map((c) => -c);
      row.kind = row.kind === 'le' ? 'ge' : row.kind === 'ge' ? 'le' : 'eq';
    }
  }
  const m = shifted.length;
  const slackCount = shifted.filter((r) => r.kind !== 'eq').length;
  const artificialCount = shifted.filter((r) => r.kind !== 'le').length;
  const n = unknowns + slackCount + artificialCount;
  const width = n + 1;
  const t = new Float64Array((m + 1) * width);
  const basis = new Int32Array(m);
  let slack = unknowns;
  let artificial = unknowns + slackCount;
  const artificialStart = artificial;
  shifted.forEach((row, r) => {
    row.vars.forEach((v, i) => {
      t[r * width + v] = (t[r * width + v] ?? 0) + (row.coefs[i] ?? 0);
    });
    t[r * width + n] = row.rhs;
    if (row.kind === 'le') {
      t[r * width + slack] = 1;
      basis[r] = slack++;
    } else if (row.kind === 'ge') {
      t[r * width + slack++] = -1;
      t[r * width + artificial] = 1;
      basis[r] = artificial++;
    } else {
      t[r * width + artificial] = 1;
      basis[r] = artificial++;
    }
  });
  // Phase 1: minimise the artificial unknowns (maximise their negative sum).
  const obj = m * width;
  for (let j = 0; j < width; j++) t[obj + j] = 0;
  for (let r = 0; r < m; r++) {
    if ((basis[r] ?? 0) >= artificialStart) for (let j = 0; j < width; j++) t[obj + j] = (t[obj + j] ?? 0) - (t[r * width + j] ?? 0);
  }
  for (let a = artificialStart; a < n; a++) t[obj + a] = 0;
  if (!pivotToOptimum(t, basis, m, width, n)) return { status: 'unbounded' };
  if (-(t[obj + n] ?? 0) > 1e-7) return { status: 'infeasible' };
  // Drive remaining artificials out of the basis where possible.
  for (let r = 0; r < m; r++) {
    if ((basis[r] ?? 0) < artificialStart) continue;
    let col = -1;
    for (let j = 0; j < artificialStart; j++) if (Math.abs(t[r * width + j] ?? 0) > EPS) col = j;
    if (col >= 0) pivot(t, basis, m, width, r, col);
  }
  // Phase 2: the real objective, with artificial columns barred.
  for (let j = 0; j < width; j++) t[obj + j] = 0;
  for (const [v, c] of objective) t[obj + v] = -c;
  for (let r = 0; r < m; r++) {
    const b = basis[r] ?? 0;
    const coef = t[obj + b] ?? 0;
    if (coef !== 0) for (let j = 0; j < width; j++) t[obj + j] = (t[obj + j] ?? 0) - coef * (t[r * width + j] ?? 0);
  }
  if (!pivotToOptimum(t, basis, m, width, artificialStart)) return { status: 'unbounded' };
  const x = new Float64Array(unknowns);
  for (let r = 0; r < m; r++) {
    const b = basis[r] ?? 0;
    if (b < unknowns) x[b] = t[r * width + n] ?? 0;
  }
  for (let v = 0; v < unknowns; v++) x[v] = (x[v] ?? 0) + (low[v] ?? 0);
  return { status: 'optimal', value: (t[obj + n] ?? 0) + constant, x };
}

/** Pivots on the reduced costs of columns below `columns` until none improves; false if unbounded. */
function pivotToOptimum(t: Float64Array, basis: Int32Array, m: number, width: number, columns: number): boolean {
  const obj = m * width;
  const n = width - 1;
  for (let iteration = 0; iteration < 50_000; iteration++) {
    // Bland's rule: the first improving column and the first row of the minimum ratio; it cannot cycle.
    let col = -1;
    for (let j = 0; j < columns; j++) {
      if ((t[obj + j] ?? 0) < -EPS) {
        col = j;
        break;
      }
    }
    if (col === -1) return true;
    let row = -1;
    let best = Infinity;
    for (let r = 0; r < m; r++) {
      const a = t[r * width + col] ?? 0;
      if (a > EPS) {
        const ratio = (t[r * width + n] ?? 0) / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && (basis[r] ?? 0) < (basis[row] ?? Infinity))) {
          best = ratio;
          row = r;
        }
      }
    }
    if (row === -1) return false;
    pivot(t, basis, m, width, row, col);
  }
  throw new Error('The simplex did not finish in 50,000 pivots');
}

function pivot(t: Float64Array, basis: Int32Array, m: number, width: number, row: number, col: number): void {
  const p = t[row * width + col] ?? 1;
  // The pivot row is sparse: update only its non-zero columns in the other rows.
  const nonZero: number[] = [];
  for (let j = 0; j < width; j++) {
    const value = (t[row * width + j] ?? 0) / p;
    t[row * width + j] = value;
    if (value !== 0) nonZero.push(j);
  }
  for (let r = 0; r <= m; r++) {
    if (r === row) continue;
    const base = r * width;
    const f = t[base + col] ?? 0;
    if (f === 0) continue;
    for (const j of nonZero) t[base + j] = (t[base + j] ?? 0) - f * (t[row * width + j] ?? 0);
    t[base + col] = 0;
  }
  basis[row] = col;
}
