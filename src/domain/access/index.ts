export { ROLES, ROLE_LABELS, isRole, type Role } from './roles.ts';
export { parseScopeRef, scopesOverlap, type ScopeRef } from './scope.ts';
export { GRANTS, PERMISSIONS, PERMISSION_DESCRIPTIONS, type Grant, type Permission } from './permissions.ts';
export { authorise, authoriseRole, hasPupilLevelRights, type Decision, type Principal } from './authorise.ts';
export { parseEmail, type User } from './user.ts';
export { checkRoleScope, coversEverything, SCOPE_KINDS, scopeForRole, tokenScopeInForce, type ScopeKind } from './role-scope.ts';
export { changedFields, type AuditActor, type AuditEntry } from './audit-entry.ts';
export { UPN_REMOVED, withoutPupilIdentifiers } from './audit-redaction.ts';
export { mapOidcClaims, oidcSubjectOf, type OidcClaimNames, type OidcIdentity } from './oidc-claims.ts';
