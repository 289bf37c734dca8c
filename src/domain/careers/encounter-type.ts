import { err, ok, type Result } from '../shared/result.ts';

/**
 * Kinds of encounter with the world of work, after the Gatsby Benchmark 5 examples and the Careers &
 * Enterprise Company's activity types. Each counts once towards a pupil's four. The ledger stores a type as
 * its place in this list, so the order is fixed: a new type goes at the end.
 */
export const ENCOUNTER_TYPES = [
  'talk',
  'workplace_visit',
  'work_experience',
  'mentoring',
  'enterprise_activity',
  'careers_fair',
  'employer_project',
  'other',
] as const;
export type EncounterType = (typeof ENCOUNTER_TYPES)[number];

/** What each type is called on screen. */
export const ENCOUNTER_TYPE_LABELS: Readonly<Record<EncounterType, string>> = {
  talk: 'Employer talk',
  workplace_visit: 'Workplace visit',
  work_experience: 'Work experience',
  mentoring: 'Mentoring',
  enterprise_activity: 'Enterprise activity',
  careers_fair: 'Careers fair',
  employer_project: 'Employer project',
  other: 'Other encounter',
};

/**
 * Reads an encounter type as school systems write it: case, spaces, hyphens and the on-screen label are all
 * accepted. `parseEncounterType('Workplace visit')` → `workplace_visit`; `parseEncounterType('lunch')` → error.
 */
export function parseEncounterType(input: string): Result<EncounterType, string> {
  const key = input.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if ((ENCOUNTER_TYPES as readonly string[]).includes(key)) return ok(key as EncounterType);
  const byLabel = ENCOUNTER_TYPES.find((type) => ENCOUNTER_TYPE_LABELS[type].toLowerCase().replace(/[\s-]+/g, '_') === key);
  if (byLabel !== undefined) return ok(byLabel);
  return err(`"${input.trim()}" is not an encounter type: use one of ${ENCOUNTER_TYPES.join(', ')}`);
}
