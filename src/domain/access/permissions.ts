import type { Role } from './roles.ts';

/**
 * What a route needs. `public` needs nothing; `signed_in` any signed-in user; the others are granted to
 * roles in the table below, and those marked scoped apply only to resources within the user's scope.
 */
export const PERMISSIONS = [
  'public',
  'signed_in',
  'area:read',
  'area:write',
  'school:read',
  'school:write',
  'pupil:read',
  'pupil:write',
  'pupil:transfer',
  'aggregate:read',
  'audit:read',
  'users:manage',
  'index:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** How a role holds a permission: everywhere, or only within its own scope. */
export type Grant = 'everywhere' | 'in_scope';

/**
 * The role × permission table. Missing means denied. Pupil-level permissions go only to admin and school
 * users; analysts and board viewers see aggregates, which pass through disclosure control. Moving a pupil
 * from one school's roll to another's (`pupil:transfer`) is for the national team and the area lead of
 * both schools: never a school user, who could otherwise take any pupil into its school.
 */
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

/** Plain-English names for what a permission allows, for "you need …" messages. */
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
