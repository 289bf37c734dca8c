import { isStateFundedSchool, schoolKindOf } from '../places/index.ts';

/** Phases whose schools must have an Enterprise Adviser: secondary and all-through schools, and colleges (16 plus). */
export const ADVISER_PHASES = ['secondary', 'all-through', '16 plus'] as const;

/** Colleges the Enterprise Adviser network does not work with: they are not funded by DfE to teach 16–18s. */
const NOT_IN_NETWORK = /other government department|higher education/i;

/**
 * Whether a school is one the programme gives an Enterprise Adviser: a state-funded secondary or all-through
 * school (academies, free schools, UTCs and studio schools, maintained and state-funded special
 * schools) or a further education or sixth form college; not independent or non-maintained special schools,
 * and not primary or middle schools (docs/methodology.md §15.8).
 *
 * `needsEnterpriseAdviser({ phase: '16 plus', minorGroup: 'College', schoolType: 'Sixth form college' })` → true;
 * `needsEnterpriseAdviser({ phase: 'secondary', minorGroup: 'Independent School', schoolType: 'Other independent school' })` → false.
 */
export function needsEnterpriseAdviser(school: { readonly phase: string; readonly minorGroup: string | null; readonly schoolType: string | null }): boolean {
  if (!(ADVISER_PHASES as readonly string[]).includes(school.phase)) return false;
  if (isStateFundedSchool(school)) return true;
  return schoolKindOf(school) === 'college' && !NOT_IN_NETWORK.test(school.schoolType ?? '');
}
