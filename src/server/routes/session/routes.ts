import { appError } from '../../../app/errors.ts';
import { parseEmail, ROLE_LABELS, type Principal } from '../../../domain/access/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { hashPassword, verifyPassword } from '../../../app/access/password.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { randomToken } from '../../../app/access/secrets.ts';
import { clearSessionCookie } from '../../auth/session-cookie.ts';
import { startSession } from '../../auth/start-session.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { getSessionSchema, signInSchema, signOutSchema } from './schema.ts';

export interface SessionRouteDeps {
  readonly services: Services;
  readonly clock: () => Date;
  readonly sessionTtlMs: number;
  /** Sign-in attempts allowed per client address per minute, whatever the email (a backstop). */
  readonly signInsPerMinutePerAddress: number;
  /** Where the web app sends people to sign in with their organisation account; null when OIDC is off. */
  readonly oidcLoginUrl?: string | null;
}

/** Five wrong passwords for one email within a minute lock that email out until the minute has passed (at most five are ever checked). */
export const LOGIN_FAILURE_LIMIT = 5;
const LOGIN_FAILURE_WINDOW_MS = 60_000;
const WRONG_CREDENTIALS = 'Enter a correct email address and password';

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomToken());
  return dummy;
}

function userView(principal: Principal) {
  return { email: principal.email, role: principal.role, roleLabel: ROLE_LABELS[principal.role], scope: [...principal.scope] };
}

export function registerSessionRoutes(app: ZodApp, deps: SessionRouteDeps): void {
  app.get('/api/session', { schema: getSessionSchema, config: { access: PUBLIC } }, (request) => ({
    user: request.principal === null ? null : userView(request.principal),
    csrfToken: request.sessionInfo?.csrfToken ?? null,
    oidcLoginUrl: deps.oidcLoginUrl ?? null,
  }));

  app.post(
    '/api/session',
    {
      schema: signInSchema,
      // Per-address backstop on top of the per-email lockout below.
      config: { access: PUBLIC, rateLimit: { max: deps.signInsPerMinutePerAddress, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const now = deps.clock();
      const email = parseEmail(request.body.email);
      if (!email.ok) return sendError(reply, appError('invalid_credentials', WRONG_CREDENTIALS));
      const since = new Date(now.getTime() - LOGIN_FAILURE_WINDOW_MS).toISOString();
      // The attempt is counted before the password is checked, atomically, so parallel guesses cannot all
      // slip in before the first is counted.
      if (!(await deps.services.loginFailures.takeLoginAttempt(email.value, now.toISOString(), since, LOGIN_FAILURE_LIMIT))) {
        return sendError(reply.header('retry-after', String(LOGIN_FAILURE_WINDOW_MS / 1000)), appError('too_many_attempts', 'Too many attempts to sign in. Wait a minute, then try again.'));
      }
      const user = await deps.services.users.findUserByEmail(email.value);
      // Hash even for an unknown email, so response time does not reveal which emails have accounts.
      const passwordHash = user?.passwordHash ?? (await dummyHash());
      const matches = await verifyPassword(request.body.password, passwordHash);
      const valid = matches && user !== null && user.disabledAt === null && user.passwordHash !== null;
      if (!valid) return sendError(reply, appError('invalid_credentials', WRONG_CREDENTIALS));
      await deps.services.loginFailures.clearLoginFailures(email.value);
      const { csrfToken } = await startSession(deps, request, reply, user, 'password');
      return { user: userView({ userId: user.id, email: user.email, role: user.role, scope: user.scope, via: 'session' }), csrfToken };
    },
  );

  app.delete('/api/session', { schema: signOutSchema, config: { access: { permission: 'signed_in' } } }, async (request, reply) => {
    if (request.sessionInfo !== null) await deps.services.sessions.deleteSession(request.sessionInfo.idHash);
    if (request.principal !== null) {
      await deps.services.audit.recordAudit({
        actor: { userId: request.principal.userId, label: request.principal.email },
        at: deps.clock().toISOString(),
        action: 'session.sign_out',
        entityType: 'user',
        entityId: request.principal.email,
        summary: { via: request.principal.via },
      });
    }
    clearSessionCookie(request, reply);
    return reply.code(204).send(null);
  });
}
