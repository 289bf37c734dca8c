import { err, ok, type Result } from '../shared/result.ts';

/** The National Tutoring Programme's three routes (DfE, NTP guidance 2021–2024). */
export const NTP_ROUTES = ['tuition-partner', 'academic-mentor', 'school-led'] as const;

/** A route as stored: one of the NTP's, or a local route the operator has configured. */
export type TutoringRoute = string;

const ROUTE_NAME = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * The local routes an operator configures (OA_CATCH_UP_LOCAL_ROUTES, comma-separated), checked: each a
 * lower-case name of 2 to 40 letters, digits and hyphens, none repeating an NTP route.
 * `parseLocalRoutes('council-tutors, holiday-catch-up')` → ['council-tutors', 'holiday-catch-up'].
 */
export function parseLocalRoutes(raw: string | undefined): Result<readonly string[], string> {
  const names = (raw ?? '').split(',').map((n) => n.trim().toLowerCase()).filter((n) => n !== '');
  for (const name of names) {
    if (!ROUTE_NAME.test(name)) return err(`A local route is 2 to 40 lower-case letters, digits and hyphens, starting with a letter (got "${name}")`);
    if ((NTP_ROUTES as readonly string[]).includes(name)) return err(`"${name}" is already a National Tutoring Programme route`);
  }
  return ok([...new Set(names)]);
}

/**
 * A route as an MIS export spells it: `Tuition Partner`, `tuition_partner` and `TP` are all
 * `tuition-partner`; `AM` is `academic-mentor`; `SLT` and `school led` are `school-led`; a configured
 * local route by its name. Anything else is refused with the routes allowed.
 */
export function parseRoute(raw: string, localRoutes: readonly string[]): Result<TutoringRoute, string> {
  const name = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const alias: Readonly<Record<string, string>> = { tp: 'tuition-partner', am: 'academic-mentor', slt: 'school-led', 'school-led-tutoring': 'school-led', 'tuition-partners': 'tuition-partner', 'academic-mentors': 'academic-mentor' };
  const route = alias[name] ?? name;
  if ((NTP_ROUTES as readonly string[]).includes(route) || localRoutes.includes(route)) return ok(route);
  const allowed = [...NTP_ROUTES, ...localRoutes].join(', ');
  return err(`The route must be one of ${allowed}${localRoutes.length === 0 ? ' (local routes are set with OA_CATCH_UP_LOCAL_ROUTES)' : ''}`);
}
