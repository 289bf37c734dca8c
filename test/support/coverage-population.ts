import type { CoverageLeaf } from './coverage-attack.ts';

/** mulberry32: a small seeded generator, so every run checks the same populations. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PopulationShape {
  readonly schools: number;
  readonly yearGroups: readonly number[];
  /** Pupils per year group: the smallest and largest. */
  readonly pupils: readonly [number, number];
  /** Share of pupils eligible for free school meals. */
  readonly fsmShare: number;
  /**
   * Targets 1 … targets: reached[t − 1] is how many have at least t encounters; then one more rule, target
   * `eachYearTarget` with one encounter in every secondary year (each pupil has had one every year with
   * probability a half), whose reached never exceeds that target's.
   */
  readonly targets: number;
  readonly eachYearTarget?: number;
  /** Mean encounters per pupil (each pupil gets 0 to twice this, uniformly). */
  readonly meanEncounters: number;
  /** Districts the schools are spread over, in turn. */
  readonly districts?: readonly string[];
}

/** Rules ordered so that everyone reaching the second reaches the first (for the attack): targets t, t + 1; target t, then t each year. */
export function orderedRules(shape: PopulationShape): [number, number][] {
  const pairs: [number, number][] = Array.from({ length: shape.targets - 1 }, (_, t) => [t, t + 1]);
  if (shape.eachYearTarget !== undefined) pairs.push([shape.eachYearTarget - 1, shape.targets]);
  return pairs;
}

/** How many rules a population's reached counts hold. */
export function ruleCount(shape: PopulationShape): number {
  return shape.targets + (shape.eachYearTarget === undefined ? 0 : 1);
}

/**
 * A seeded population of pupils by school year group and FSM status, each pupil with a number of
 * encounters, so the reached counts for targets 1, 2, … never rise, as real ones cannot.
 * `randomPopulation(1, { schools: 2, yearGroups: [9, 10], pupils: [3, 12], fsmShare: 0.3, targets: 4, meanEncounters: 2 })`.
 */
export function randomPopulation(seed: number, shape: PopulationShape): CoverageLeaf[] {
  const random = seededRandom(seed);
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const reached = (pupils: number) => {
    const encounters = Array.from({ length: pupils }, () => ({ count: int(0, Math.round(2 * shape.meanEncounters)), everyYear: random() < 0.5 }));
    const byTarget = Array.from({ length: shape.targets }, (_, t) => encounters.filter((e) => e.count >= t + 1).length);
    const eachYear = shape.eachYearTarget === undefined ? [] : [encounters.filter((e) => e.everyYear && e.count >= (shape.eachYearTarget ?? 0)).length];
    return [...byTarget, ...eachYear];
  };
  const leaves: CoverageLeaf[] = [];
  for (let s = 0; s < shape.schools; s++) {
    for (const yearGroup of shape.yearGroups) {
      const pupils = int(shape.pupils[0], shape.pupils[1]);
      let fsm = 0;
      for (let p = 0; p < pupils; p++) if (random() < shape.fsmShare) fsm += 1;
      const districts = shape.districts ?? ['E06000009'];
      leaves.push({
        school: String(100_001 + s),
        district: districts[s % districts.length] ?? 'E06000009',
        yearGroup,
        fsm: { pupils: fsm, reached: reached(fsm) },
        other: { pupils: pupils - fsm, reached: reached(pupils - fsm) },
      });
    }
  }
  return leaves;
}
