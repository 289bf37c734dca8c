import { maximise, type LpRow } from './simplex.ts';

/**
 * An exact recovery attack on published counts, written independently of the code it attacks.
 *
 * The attacker's unknowns are whole, non-negative finest counts (for careers coverage: one school year
 * group × FSM or not × reached the target or not, for each rule asked for). Everything published becomes a
 * linear constraint with coefficients ±1 on them: a shown count is an equality, a hidden one a lower bound
 * (the published rules show every zero, so a `c` is at least 1), and the same pupils under two rules give
 * equalities between the rules' unknowns. For each quantity it is asked about, the attack finds the exact
 * interval of values some whole-number solution allows, with a complete branch-and-bound search (bounds
 * propagation, then splitting a domain in two), so "one value" really means recovered, never a guess. The
 * search throws rather than answer when it would run past its budget: an attack that gave up must not read
 * as a table that is safe.
 */

export interface LinearConstraint {
  readonly plus: readonly number[];
  readonly minus?: readonly number[];
  /** Other whole-number coefficients: (unknown, coefficient), added to `plus` and `minus`. */
  readonly terms?: readonly (readonly [number, number])[];
  readonly low: number;
  readonly high: number;
}

export interface AttackQuestion {
  readonly label: string;
  /** The unknowns the quantity adds up. */
  readonly members: readonly number[];
  /** The true value, known to the test (to centre the search), never used as a constraint. */
  readonly truth: number;
  /** How far either side of the truth to look (default the attack's `reach`). */
  readonly reach?: number;
}

export interface AttackAnswer {
  readonly label: string;
  readonly truth: number;
  /** Lowest and highest values any solution allows, each capped the question's reach away from the truth. */
  readonly low: number;
  readonly high: number;
}

export interface AttackModel {
  readonly unknowns: number;
  readonly constraints: readonly LinearConstraint[];
  /** The true finest counts: checked against every constraint first, so a wrong model fails loudly. */
  readonly truth: readonly number[];
}

const UNBOUNDED = 1_000_000_000;


/**
 * Bounds each question's value: exact up to `reach` either side of the truth (further than that is
 * reported as `truth ± reach`, enough to tell a protected count from a recovered one).
 */
export function attack(model: AttackModel, questions: readonly AttackQuestion[], options: { reach: number; nodeBudget?: number }): AttackAnswer[] {
  checkTruth(model);
  const solver = new Solver(model, options.nodeBudget ?? 20_000);
  return questions.map((q) => {
    const reach = q.reach ?? options.reach;
    // Solutions already found answer many questions at once; search only beyond them.
    const high = solver.extreme(q.members, 1, Math.max(q.truth, solver.best(q.members, 1)), q.truth + reach);
    const low = -solver.extreme(q.members, -1, Math.max(-q.truth, solver.best(q.members, -1)), -Math.max(0, q.truth - reach));
    return { label: q.label, truth: q.truth, low: Math.max(low, q.truth - reach), high: Math.min(high, q.truth + reach) };
  });
}

function checkTruth(model: AttackModel): void {
  if (model.truth.length !== model.unknowns) throw new Error(`The truth has ${model.truth.length} values for ${model.unknowns} unknowns`);
  model.constraints.forEach((c, i) => {
    const value =
      c.plus.reduce((s, j) => s + (model.truth[j] ?? NaN), 0) -
      (c.minus ?? []).reduce((s, j) => s + (model.truth[j] ?? NaN), 0) +
      (c.terms ?? []).reduce((s, [j, w]) => s + w * (model.truth[j] ?? NaN), 0);
    if (!(value >= c.low && value <= c.high)) throw new Error(`Constraint ${i} does not hold for the true counts (${value} not in ${c.low}…${c.high}): the attack's model is wrong`);
  });
}

interface Row {
  readonly vars: readonly number[];
  readonly signs: readonly number[];
  readonly low: number;
  readonly high: number;
}

/**
 * Branch and bound over whole numbers: bounds propagation, then the linear relaxation (simplex) to prune,
 * then a split on a fractional unknown. An optimum is only ever taken from a whole-number point checked
 * exactly against every constraint.
 */
class Solver {
  private readonly rows: Row[];
  private readonly rowsOf: number[][];
  /** Whole-number solutions found so far, each checked against every constraint. */
  private readonly pool: number[][] = [];

  constructor(
    private readonly model: AttackModel,
    private readonly budget: number,
  ) {
    this.rows = dedupe(model.constraints.map(toRow));
    this.rowsOf = Array.from({ length: model.unknowns }, () => []);
    this.rows.forEach((row, r) => {
      for (const v of row.vars) this.rowsOf[v]?.push(r);
    });
  }

  /** The largest value of sign × (sum of members) among the solutions found so far (−Infinity with none). */
  best(members: readonly number[], sign: 1 | -1): number {
    let best = -Infinity;
    for (const point of this.pool) best = Math.max(best, members.reduce((s, m) => s + sign * (point[m] ?? 0), 0));
    return best;
  }

  /**
   * The largest value of sign × (sum of members) over whole-number solutions, stopping early at `cap`;
   * `known` is a value some solution reaches (the truth's).
   */
  extreme(members: readonly number[], sign: 1 | -1, known: number, cap: number): number {
    let best = known;
    if (best >= cap) return cap;
    const objective = new Map(members.map((m) => [m, sign] as const));
    const stack: [number[], number[]][] = [[new Array<number>(this.model.unknowns).fill(0), new Array<number>(this.model.unknowns).fill(UNBOUNDED)]];
    let nodes = 0;
    while (stack.length > 0) {
      const [low, high] = stack.pop() ?? [[], []];
      nodes += 1;
      if (nodes > this.budget) throw new Error(`The attack ran past its budget of ${this.budget} branch-and-bound nodes: make the tables smaller`);
      if (!propagate(this.rows, this.rowsOf, low, high)) continue;
      const relaxed = this.relax(low, high, objective);
      if (relaxed === null) continue;
      // Unbounded with a whole-number point in reach: the value can grow without limit.
      if (relaxed === 'unbounded') return cap;
      if (Math.floor(relaxed.value + 1e-6) <= best) continue;
      let branch = -1;
      let worst = 1e-6;
      relaxed.x.forEach((x, v) => {
        const f = Math.abs(x - Math.round(x));
        if (f > worst) {
          worst = f;
          branch = v;
        }
      });
      if (branch === -1) {
        const point = Array.from(relaxed.x, (x) => Math.round(x));
        if (!this.satisfies(point, low, high)) throw new Error('The relaxation gave a whole-number point that breaks a constraint: numerical trouble');
        this.pool.push(point);
        best = Math.max(best, members.reduce((s, m) => s + sign * (point[m] ?? 0), 0));
        if (best >= cap) return cap;
        continue;
      }
      const x = relaxed.x[branch] ?? 0;
      const down: [number[], number[]] = [[...low], [...high]];
      const up: [number[], number[]] = [[...low], [...high]];
      down[1][branch] = Math.floor(x);
      up[0][branch] = Math.ceil(x);
      stack.push(down, up);
    }
    return best;
  }

  /** The relaxation over the unknowns not yet fixed, or null when it has no solution. */
  private relax(low: readonly number[], high: readonly number[], objective: ReadonlyMap<number, number>): { value: number; x: number[] } | 'unbounded' | null {
    const free: number[] = [];
    const position = new Map<number, number>();
    low.forEach((l, v) => {
      if ((high[v] ?? 0) > l) {
        position.set(v, free.length);
        free.push(v);
      }
    });
    const rows: LpRow[] = [];
    for (const row of this.rows) {
      let fixed = 0;
      const vars: number[] = [];
      const coefs: number[] = [];
      row.vars.forEach((v, i) => {
        const p = position.get(v);
        if (p === undefined) fixed += (row.signs[i] ?? 1) * (low[v] ?? 0);
        else {
          vars.push(p);
          coefs.push(row.signs[i] ?? 1);
        }
      });
      // Rows scaled to coefficients of at most 1, so the floating-point relaxation stays well conditioned.
      const scale = Math.max(...coefs.map(Math.abs));
      if (vars.length > 0) {
        rows.push({
          vars,
          coefs: coefs.map((c) => c / scale),
          low: row.low <= -UNBOUNDED ? -Infinity : (row.low - fixed) / scale,
          high: row.high >= UNBOUNDED ? Infinity : (row.high - fixed) / scale,
        });
      }
    }
    const lpObjective = new Map<number, number>();
    let constant = 0;
    for (const [v, c] of objective) {
      const p = position.get(v);
      if (p === undefined) constant += c * (low[v] ?? 0);
      else lpObjective.set(p, c);
    }
    const result = maximise(
      free.length,
      rows,
      free.map((v) => low[v] ?? 0),
      free.map((v) => ((high[v] ?? 0) >= UNBOUNDED ? Infinity : (high[v] ?? 0))),
      lpObjective,
    );
    if (result.status === 'infeasible') return null;
    if (result.status === 'unbounded') return 'unbounded';
    const x = [...low];
    free.forEach((v, p) => {
      x[v] = result.x[p] ?? 0;
    });
    return { value: result.value + constant, x };
  }

  private satisfies(point: readonly number[], low: readonly number[], high: readonly number[]): boolean {
    if (point.some((x, v) => x < (low[v] ?? 0) || x > (high[v] ?? 0))) return false;
    return this.rows.every((row) => {
      const value = row.vars.reduce((s, v, i) => s + (row.signs[i] ?? 1) * (point[v] ?? 0), 0);
      return value >= row.low && value <= row.high;
    });
  }
}
/** One row per set of unknowns and coefficients, with the tightest bounds given for it. */
function dedupe(rows: readonly Row[]): Row[] {
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    const order = row.vars.map((v, i) => [v, row.signs[i] ?? 1] as const).sort((a, b) => a[0] - b[0]);
    const key = order.map(([v, s]) => `${String(s)}*${String(v)}`).join(' ');
    const seen = byKey.get(key);
    const sorted = { vars: order.map(([v]) => v), signs: order.map(([, s]) => s) };
    byKey.set(key, seen === undefined ? { ...sorted, low: row.low, high: row.high } : { ...sorted, low: Math.max(seen.low, row.low), high: Math.min(seen.high, row.high) });
  }
  return [...byKey.values()];
}

function toRow(c: LinearConstraint): Row {
  const vars = [...c.plus, ...(c.minus ?? []), ...(c.terms ?? []).map(([v]) => v)];
  const signs = [...c.plus.map(() => 1), ...(c.minus ?? []).map(() => -1), ...(c.terms ?? []).map(([, w]) => w)];
  if (new Set(vars).size !== vars.length) throw new Error('A constraint names an unknown twice');
  return { vars, signs, low: c.low, high: c.high };
}

/** Bounds consistency on every row until nothing changes; false when some row cannot hold. Coefficients may be any whole numbers. */
function propagate(rows: readonly Row[], rowsOf: readonly number[][], low: number[], high: number[]): boolean {
  const queue = rows.map((_, r) => r);
  const queued = new Array<boolean>(rows.length).fill(true);
  const termLow = (w: number, v: number) => (w > 0 ? w * (low[v] ?? 0) : w * (high[v] ?? 0));
  const termHigh = (w: number, v: number) => (w > 0 ? w * (high[v] ?? 0) : w * (low[v] ?? 0));
  while (queue.length > 0) {
    const r = queue.pop() ?? 0;
    queued[r] = false;
    const row = rows[r];
    if (row === undefined) continue;
    let minSum = 0;
    let maxSum = 0;
    row.vars.forEach((v, i) => {
      const w = row.signs[i] ?? 1;
      minSum += termLow(w, v);
      maxSum += termHigh(w, v);
    });
    if (minSum > row.high || maxSum < row.low) return false;
    for (const [i, v] of row.vars.entries()) {
      const w = row.signs[i] ?? 1;
      const newTermMax = row.high - (minSum - termLow(w, v));
      const newTermMin = row.low - (maxSum - termHigh(w, v));
      // term = w × x: whole-number x within [newTermMin, newTermMax] / w.
      const newLow = w > 0 ? Math.ceil(newTermMin / w) : Math.ceil(newTermMax / w);
      const newHigh = w > 0 ? Math.floor(newTermMax / w) : Math.floor(newTermMin / w);
      if (newLow > (low[v] ?? 0) || newHigh < (high[v] ?? 0)) {
        low[v] = Math.max(low[v] ?? 0, newLow);
        high[v] = Math.min(high[v] ?? 0, newHigh);
        if ((low[v] ?? 0) > (high[v] ?? 0)) return false;
        for (const other of rowsOf[v] ?? []) {
          if (!queued[other]) {
            queued[other] = true;
            queue.push(other);
          }
        }
      }
    }
  }
  return true;
}
