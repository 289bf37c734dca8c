import { err, ok, type Result } from '../shared/result.ts';
import {
  COMBINE_RULES,
  MISSING_RULES,
  POLARITIES,
  RECIPE_DEFAULTS,
  TRANSFORMS,
  type Banding,
  type IndicatorSpec,
  type Recipe,
  type StageSpec,
} from './recipe.ts';

/** One thing wrong with a recipe: `path` names the field (`stages[1].indicators[0].code`). */
export interface RecipeProblem {
  readonly path: string;
  readonly message: string;
}

/** `stages[0].indicators[1].weight: must be a number greater than 0` — the form shown to analysts. */
export function formatRecipeProblem(problem: RecipeProblem): string {
  return `${problem.path}: ${problem.message}`;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const quoted = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : value === undefined ? 'nothing' : JSON.stringify(value));

const oneOf = <T extends string>(allowed: readonly T[], value: unknown): value is T => typeof value === 'string' && (allowed as readonly string[]).includes(value);

/**
 * Checks untrusted recipe JSON against the indicators the platform knows, returning every problem at
 * once (never only the first), each naming its field path; missing optional fields take
 * `RECIPE_DEFAULTS`. Weights must be JSON numbers: the string "2" is refused, not coerced.
 *
 * @example
 * validateRecipe({ name: 'x', stages: [{ id: 'a', name: 'A', indicators: [{ code: 'xyz', polarity: 'higher_is_better' }] }] }, ['ks2'])
 * // → err([{ path: 'stages[0].indicators[0].code', message: 'unknown indicator "xyz"' }])
 */
export function validateRecipe(input: unknown, knownIndicatorCodes: Iterable<string>): Result<Recipe, RecipeProblem[]> {
  const known = new Set(knownIndicatorCodes);
  const problems: RecipeProblem[] = [];
  const problem = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  if (!isObject(input)) return err([{ path: '(recipe)', message: 'must be a JSON object' }]);

  const name = input.name;
  if (typeof name !== 'string' || name.trim() === '') problem('name', 'enter a name for the recipe');
  const description = input.description ?? RECIPE_DEFAULTS.description;
  if (typeof description !== 'string') problem('description', 'must be text');

  const stages: StageSpec[] = [];
  const seenCodes = new Map<string, string>();
  const seenStageIds = new Set<string>();
  if (!Array.isArray(input.stages) || input.stages.length === 0) {
    problem('stages', 'a recipe needs at least one stage');
  } else {
    input.stages.forEach((rawStage: unknown, s) => {
      const stagePath = `stages[${s}]`;
      if (!isObject(rawStage)) {
        problem(stagePath, 'must be an object with id, name and indicators');
        return;
      }
      const id = rawStage.id;
      if (typeof id !== 'string' || id.trim() === '') problem(`${stagePath}.id`, 'enter an id for the stage');
      else if (seenStageIds.has(id)) problem(`${stagePath}.id`, `duplicate stage id "${id}"`);
      else seenStageIds.add(id);
      const stageName = rawStage.name ?? id;
      if (typeof stageName !== 'string') problem(`${stagePath}.name`, 'must be text');
      const stageWeight = rawStage.weight ?? RECIPE_DEFAULTS.stageWeight;
      if (!isPositiveNumber(stageWeight)) problem(`${stagePath}.weight`, 'must be a number greater than 0');

      // Every weight must be greater than 0, so a stage's total weight can never be 0: a zero weight is
      // reported on the indicator itself, where it can be fixed.
      const indicators: IndicatorSpec[] = [];
      if (!Array.isArray(rawStage.indicators) || rawStage.indicators.length === 0) {
        problem(`${stagePath}.indicators`, 'a stage needs at least one indicator');
      } else {
        rawStage.indicators.forEach((rawIndicator: unknown, i) => {
          const path = `${stagePath}.indicators[${i}]`;
          const indicator = checkIndicator(rawIndicator, path, known, seenCodes, problem);
          if (indicator !== null) indicators.push(indicator);
        });
      }
      if (typeof id === 'string' && typeof stageName === 'string' && isPositiveNumber(stageWeight)) {
        stages.push({ id, name: stageName, weight: stageWeight, indicators });
      }
    });
  }

  const missing = input.missing ?? RECIPE_DEFAULTS.missing;
  if (!oneOf(MISSING_RULES, missing)) problem('missing', `must be one of ${MISSING_RULES.join(', ')}, not ${quoted(missing)}`);
  const combine = input.combine ?? RECIPE_DEFAULTS.combine;
  if (!oneOf(COMBINE_RULES, combine)) problem('combine', `must be one of ${COMBINE_RULES.join(', ')}, not ${quoted(combine)}`);
  const banding = checkBanding(input.banding ?? RECIPE_DEFAULTS.banding, problem);
  const bottomShare = checkShare(input.coldSpot, 'coldSpot', 'bottomShare', RECIPE_DEFAULTS.coldSpotBottomShare, problem);
  const topShare = checkShare(input.hotSpot, 'hotSpot', 'topShare', RECIPE_DEFAULTS.hotSpotTopShare, problem);
  const exclusions = input.exclusions ?? RECIPE_DEFAULTS.exclusions;
  const exclusionCodes = Array.isArray(exclusions) && exclusions.every((code): code is string => typeof code === 'string') ? exclusions : null;
  if (exclusionCodes === null) problem('exclusions', 'must be a list of area codes');
  const edition = input.edition;
  if (edition !== undefined && !(typeof edition === 'number' && Number.isInteger(edition) && edition >= 2000 && edition <= 2100)) {
    problem('edition', 'must be the year of the published index, like 2016');
  }

  if (problems.length > 0 || typeof name !== 'string' || typeof description !== 'string' || !oneOf(MISSING_RULES, missing) || !oneOf(COMBINE_RULES, combine) || banding === null || bottomShare === null || topShare === null || exclusionCodes === null) {
    return err(problems);
  }
  const recipe: Recipe = { name, description, stages, missing, combine, banding, coldSpot: { bottomShare }, hotSpot: { topShare }, exclusions: exclusionCodes };
  return ok(typeof edition === 'number' ? { ...recipe, edition } : recipe);
}

function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function checkIndicator(raw: unknown, path: string, known: ReadonlySet<string>, seenCodes: Map<string, string>, problem: (path: string, message: string) => void): IndicatorSpec | null {
  if (!isObject(raw)) {
    problem(path, 'must be an object with code, polarity and weight');
    return null;
  }
  const { code, polarity } = raw;
  const weight = raw.weight ?? RECIPE_DEFAULTS.indicatorWeight;
  const transform = raw.transform ?? RECIPE_DEFAULTS.transform;
  let good = true;
  if (typeof code !== 'string' || code === '') {
    problem(`${path}.code`, 'enter an indicator code');
    good = false;
  } else if (!known.has(code)) {
    problem(`${path}.code`, `unknown indicator ${quoted(code)}`);
    good = false;
  } else {
    const earlier = seenCodes.get(code);
    if (earlier !== undefined) {
      problem(`${path}.code`, `duplicate indicator "${code}": already used at ${earlier}`);
      good = false;
    } else seenCodes.set(code, path);
  }
  if (!oneOf(POLARITIES, polarity)) {
    problem(`${path}.polarity`, `must be one of ${POLARITIES.join(', ')}, not ${quoted(polarity)}`);
    good = false;
  }
  if (!isPositiveNumber(weight)) {
    problem(`${path}.weight`, `must be a number greater than 0, not ${quoted(weight)}`);
    good = false;
  }
  if (!oneOf(TRANSFORMS, transform)) {
    problem(`${path}.transform`, `must be one of ${TRANSFORMS.join(', ')}, not ${quoted(transform)}`);
    good = false;
  }
  if (!good || typeof code !== 'string' || !oneOf(POLARITIES, polarity) || !isPositiveNumber(weight) || !oneOf(TRANSFORMS, transform)) return null;
  return { code, polarity, weight, transform };
}

function checkBanding(raw: unknown, problem: (path: string, message: string) => void): Banding | null {
  if (!isObject(raw)) {
    problem('banding', 'must be an object with a kind');
    return null;
  }
  switch (raw.kind) {
    case 'quantiles': {
      const count = raw.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 2) {
        problem('banding.count', 'must be a whole number of at least 2');
        return null;
      }
      return { kind: 'quantiles', count };
    }
    case 'sextiles':
      return { kind: 'sextiles' };
    case 'thresholds': {
      const bounds = raw.upperBounds;
      if (!Array.isArray(bounds) || bounds.length === 0 || !bounds.every((b) => typeof b === 'number' && Number.isFinite(b))) {
        problem('banding.upperBounds', 'must be a list of at least one number');
        return null;
      }
      const numbers = bounds as number[];
      if (numbers.some((b, i) => i > 0 && b <= (numbers[i - 1] ?? -Infinity))) {
        problem('banding.upperBounds', 'must be in ascending order with no repeats');
        return null;
      }
      return { kind: 'thresholds', upperBounds: numbers };
    }
    default:
      problem('banding.kind', `must be one of quantiles, sextiles, thresholds, not ${quoted(raw.kind)}`);
      return null;
  }
}

function checkShare(raw: unknown, field: string, key: string, fallback: number, problem: (path: string, message: string) => void): number | null {
  if (raw === undefined) return fallback;
  if (!isObject(raw)) {
    problem(field, `must be an object with ${key}`);
    return null;
  }
  const share = raw[key] ?? fallback;
  if (typeof share !== 'number' || !(share >= 0 && share <= 1)) {
    problem(`${field}.${key}`, 'must be a number from 0 to 1');
    return null;
  }
  return share;
}
