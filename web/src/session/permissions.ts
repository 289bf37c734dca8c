import type { Role } from '../api/types.ts';

/*
 * A copy of the server's role table (src/domain/access/permissions.ts), kept by hand because the web app
 * talks to the server only over HTTP. It decides only which links and pages to show: the server checks
 * every request itself, so a stale copy can hide too much or too little, never grant anything.
 */

export type Permission =
  | 'public'
  | 'signed_in'
  | 'area:read'
  | 'area:write'
  | 'school:read'
  | 'school:write'
  | 'pupil:read'
  | 'pupil:write'
  | 'pupil:transfer'
  | 'aggregate:read'
  | 'audit:read'
  | 'users:manage'
  | 'index:write';

/** How a role holds a permission: everywhere, or only within its own scope. Missing means denied. */
type Grant = 'everywhere' | 'in_scope';

export const GRANTS: Readonly<Record<Role, Partial<Record<Permission, Grant>>>> = {
  admin: {
    'area:read': 'everywhere', 'area:write': 'everywhere', 'school:read': 'everywhere', 'school:write': 'everywhere',
    'pupil:read': 'everywhere', 'pupil:write': 'everywhere', 'pupil:transfer': 'everywhere', 'aggregate:read': 'everywhere',
    'audit:read': 'everywhere', 'users:manage': 'everywhere', 'index:write': 'everywhere',
  },
  analyst: { 'area:read': 'everywhere', 'school:read': 'everywhere', 'aggregate:read': 'everywhere', 'index:write': 'everywhere' },
  area_lead: {
    'area:read': 'in_scope', 'area:write': 'in_scope', 'school:read': 'in_scope', 'school:write': 'in_scope', 'pupil:transfer': 'in_scope',
    'aggregate:read': 'in_scope',
  },
  hub_lead: { 'area:read': 'in_scope', 'school:read': 'in_scope', 'school:write': 'in_scope', 'aggregate:read': 'in_scope' },
  school: { 'school:read': 'in_scope', 'school:write': 'in_scope', 'pupil:read': 'in_scope', 'pupil:write': 'in_scope', 'aggregate:read': 'in_scope' },
  board_viewer: { 'area:read': 'in_scope', 'aggregate:read': 'in_scope' },
};

/** Plain-English names for what a permission allows, for "You need …" messages (as the server words them). */
export const PERMISSION_DESCRIPTIONS: Readonly<Record<Permission, string>> = {
  public: 'no sign-in',
  signed_in: 'to be signed in',
  'area:read': 'read access to this Opportunity Area',
  'area:write': 'edit access to this Opportunity Area',
  'school:read': 'read access to this school',
  'school:write': 'edit access to this school',
  'pupil:read': 'pupil-level access to this school',
  'pupil:write': 'pupil-level edit access to this school',
  'pupil:transfer': 'national team or area lead access to both schools (moving a pupil between schools)',
  'aggregate:read': 'access to statistics for this area or school',
  'audit:read': 'national programme team access (audit log)',
  'users:manage': 'national programme team access (users)',
  'index:write': 'national team or analyst access (index recipes and area selections)',
};

/** What each role is called on screen, as the server's ROLE_LABELS. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'National programme team',
  analyst: 'Analyst',
  area_lead: 'Area lead',
  hub_lead: 'Research School lead',
  school: 'School user',
  board_viewer: 'Partnership board viewer',
};
