/** Types of establishment that are not state-funded schools, in the words DfE and GIAS use for them. */
const NOT_STATE_FUNDED =
  /independent|non-maintained|further education|sixth form|higher education|funded by other government|service child|welsh|offshore|overseas|online|secure unit|miscellaneous|special post 16|agriculture and horticulture college|performing art college|specialist designated college/i;

/**
 * Whether a school is a state-funded school as DfE counts them: academies and free schools (UTCs and studio
 * schools among them), maintained schools (city technology colleges among them), and state-funded special
 * schools and alternative provision; not independent or non-maintained special schools, further education
 * and sixth form colleges, or service children's schools abroad. Read from the performance-tables minor
 * group (MINORGROUP) when there is one, else from the type of establishment alone (a GIAS extract).
 *
 * `isStateFundedSchool({ minorGroup: 'Special School', schoolType: 'Other independent special school' })` → false.
 */
export function isStateFundedSchool(school: { readonly minorGroup: string | null; readonly schoolType: string | null }): boolean {
  const { minorGroup, schoolType } = school;
  if (minorGroup === 'Academy' || minorGroup === 'Maintained School') return true;
  if (minorGroup === 'Special School') return schoolType === null || !NOT_STATE_FUNDED.test(schoolType);
  if (minorGroup !== null && minorGroup !== '') return false;
  return schoolType !== null && !NOT_STATE_FUNDED.test(schoolType);
}
