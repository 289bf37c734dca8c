import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider, type Account } from 'oidc-provider';
import { parseOidcConfigOrThrow, type OidcConfig } from '../../src/server/auth/oidc/oidc-config.ts';

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1, with one client: this service.
 * Instead of a login page, whoever the test put "at the keyboard" (`signInAs`) is signed in and consents
 * when the provider asks, so a test drives the whole redirect flow with plain HTTP requests.
 */
export interface TestOidcProvider {
  /** The issuer: http://127.0.0.1:<port>. */
  readonly issuer: string;
  /** The people who can sign in, by account id (their `sub`), with the claims released about each. */
  readonly accounts: Map<string, Record<string, unknown>>;
  /** Who signs in the next time the provider asks someone to; null to cancel instead (access_denied). */
  signInAs(accountId: string | null): void;
  /** OIDC settings for this service, as parsed from the environment a deployment would set. */
  readonly config: OidcConfig;
  close(): Promise<void>;
}

export const TEST_CLIENT_ID = 'opportunity-areas';
/** The app runs in process (Fastify inject), so its callback URL only has to match on both sides. */
export const TEST_REDIRECT_URI = 'http://127.0.0.1/api/auth/oidc/callback';

export interface TestOidcProviderOptions {
  /**
   * Where the provider releases email, role and scope. `userinfo` is what OIDC Core 5.4 asks of a code flow
   * (and oidc-provider's default); `id_token` puts them in the ID token and switches UserInfo off.
   */
  readonly claimsIn?: 'userinfo' | 'id_token';
}

export async function startOidcProvider(options: TestOidcProviderOptions = {}): Promise<TestOidcProvider> {
  const claimsIn = options.claimsIn ?? 'userinfo';
  const accounts = new Map<string, Record<string, unknown>>();
  const clientSecret = randomBytes(24).toString('base64url');
  let atKeyboard: string | null | undefined;

  // Listen first: the issuer has to name the port.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => {
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  // Our own signing key, so the provider does not fall back to its published development keys.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: clientSecret,
        // oidc-provider accepts http redirect URIs for a `web` client using the code flow (only implicit
        // flow clients must use https), so no development switch is needed for 127.0.0.1.
        redirect_uris: [TEST_REDIRECT_URI],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    // The custom claims belong to an `oa` scope, which this service asks for (OIDC_SCOPES).
    claims: { openid: ['sub'], email: ['email', 'email_verified'], oa: ['oa_role', 'oa_scope'] },
    conformIdTokenClaims: claimsIn === 'userinfo',
    features: { devInteractions: { enabled: false }, userinfo: { enabled: claimsIn === 'userinfo' } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id): Account | undefined => {
      if (!accounts.has(id)) return undefined;
      // Read at the time claims are released, so a test can change them between sign-ins.
      return { accountId: id, claims: () => ({ ...accounts.get(id), sub: id }) };
    },
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // Set, rather than left to defaults that print a notice each; ten minutes outlasts any test.
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
  });

  const callback = provider.callback();
  handle = (req, res) => {
    if (req.url?.startsWith('/interaction/') === true) {
      completeInteraction(provider, req, res, atKeyboard).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
      return;
    }
    callback(req, res);
  };

  return {
    issuer,
    accounts,
    signInAs(accountId) {
      atKeyboard = accountId;
    },
    config: configOrThrow({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_REDIRECT_URI: TEST_REDIRECT_URI,
      OIDC_SCOPES: 'openid email oa',
    }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      }),
  };
}

/** What a login and consent page would do: sign in the person at the keyboard and grant what was asked. */
async function completeInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse, accountId: string | null | undefined): Promise<void> {
  if (accountId === undefined) throw new Error('The test did not say who signs in: call signInAs(accountId) first');
  if (accountId === null) {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
    return;
  }
  const details = await provider.interactionDetails(req, res);
  const clientId = details.params['client_id'];
  const scope = details.params['scope'];
  if (typeof clientId !== 'string' || typeof scope !== 'string') throw new Error('The authorization request had no client_id or scope');
  const grant = new provider.Grant({ accountId, clientId });
  grant.addOIDCScope(scope);
  const missingClaims = details.prompt.details['missingOIDCClaims'];
  if (Array.isArray(missingClaims)) grant.addOIDCClaims(missingClaims.filter((c): c is string => typeof c === 'string'));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

function configOrThrow(env: Record<string, string>): OidcConfig {
  const config = parseOidcConfigOrThrow(env);
  if (config === null) throw new Error('OIDC_ISSUER was not read');
  return config;
}
