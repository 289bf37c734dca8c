/**
 * A school's phase of education, in the words GIAS uses (lower case): what ages it teaches, grouped the
 * way the DfE groups schools in its tables.
 */
export const SCHOOL_PHASES = ['nursery', 'primary', 'middle', 'secondary', 'all-through', '16 plus', 'not applicable'] as const;
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];

export interface PhaseFlags {
  /** The performance-tables spine's ISPRIMARY, ISSECONDARY and ISPOST16. */
  readonly primary: boolean;
  readonly secondary: boolean;
  readonly post16: boolean;
  /** Statutory age range; null when not published. 0–0 means not recorded. */
  readonly ageLow: number | null;
  readonly ageHigh: number | null;
}

/**
 * The phase of a school from the spine's flags and age range:
 * - no flag: not applicable; only ISPOST16: 16 plus;
 * - only ISPRIMARY: primary, or nursery when it teaches no one older than 5;
 * - ISSECONDARY without ISPRIMARY: secondary (with or without a sixth form);
 * - ISPRIMARY with ISSECONDARY or ISPOST16: middle when its whole range lies within 7 to 14 (the 8–12 and
 *   9–13 schools of three-tier areas), otherwise all-through (4–16, 3–19, and an unknown 0–0 range).
 *
 * `derivePhase({ primary: true, secondary: true, post16: false, ageLow: 9, ageHigh: 13 })` → `'middle'`.
 */
export function derivePhase(flags: PhaseFlags): SchoolPhase {
  const { primary, secondary, post16, ageLow, ageHigh } = flags;
  if (!primary && !secondary) return post16 ? '16 plus' : 'not applicable';
  if (!primary) return 'secondary';
  if (!secondary && !post16) return ageHigh !== null && ageHigh > 0 && ageHigh <= 5 ? 'nursery' : 'primary';
  const withinMiddleYears = ageLow !== null && ageHigh !== null && ageLow >= 7 && ageHigh <= 14;
  return withinMiddleYears && !post16 ? 'middle' : 'all-through';
}

/** GIAS `PhaseOfEducation (name)` → phase. Both kinds of middle school are "middle". */
const GIAS_PHASES: Readonly<Record<string, SchoolPhase>> = {
  'nursery': 'nursery',
  'primary': 'primary',
  'middle deemed primary': 'middle',
  'middle deemed secondary': 'middle',
  'secondary': 'secondary',
  'all-through': 'all-through',
  '16 plus': '16 plus',
  'not applicable': 'not applicable',
};

export function phaseFromGiasName(name: string): SchoolPhase | null {
  return GIAS_PHASES[name.trim().toLowerCase()] ?? null;
}

export const GIAS_PHASE_NAMES = ['Nursery', 'Primary', 'Middle deemed primary', 'Middle deemed secondary', 'Secondary', 'All-through', '16 plus', 'Not applicable'];
