/**
 * What kind of provision a school is, for deciding which schools a district figure is built from
 * (docs/methodology.md §9.2): mainstream schools feed every figure; special schools and alternative
 * provision feed pupil shares (free school meals) and, only when a recipe picks the `…_incl_special`
 * indicators, attainment; independent schools and colleges feed none (they are outside the census
 * figures and the state-funded results).
 */
export const SCHOOL_KINDS = ['mainstream', 'special', 'alternative provision', 'independent', 'college'] as const;
export type SchoolKind = (typeof SCHOOL_KINDS)[number];

/**
 * A school's kind from its register type (GIAS `TypeOfEstablishment (name)` or the spine's `NFTYPE`) and,
 * when the type says nothing, its group (the spine's `MINORGROUP`). Independent comes first, so an
 * "Other independent special school" is independent; a non-maintained special school is special.
 *
 * `schoolKindOf({ schoolType: 'Academy - Converter special school', minorGroup: 'Special School' })` → 'special'.
 * `schoolKindOf({ schoolType: 'Pupil referral unit', minorGroup: null })` → 'alternative provision'.
 */
export function schoolKindOf(school: { readonly schoolType: string | null; readonly minorGroup: string | null }): SchoolKind {
  const type = (school.schoolType ?? '').toLowerCase();
  const group = (school.minorGroup ?? '').toLowerCase();
  if (/independent/.test(type) || /independent/.test(group)) return 'independent';
  if (/alternative provision|pupil referral|secure unit/.test(type)) return 'alternative provision';
  if (/\bspecial\b/.test(type) || /\bspecial\b/.test(group)) return 'special';
  if (/^college/.test(group) || /further education|sixth form college|sixth form centre|specialist designated|higher education|agricultur/.test(type)) return 'college';
  return 'mainstream';
}
