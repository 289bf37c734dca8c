import * as client from 'openid-client';
import type { OidcConfig } from './oidc-config.ts';

/** The claims about who signed in: the ID token's, completed from the UserInfo endpoint when offered. */
export type OidcClaims = Readonly<Record<string, unknown>> & { readonly iss: string; readonly sub: string };

/** The secrets made for one sign-in; the callback must present the same ones. */
export interface OidcLoginSecrets {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** Why a sign-in with the provider did not finish: it refused (or its answer failed a check), or was unreachable. */
export class OidcSignInError extends Error {
  override readonly name = 'OidcSignInError';
  constructor(
    readonly kind: 'rejected' | 'unavailable',
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }
}

export interface OidcClient {
  /** The provider's authorization URL for a new sign-in, with the secrets to keep for the callback. */
  startLogin(): Promise<{ url: URL; secrets: OidcLoginSecrets }>;
  /**
   * Checks the provider's answer (`callbackQuery`, the callback's query string), exchanges the code for
   * tokens with the PKCE verifier, verifies the ID token (signature, issuer, audience, nonce) and returns
   * its claims. Throws `OidcSignInError`.
   */
  finishLogin(callbackQuery: string, secrets: OidcLoginSecrets): Promise<OidcClaims>;
}

const TIMEOUT_SECONDS = 10;

/** An OIDC relying party for one provider; the provider's metadata and keys are fetched once, then kept. */
export function createOidcClient(config: OidcConfig): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;

  function discover(): Promise<client.Configuration> {
    discovered ??= client
      .discovery(new URL(config.issuer), config.clientId, config.clientSecret, client.ClientSecretBasic(config.clientSecret), {
        // Only ever for a provider on this machine (see oidc-config.ts); the module is otherwise HTTPS-only.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        execute: config.allowInsecureHttp ? [client.allowInsecureRequests] : [],
        timeout: TIMEOUT_SECONDS,
      })
      .catch((error: unknown) => {
        // Not cached: the next sign-in tries again.
        discovered = undefined;
        throw new OidcSignInError('unavailable', `Could not read the sign-in service's configuration from ${config.issuer}`, { cause: error });
      });
    return discovered;
  }

  return {
    async startLogin() {
      const provider = await discover();
      const secrets = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
      const url = client.buildAuthorizationUrl(provider, {
        redirect_uri: config.redirectUri,
        scope: config.scopes,
        state: secrets.state,
        nonce: secrets.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, secrets };
    },

    async finishLogin(callbackQuery, secrets) {
      const provider = await discover();
      // The registered redirect URI with the provider's answer: openid-client sends it back, minus the
      // query, as redirect_uri, so it must be exactly what was registered (not what a proxy made of it).
      const currentUrl = new URL(config.redirectUri);
      currentUrl.search = callbackQuery;
      try {
        const tokens = await client.authorizationCodeGrant(provider, currentUrl, {
          pkceCodeVerifier: secrets.codeVerifier,
          expectedState: secrets.state,
          expectedNonce: secrets.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (idToken === undefined) throw new OidcSignInError('rejected', 'The sign-in service sent no ID token');
        // Providers that follow OIDC Core 5.4 release scope claims (email, role) from UserInfo, not in the
        // ID token of a code flow; others put them in the ID token. Take both; who it is comes from the ID token.
        const userInfo = provider.serverMetadata().userinfo_endpoint === undefined ? {} : await client.fetchUserInfo(provider, tokens.access_token, idToken.sub);
        return { ...idToken, ...userInfo, iss: idToken.iss, sub: idToken.sub };
      } catch (error) {
        throw asSignInError(error);
      }
    },
  };
}

function asSignInError(error: unknown): OidcSignInError {
  if (error instanceof OidcSignInError) return error;
  if (error instanceof client.AuthorizationResponseError) {
    return new OidcSignInError('rejected', `The sign-in service answered ${error.error}${error.error_description === undefined ? '' : `: ${error.error_description}`}`, { cause: error });
  }
  if (error instanceof client.ResponseBodyError) {
    return new OidcSignInError('rejected', `The sign-in service refused the code: ${error.error}${error.error_description === undefined ? '' : ` (${error.error_description})`}`, { cause: error });
  }
  if (error instanceof client.ClientError) {
    return new OidcSignInError('rejected', `The sign-in service's answer failed a check: ${error.message}`, { cause: error });
  }
  return new OidcSignInError('unavailable', 'Could not reach the sign-in service', { cause: error });
}
