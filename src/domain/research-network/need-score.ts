import { err, ok, type Result } from '../shared/result.ts';
import { percentileRanks } from '../social-mobility-index/index.ts';

/** The parts of a school's need score, each a percentile within the school's phase. */
export const NEED_COMPONENTS = ['fsm', 'fsmEver6', 'attainment', 'deprivation'] as const;
export type NeedComponent = (typeof NEED_COMPONENTS)[number];

export type NeedWeights = Readonly<Record<NeedComponent, number>>;

/** FSM now and ever-6 weigh most, then attainment, then the district's deprivation (§14.1). */
export const DEFAULT_NEED_WEIGHTS: NeedWeights = { fsm: 0.3, fsmEver6: 0.2, attainment: 0.3, deprivation: 0.2 };

/** A school is high-need at this need score or above by default: about the top fifth of its phase (§14.1). */
export const DEFAULT_HIGH_NEED_SCORE = 80;

/** What is known about one school; null where not published or withheld. */
export interface NeedInput {
  readonly urn: number;
  readonly phase: string;
  /** Pupils eligible for free school meals, as a percentage of pupils. */
  readonly pctFsm: number | null;
  readonly pctFsmEver6: number | null;
  /** KS2: percentage reaching the expected standard in reading, writing and maths. */
  readonly ks2Attainment: number | null;
  /** KS4: average Attainment 8 score. */
  readonly ks4Attainment: number | null;
  /** The district's average IMD score (higher is more deprived). */
  readonly areaDeprivation: number | null;
}

export interface NeedPart {
  readonly component: NeedComponent;
  /** The figure the percentile was taken of (for attainment, the KS2 or KS4 figure, KS2 first). */
  readonly value: number | null;
  /** 0 to 100, higher meaning more need; null when the figure is missing. */
  readonly percentile: number | null;
  readonly weight: number;
  /** weight × percentile ÷ the sum of the weights of the parts present. */
  readonly contribution: number | null;
}

export interface NeedScore {
  readonly urn: number;
  readonly phase: string;
  /** 0 to 100; null when no part is known. */
  readonly score: number | null;
  readonly parts: readonly NeedPart[];
}

/** Checks weights: each finite and not negative, and at least one above zero. */
export function validateNeedWeights(weights: Partial<Record<string, number>>): Result<NeedWeights, string> {
  const unknown = Object.keys(weights).filter((k) => !(NEED_COMPONENTS as readonly string[]).includes(k));
  if (unknown.length > 0) return err(`Unknown need component "${unknown[0] ?? ''}": use ${NEED_COMPONENTS.join(', ')}`);
  const merged = { ...DEFAULT_NEED_WEIGHTS, ...weights } as Record<NeedComponent, number>;
  for (const c of NEED_COMPONENTS) {
    if (!Number.isFinite(merged[c]) || merged[c] < 0) return err(`The weight for ${c} must be a number of 0 or more`);
  }
  if (NEED_COMPONENTS.every((c) => merged[c] === 0)) return err('At least one weight must be above 0');
  return ok(merged);
}

/** Percentiles of `values` within each phase; `invert` turns "higher is better" into "higher is more need". */
function percentilesWithinPhase(schools: readonly NeedInput[], values: readonly (number | null)[], invert: boolean): (number | null)[] {
  const byPhase = new Map<string, number[]>();
  schools.forEach((s, i) => {
    const list = byPhase.get(s.phase) ?? [];
    list.push(i);
    byPhase.set(s.phase, list);
  });
  const result: (number | null)[] = schools.map(() => null);
  for (const indices of byPhase.values()) {
    const ranks = percentileRanks(indices.map((i) => values[i] ?? null));
    indices.forEach((at, k) => {
      const p = ranks[k] ?? null;
      result[at] = p === null ? null : invert ? 100 - p : p;
    });
  }
  return result;
}

/**
 * Each school's need score: the weighted mean of its parts' percentiles within its phase, over the parts
 * it has, so a school missing one figure is scored on the rest (docs/methodology.md §14.1). Attainment is
 * KS2 and KS4 need-percentiles averaged where a school has both. Two primaries with FSM 10% and 40% and
 * nothing else → scores 0 and 100.
 */
export function computeNeedScores(schools: readonly NeedInput[], weights: NeedWeights = DEFAULT_NEED_WEIGHTS): NeedScore[] {
  const fsm = percentilesWithinPhase(schools, schools.map((s) => s.pctFsm), false);
  const ever6 = percentilesWithinPhase(schools, schools.map((s) => s.pctFsmEver6), false);
  const ks2 = percentilesWithinPhase(schools, schools.map((s) => s.ks2Attainment), true);
  const ks4 = percentilesWithinPhase(schools, schools.map((s) => s.ks4Attainment), true);
  const deprivation = percentilesWithinPhase(schools, schools.map((s) => s.areaDeprivation), false);
  return schools.map((s, i) => {
    const k2 = ks2[i] ?? null;
    const k4 = ks4[i] ?? null;
    const attainment = k2 !== null && k4 !== null ? (k2 + k4) / 2 : (k2 ?? k4);
    const raw: [NeedComponent, number | null, number | null][] = [
      ['fsm', s.pctFsm, fsm[i] ?? null],
      ['fsmEver6', s.pctFsmEver6, ever6[i] ?? null],
      ['attainment', s.ks2Attainment ?? s.ks4Attainment, attainment],
      ['deprivation', s.areaDeprivation, deprivation[i] ?? null],
    ];
    const weightPresent = raw.reduce((sum, [c, , p]) => (p === null ? sum : sum + weights[c]), 0);
    const parts: NeedPart[] = raw.map(([component, value, percentile]) => ({
      component,
      value,
      percentile,
      weight: weights[component],
      contribution: percentile === null || weightPresent === 0 ? null : (weights[component] * percentile) / weightPresent,
    }));
    const score = weightPresent === 0 ? null : parts.reduce((sum, p) => sum + (p.contribution ?? 0), 0);
    return { urn: s.urn, phase: s.phase, score, parts };
  });
}
