import type { FastifyReply, FastifyRequest } from 'fastify';
import { mapOidcClaims, oidcSubjectOf } from '../../../domain/access/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { createOidcClient, OidcSignInError } from '../../auth/oidc/oidc-client.ts';
import { OIDC_CALLBACK_PATH, type OidcConfig } from '../../auth/oidc/oidc-config.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sha256Hex } from '../../../app/access/secrets.ts';
import { startSession } from '../../auth/start-session.ts';
import { appError, type AppError } from '../../../app/errors.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { oidcCallbackSchema, oidcLoginSchema } from './schema.ts';

export const OIDC_LOGIN_PATH = '/api/auth/oidc/login';

export interface OidcRouteDeps {
  readonly services: Services;
  readonly clock: () => Date;
  readonly sessionTtlMs: number;
  readonly config: OidcConfig;
}

/** What signing in with the provider came to: signed in, or why not. */
type OidcUserOutcome = Awaited<ReturnType<Services['oidcUsers']['findOrCreateOidcUser']>>;

/** Long enough to sign in at the provider, short enough that a stolen state is soon useless. */
const LOGIN_TTL_MS = 10 * 60 * 1000;
const UNAVAILABLE = 'The sign-in service is not responding. Try again later, or sign in with your email address and password.';

/**
 * A same-site path to return to after signing in, else `/`: it must start with one `/` (`//host` and
 * `/\host` are other sites to a browser) and be printable ASCII without spaces, as a Location header
 * must be (a browser sends a path percent-encoded anyway).
 */
export function safeNextPath(next: string | undefined): string {
  if (next === undefined || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return /^[\x21-\x7e]+$/.test(next) ? next : '/';
}

/** Sign-in with an OpenID Connect provider: login redirects there, the callback signs in. See docs/decisions/0004. */
export function registerOidcRoutes(app: ZodApp, deps: OidcRouteDeps): void {
  const oidc = createOidcClient(deps.config);
  // Changes made because of a sign-in are the provider's doing, so the audit log names it.
  const actor = { userId: null, label: `oidc:${new URL(deps.config.issuer).host}` };

  app.get(OIDC_LOGIN_PATH, { schema: oidcLoginSchema, config: { access: PUBLIC } }, async (request, reply) => {
    let started;
    try {
      started = await oidc.startLogin();
    } catch (error) {
      request.log.error({ err: error }, 'OIDC sign-in could not start');
      return sendError(reply, appError('oidc_provider_unavailable', UNAVAILABLE));
    }
    const now = deps.clock();
    await deps.services.oidcLogins.saveOidcLogin(
      {
        stateHash: sha256Hex(started.secrets.state),
        nonce: started.secrets.nonce,
        codeVerifier: started.secrets.codeVerifier,
        nextPath: safeNextPath(request.query.next),
        expiresAt: new Date(now.getTime() + LOGIN_TTL_MS).toISOString(),
      },
      now.toISOString(),
    );
    return redirectNoStore(reply, started.url.href);
  });

  app.get(OIDC_CALLBACK_PATH, { schema: oidcCallbackSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { state } = request.query;
    const pending = state === undefined ? null : await deps.services.oidcLogins.takeOidcLogin(sha256Hex(state), deps.clock().toISOString());
    if (state === undefined || pending === null) {
      return sendError(reply, appError('oidc_state_invalid', 'This sign-in has expired or has already been used. Go back to the service and sign in again.'));
    }

    let claims;
    try {
      const queryStart = request.url.indexOf('?');
      claims = await oidc.finishLogin(queryStart === -1 ? '' : request.url.slice(queryStart), { state, nonce: pending.nonce, codeVerifier: pending.codeVerifier });
    } catch (error) {
      if (error instanceof OidcSignInError && error.kind === 'rejected') {
        request.log.warn({ err: error }, 'OIDC sign-in rejected');
        return sendError(reply, appError('oidc_sign_in_failed', `Signing in with your organisation account did not finish. ${error.message}. Try again.`));
      }
      request.log.error({ err: error }, 'OIDC sign-in failed');
      return sendError(reply, appError('oidc_provider_unavailable', UNAVAILABLE));
    }

    const subject = oidcSubjectOf(claims.iss, claims.sub);
    if (!subject.ok) return refuseClaims(request, reply, subject.error);
    const identity = mapOidcClaims(claims, { role: deps.config.roleClaim, scope: deps.config.scopeClaim });
    if (!identity.ok) return refuseClaims(request, reply, identity.error);

    const outcome = await deps.services.oidcUsers.findOrCreateOidcUser(subject.value, identity.value, actor, deps.clock);
    if (outcome.kind === 'change_refused') request.log.warn({ email: outcome.email, reason: outcome.message }, 'OIDC claims would change a user as no role change may');
    if (outcome.kind !== 'signed_in') return sendError(reply, refusal(outcome));
    await startSession(deps, request, reply, outcome.user, 'oidc');
    return redirectNoStore(reply, pending.nextPath);
  });
}

function refuseClaims(request: FastifyRequest, reply: FastifyReply, problem: string): FastifyReply {
  request.log.warn({ reason: problem }, 'OIDC claims refused');
  return sendError(reply, appError('oidc_claims_invalid', `${problem}.`));
}

function redirectNoStore(reply: FastifyReply, location: string): FastifyReply {
  return reply.header('cache-control', 'no-store').redirect(location, 302);
}

function refusal(outcome: Exclude<OidcUserOutcome, { kind: 'signed_in' }>): AppError {
  switch (outcome.kind) {
    case 'disabled':
      return appError('account_disabled', `The account for ${outcome.email} has been disabled. Contact the national programme team if you need access.`);
    case 'email_unverified':
      return appError(
        'oidc_email_unverified',
        `An account for ${outcome.email} exists, but the sign-in service has not verified that email address, so the two cannot be linked. Ask your sign-in service to verify it.`,
      );
    case 'email_linked_elsewhere':
      return appError(
        'oidc_account_conflict',
        `The account for ${outcome.email} is already linked to a different organisation account. Contact the national programme team.`,
      );
    case 'change_refused':
      return appError('oidc_change_refused', `${outcome.message}.`);
  }
}
