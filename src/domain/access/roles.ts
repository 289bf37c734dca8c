/**
 * The six roles. A user has exactly one, plus a scope saying which areas, hubs or schools it covers.
 * - admin: the national team, everything.
 * - analyst: reads everything, aggregates only (no pupil-level data).
 * - area_lead: reads and writes within its Opportunity Areas.
 * - hub_lead: its research school and the schools it serves.
 * - school: its own schools, including their pupil-level data.
 * - board_viewer: read-only aggregates of its area.
 */
export const ROLES = ['admin', 'analyst', 'area_lead', 'hub_lead', 'school', 'board_viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** What a role is called on screen. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'National programme team',
  analyst: 'Analyst',
  area_lead: 'Area lead',
  hub_lead: 'Research School lead',
  school: 'School user',
  board_viewer: 'Partnership board viewer',
};
