import { attack, type AttackAnswer, type AttackQuestion, type LinearConstraint } from './recovery-attack.ts';

/**
 * The recovery attack pointed at careers coverage: every table one reader can ask for about one population
 * of pupils (school tables by year group, the area table by school, under several rules), read as a reader
 * reads them, with nothing from the code that made them.
 */

/** One school year group's true counts: pupils on roll and, for each rule, how many reach it; FSM and not. */
export interface CoverageLeaf {
  readonly school: string;
  readonly district: string;
  readonly yearGroup: number;
  readonly fsm: { readonly pupils: number; readonly reached: readonly number[] };
  readonly other: { readonly pupils: number; readonly reached: readonly number[] };
}

/**
 * A row as a reader sees it: a number, null where the table shows a symbol (c, or z for no pupils), or
 * undefined where the table has no such column at all (the command-line report prints no FSM pupils).
 */
export interface ShownRow {
  readonly pupils: number | null | undefined;
  readonly reached: number | null | undefined;
  readonly fsmPupils: number | null | undefined;
  readonly fsmShare: number | null | undefined;
  readonly notFsmPupils: number | null | undefined;
  readonly notFsmShare: number | null | undefined;
}

/** One published row under one rule, and the school year groups it covers (the reader knows this from its label). */
export interface PublishedRow {
  readonly rule: number;
  readonly leaves: readonly number[];
  readonly row: ShownRow;
}

export interface CoverageAttackResult {
  /** Every hidden figure and every small count the reader is not shown, with the interval found. */
  readonly answers: readonly (AttackAnswer & { readonly hidden: boolean })[];
  /**
   * Hidden figures, and small counts not published on their own, worked out exactly (a hidden 0 is listed
   * apart, in `recoveredZeros`).
   */
  readonly recovered: readonly AttackAnswer[];
  /** Hidden figures worked out to be 0, listed apart: a 0 identifies no one (zeros are always shown). */
  readonly recoveredZeros: readonly AttackAnswer[];
  /** Hidden counts from 1 to threshold − 1 narrowed to fewer values than 1 … threshold − 1 (exact ones included). */
  readonly narrowed: readonly AttackAnswer[];
}

const PARTS = ['fsmReached', 'fsmNot', 'otherReached', 'otherNot'] as const;
type Part = (typeof PARTS)[number];

/**
 * Runs the attack on all rows published about `leaves` under `rules` rules. Unknown (rule, leaf, part) is
 * the count of that school year group's pupils in that part under that rule. `orderedRules` lists pairs
 * [a, b] where everyone reaching rule b also reaches rule a (target 4 before target 5): with them, the
 * attack also uses that reached counts never rise from a to b.
 */
export function attackCoverage(
  leaves: readonly CoverageLeaf[],
  rules: number,
  published: readonly PublishedRow[],
  options: { threshold?: number; orderedRules?: readonly (readonly [number, number])[] } = {},
): CoverageAttackResult {
  const threshold = options.threshold ?? 5;
  const index = (rule: number, leaf: number, part: Part) => (rule * leaves.length + leaf) * 4 + PARTS.indexOf(part);
  const truth: number[] = [];
  for (let rule = 0; rule < rules; rule++) {
    leaves.forEach((leaf) => {
      const fr = leaf.fsm.reached[rule] ?? 0;
      const or = leaf.other.reached[rule] ?? 0;
      truth.push(fr, leaf.fsm.pupils - fr, or, leaf.other.pupils - or);
    });
  }
  const sum = (rule: number, set: readonly number[], parts: readonly Part[]) => set.flatMap((l) => parts.map((p) => index(rule, l, p)));
  const constraints: LinearConstraint[] = [];
  const equal = (plus: number[], value: number) => constraints.push({ plus, low: value, high: value });
  const atLeastOne = (plus: number[]) => constraints.push({ plus, low: 1, high: 1_000_000_000 });
  const known = (plus: number[], value: number | null | undefined) => {
    if (value === undefined) return;
    if (value === null) atLeastOne(plus);
    else equal(plus, value);
  };

  for (const { rule, leaves: set, row } of published) {
    const all = sum(rule, set, PARTS);
    const fsm = sum(rule, set, ['fsmReached', 'fsmNot']);
    const other = sum(rule, set, ['otherReached', 'otherNot']);
    known(all, row.pupils);
    known(sum(rule, set, ['fsmReached', 'otherReached']), row.reached);
    known(fsm, row.fsmPupils);
    known(other, row.notFsmPupils);
    shareConstraint(sum(rule, set, ['fsmReached']), fsm, row.fsmPupils, row.fsmShare, constraints);
    shareConstraint(sum(rule, set, ['otherReached']), other, row.notFsmPupils, row.notFsmShare, constraints);
  }
  // The same pupils are on roll whatever the rule.
  for (let rule = 1; rule < rules; rule++) {
    leaves.forEach((_, l) => {
      for (const parts of [['fsmReached', 'fsmNot'], ['otherReached', 'otherNot']] as const) {
        constraints.push({ plus: parts.map((p) => index(rule, l, p)), minus: parts.map((p) => index(0, l, p)), low: 0, high: 0 });
      }
    });
  }
  for (const [a, b] of options.orderedRules ?? []) {
    leaves.forEach((_, l) => {
      for (const part of ['fsmReached', 'otherReached'] as const) constraints.push({ plus: [index(a, l, part)], minus: [index(b, l, part)], low: 0, high: 1_000_000_000 });
    });
  }

  // Every figure of every published row, hidden or left unshown, once per rule and set of year groups.
  const questions: (AttackQuestion & { hidden: boolean })[] = [];
  const asked = new Set<string>();
  const truthOf = (members: readonly number[]) => members.reduce((s, m) => s + (truth[m] ?? 0), 0);
  for (const { rule, leaves: set, row } of published) {
    const figures: [string, Part[], boolean, boolean][] = [
      ['pupils', [...PARTS], row.pupils === null, row.pupils !== undefined],
      ['reached', ['fsmReached', 'otherReached'], row.reached === null, row.reached !== undefined],
      ['not reached', ['fsmNot', 'otherNot'], false, false],
      ['FSM pupils', ['fsmReached', 'fsmNot'], row.fsmPupils === null, row.fsmPupils !== undefined],
      ['other pupils', ['otherReached', 'otherNot'], row.notFsmPupils === null, row.notFsmPupils !== undefined],
      // A share is a count only beside its shown denominator; with the denominator hidden, the count behind
      // it is asked about like any figure not shown (only when small).
      ['FSM reached', ['fsmReached'], row.fsmShare === null && typeof row.fsmPupils === 'number' && row.fsmPupils !== 0, typeof row.fsmPupils === 'number'],
      ['FSM not reached', ['fsmNot'], false, false],
      ['others reached', ['otherReached'], row.notFsmShare === null && typeof row.notFsmPupils === 'number' && row.notFsmPupils !== 0, typeof row.notFsmPupils === 'number'],
      ['others not reached', ['otherNot'], false, false],
    ];
    for (const [name, parts, hidden, displayed] of figures) {
      const members = sum(rule, set, parts);
      const value = truthOf(members);
      // Shown figures are known; an unshown one is asked about only when small (is it given away?).
      if (displayed && !hidden) continue;
      if (!displayed && !(value > 0 && value < threshold)) continue;
      const key = `${String(rule)}|${[...set].sort((x, y) => x - y).join(',')}|${name}`;
      if (asked.has(key)) continue;
      asked.add(key);
      // Narrowing matters only for a hidden small count (needs threshold − 1 values, so threshold − 2 either
      // side tells); for anything else the question is only whether it is exact.
      const reach = hidden && value > 0 && value < threshold ? Math.max(1, threshold - 2) : 1;
      questions.push({ label: `rule ${String(rule)}, ${describe(leaves, set)}: ${name}`, members, truth: value, hidden, reach });
    }
  }
  const answers = attack({ unknowns: truth.length, constraints, truth }, questions, { reach: threshold });
  const withHidden = answers.map((a, i) => ({ ...a, hidden: questions[i]?.hidden ?? false }));
  return {
    answers: withHidden,
    recovered: withHidden.filter((a) => (a.hidden || a.truth < threshold) && a.low === a.high && a.truth > 0),
    recoveredZeros: withHidden.filter((a) => a.hidden && a.low === a.high && a.truth === 0),
    // Small counts not published on their own are checked for exact recovery (in `recovered`) only.
    narrowed: withHidden.filter((a) => a.hidden && a.truth > 0 && a.truth < threshold && a.high - a.low + 1 < threshold - 1),
  };
}

/**
 * What a share says about its numerator: beside its shown denominator, the whole numbers that round to it;
 * with its denominator not shown, that numerator ÷ denominator × 100 rounds to it, as two linear
 * inequalities (2000 × numerator − (20 × share ∓ 1) × denominator ≥ 0 and ≤ −1); hidden beside a shown
 * denominator, that the numerator is not 0.
 */
function shareConstraint(numerator: number[], denominatorUnknowns: number[], denominator: number | null | undefined, share: number | null | undefined, constraints: LinearConstraint[]): void {
  if (share === undefined || denominator === 0) return;
  if (share === null) {
    if (denominator !== null && denominator !== undefined) constraints.push({ plus: numerator, low: 1, high: 1_000_000_000 });
    return;
  }
  if (denominator === null || denominator === undefined) {
    const tenths = Math.round(share * 20);
    const terms = (w: number): [number, number][] => {
      const weights = new Map<number, number>();
      for (const v of numerator) weights.set(v, (weights.get(v) ?? 0) + 2000);
      for (const v of denominatorUnknowns) weights.set(v, (weights.get(v) ?? 0) - w);
      return [...weights].filter(([, weight]) => weight !== 0);
    };
    constraints.push({ plus: [], terms: terms(tenths - 1), low: 0, high: 1_000_000_000_000 });
    constraints.push({ plus: [], terms: terms(tenths + 1), low: -1_000_000_000_000, high: -1 });
    return;
  }
  const fits: number[] = [];
  for (let k = 0; k <= denominator; k++) if (Math.round((k * 1000) / denominator) / 10 === share) fits.push(k);
  if (fits.length === 0) throw new Error(`No count of ${String(denominator)} gives the share ${String(share)}`);
  constraints.push({ plus: numerator, low: Math.min(...fits), high: Math.max(...fits) });
}

function describe(leaves: readonly CoverageLeaf[], set: readonly number[]): string {
  const schools = [...new Set(set.map((l) => leaves[l]?.school))];
  if (set.length === 1) return `${leaves[set[0] ?? 0]?.school ?? ''} year ${String(leaves[set[0] ?? 0]?.yearGroup ?? '')}`;
  return schools.length === 1 ? `${schools[0] ?? ''} (all years)` : `${String(schools.length)} schools`;
}
