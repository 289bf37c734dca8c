/** Pupils and those reaching the target in one cell: one group, FSM or not. */
export interface CoverageCount {
  readonly pupils: number;
  readonly reached: number;
}

/** One row of counts as storage gives them: a group key (a URN, a GSS code, a year group), FSM or not. */
export interface CoverageTallyRow {
  readonly key: string;
  readonly fsm: boolean;
  readonly pupils: number;
  readonly reached: number;
}

/** Coverage of one group, split by FSM, with the gap. Shares are percentages to 1 decimal place. */
export interface CoverageGroup {
  readonly key: string;
  readonly pupils: number;
  readonly reached: number;
  readonly share: number | null;
  readonly fsm: CoverageCount & { readonly share: number | null };
  readonly notFsm: CoverageCount & { readonly share: number | null };
  /** FSM share minus the others' share, in percentage points; null when either share is. */
  readonly gap: number | null;
}

/**
 * A share as a percentage to 1 decimal place, halves up, from whole counts so 1/8 → 12.5 exactly; null
 * when there are no pupils. `shareOf(3, 8)` → 37.5.
 */
export function shareOf(reached: number, pupils: number): number | null {
  return pupils === 0 ? null : Math.round((reached * 1000) / pupils) / 10;
}

/**
 * The FSM gap in percentage points: FSM share minus the others' share, each from the whole counts, not
 * from the rounded shares, the difference rounded to 1 decimal place (halves up), as
 * docs/methodology.md §15.3 says; null when either group has no pupils. Whole-number arithmetic, so a
 * difference that is exactly a half is never nudged the wrong way.
 * `gapOf(5, 15, 10, 15)` → −33.3 (33.33… − 66.66…; the rounded shares 33.3 − 66.7 would give −33.4).
 */
export function gapOf(fsmReached: number, fsmPupils: number, otherReached: number, otherPupils: number): number | null {
  if (fsmPupils === 0 || otherPupils === 0) return null;
  const numerator = (fsmReached * otherPupils - otherReached * fsmPupils) * 1000;
  const denominator = fsmPupils * otherPupils;
  const tenths = Math.floor((2 * numerator + denominator) / (2 * denominator));
  return tenths === 0 ? 0 : tenths / 10;
}

/**
 * Groups tally rows by key, adding FSM and other pupils, in key order, with each group's gap: the FSM share
 * minus the others' share from the exact counts, rounded to 1 decimal place (docs/methodology.md,
 * "Careers encounters and coverage").
 * `summariseCoverage([{ key: 'A', fsm: true, pupils: 10, reached: 4 }, { key: 'A', fsm: false, pupils: 30, reached: 21 }])`
 * → one group A: 40 pupils, 25 reached, share 62.5, FSM 40.0, others 70.0, gap −30.
 */
export function summariseCoverage(rows: readonly CoverageTallyRow[]): CoverageGroup[] {
  const groups = new Map<string, { fsm: [number, number]; notFsm: [number, number] }>();
  for (const row of rows) {
    const group = groups.get(row.key) ?? { fsm: [0, 0], notFsm: [0, 0] };
    const cell = row.fsm ? group.fsm : group.notFsm;
    cell[0] += row.pupils;
    cell[1] += row.reached;
    groups.set(row.key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, { fsm, notFsm }]) => {
      const pupils = fsm[0] + notFsm[0];
      const reached = fsm[1] + notFsm[1];
      return {
        key,
        pupils,
        reached,
        share: shareOf(reached, pupils),
        fsm: { pupils: fsm[0], reached: fsm[1], share: shareOf(fsm[1], fsm[0]) },
        notFsm: { pupils: notFsm[0], reached: notFsm[1], share: shareOf(notFsm[1], notFsm[0]) },
        gap: gapOf(fsm[1], fsm[0], notFsm[1], notFsm[0]),
      };
    });
}

/** Numeric keys (URNs, year groups) in number order, others as text: `compareKeys('9', '10')` < 0. */
export function compareKeys(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  return Number.isFinite(na) && Number.isFinite(nb) && a !== '' && b !== '' ? na - nb : a.localeCompare(b);
}
