import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../storage/services/create-services.ts';
import { randomToken, sha256Hex } from '../../app/access/secrets.ts';
import { setSessionCookie } from './session-cookie.ts';

export interface StartSessionDeps {
  readonly services: Pick<Services, 'sessions' | 'audit'>;
  readonly clock: () => Date;
  readonly sessionTtlMs: number;
}

/**
 * Signs a user in, however they proved who they are: purges expired sessions, creates the session (only its hash is stored), audits
 * `session.sign_in` with how they signed in, and sets the cookie. Returns the session's CSRF token.
 */
export async function startSession(
  deps: StartSessionDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  user: { readonly id: number; readonly email: string },
  via: 'password' | 'oidc',
): Promise<{ csrfToken: string }> {
  const now = deps.clock();
  const token = randomToken();
  const csrfToken = randomToken();
  const expires = new Date(now.getTime() + deps.sessionTtlMs);
  // Expired sessions are of no use to anyone and would pile up: every sign-in clears them out.
  await deps.services.sessions.deleteExpiredSessions(now.toISOString());
  await deps.services.sessions.createSession({ idHash: sha256Hex(token), userId: user.id, csrfToken, createdAt: now.toISOString(), expiresAt: expires.toISOString() });
  await deps.services.audit.recordAudit({
    actor: { userId: user.id, label: user.email },
    at: now.toISOString(),
    action: 'session.sign_in',
    entityType: 'user',
    entityId: user.email,
    summary: { via },
  });
  setSessionCookie(request, reply, token, expires);
  return { csrfToken };
}
