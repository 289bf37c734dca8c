/**
 * The API reports what stops a recipe being calculated in its validator's words, a path and a message
 * (`stages[0].indicators[0].code: unknown indicator "ks4_attainment8"`). Those words never reach a user: an
 * indicator that is not loaded is a fact about this installation (the page says how to load it), and any
 * other problem is said in the words of the editor's own fields.
 */
export interface RecipeProblems {
  /** Codes of the indicators the recipe uses that are not loaded, in the recipe's order, each once. */
  readonly missingIndicators: readonly string[];
  /** Every other problem, in plain words: "School, indicator 2: weight must be a number greater than 0". */
  readonly others: readonly string[];
}

export interface ValidatorProblem {
  readonly path: string;
  readonly message: string;
}

const PROBLEM = /^([A-Za-z][\w.[\]]*): (.+)$/s;
const UNKNOWN_INDICATOR = /^unknown indicator "([^"]+)"$/;
const FIELD_WORDS: Readonly<Record<string, string>> = {
  code: 'indicator',
  polarity: 'direction',
  weight: 'weight',
  transform: 'transform',
  name: 'name',
  description: 'description',
  id: 'id',
  indicators: 'indicators',
  stages: 'stages',
  banding: 'bands',
  missing: 'rule for missing figures',
  combine: 'rule for combining stages',
  coldSpot: 'cold spots',
  bottomShare: 'share of districts that are cold spots',
};

/** The API's message for a whole recipe, "a: x; b: y", as its problems; a message without paths is one problem with an empty path. */
export function splitRecipeMessage(message: string): ValidatorProblem[] {
  return message.split('; ').map((part) => {
    const match = PROBLEM.exec(part);
    return match === null ? { path: '', message: part } : { path: match[1] ?? '', message: match[2] ?? '' };
  });
}

/** Sorts a recipe's problems into indicators not loaded and the rest in plain words, naming stages by `stageNames` where known. */
export function readRecipeProblems(problems: readonly ValidatorProblem[], stageNames: readonly string[] = []): RecipeProblems {
  const missing: string[] = [];
  const others: string[] = [];
  for (const { path, message } of problems) {
    const unknown = UNKNOWN_INDICATOR.exec(message);
    if (unknown?.[1] !== undefined) {
      if (!missing.includes(unknown[1])) missing.push(unknown[1]);
      continue;
    }
    const where = describePath(path.replace(/^recipe\./, ''), stageNames);
    others.push(where === '' ? capitalise(message) : `${where}: ${message}`);
  }
  return { missingIndicators: missing, others };
}

/** `stages[1].indicators[0].weight` → "Youth, indicator 1, weight" (or "Stage 2, …" without names). */
function describePath(path: string, stageNames: readonly string[]): string {
  if (path === '') return '';
  const words: string[] = [];
  for (const segment of path.split('.')) {
    const indexed = /^(\w+)\[(\d+)\]$/.exec(segment);
    if (indexed !== null) {
      const position = Number(indexed[2]);
      if (indexed[1] === 'stages') words.push(stageNames[position] ?? `Stage ${String(position + 1)}`);
      else if (indexed[1] === 'indicators') words.push(`indicator ${String(position + 1)}`);
      else words.push(`${FIELD_WORDS[indexed[1] ?? ''] ?? indexed[1] ?? ''} ${String(position + 1)}`);
    } else words.push(FIELD_WORDS[segment] ?? segment);
  }
  return capitalise(words.join(', '));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every problem as one plain sentence, for an error summary: indicators not loaded first, then the rest. */
export function plainRecipeProblems(problems: readonly ValidatorProblem[], stageNames: readonly string[] = []): string[] {
  const { missingIndicators, others } = readRecipeProblems(problems, stageNames);
  return [...missingIndicators.map((code) => `The indicator ${code} is not loaded in this service`), ...others];
}
