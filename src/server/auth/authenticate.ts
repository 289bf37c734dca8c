import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { scopeForRole, tokenScopeInForce, type Principal } from '../../domain/access/index.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { parseApiToken } from '../../app/access/api-token.ts';
import { SESSION_COOKIE } from './session-cookie.ts';
import { sameSecret, sha256Hex } from '../../app/access/secrets.ts';

export type Authentication =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'session'; readonly principal: Principal; readonly idHash: string; readonly csrfToken: string }
  | { readonly kind: 'token'; readonly principal: Principal }
  /** A bearer token was sent but is wrong, revoked or belongs to a disabled user. */
  | { readonly kind: 'invalid_token' }
  /** A good bearer token narrowed to a scope its user no longer holds any of. */
  | { readonly kind: 'token_out_of_scope' };

/** `Authorization: Bearer <token>`; other schemes (Basic from a proxy, say) are not ours and are ignored. */
function bearerCredentials(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*Bearer(?:\s+(.*))?$/i.exec(header);
  if (match === null) return undefined;
  return match[1]?.trim() ?? null;
}

/**
 * Works out who sent a request: a bearer token wins over the session cookie. An unknown, expired or
 * tampered cookie counts as no session, so a protected route answers 401. An `Authorization` header with
 * another scheme is ignored, as if absent. The scope in force is recomputed at every request from the
 * user's scope as it is now: cut to the kinds that suit the role, and for a token, cut to the part of
 * the token's own scope the user still holds (docs/methodology.md §5.2).
 */
export async function authenticate(request: FastifyRequest, services: Pick<Services, 'apiTokens' | 'sessions'>, now: Date): Promise<Authentication> {
  const bearer = bearerCredentials(request.headers.authorization);
  if (bearer !== undefined) {
    const parsed = bearer === null ? null : parseApiToken(bearer);
    if (parsed === null) return { kind: 'invalid_token' };
    const found = await services.apiTokens.findActiveToken(parsed.publicId);
    if (found === null || found.user.disabledAt !== null || !sameSecret(sha256Hex(parsed.secret), found.secretHash)) {
      return { kind: 'invalid_token' };
    }
    await services.apiTokens.touchApiToken(parsed.publicId, now.toISOString());
    const scope = tokenScopeInForce(found.user.role, found.user.scope, found.scope);
    if (scope === null) return { kind: 'token_out_of_scope' };
    return { kind: 'token', principal: { userId: found.user.id, email: found.user.email, role: found.user.role, scope, via: 'token' } };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie === undefined || cookie === '') return { kind: 'anonymous' };
  const idHash = sha256Hex(cookie);
  const session = await services.sessions.findLiveSession(idHash, now.toISOString());
  if (session === null || session.user.disabledAt !== null) return { kind: 'anonymous' };
  const { user } = session;
  return {
    kind: 'session',
    principal: { userId: user.id, email: user.email, role: user.role, scope: scopeForRole(user.role, user.scope), via: 'session' },
    idHash,
    csrfToken: session.csrfToken,
  };
}
