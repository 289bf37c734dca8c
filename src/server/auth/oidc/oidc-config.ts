import { ConfigurationError } from '../../../storage/database-url.ts';

/**
 * Sign-in with an OpenID Connect provider (such as DfE Sign-in), as set by `OIDC_*` environment variables.
 * See README.md "Signing in with OpenID Connect" and docs/decisions/0004-oidc-sign-in.md.
 */
export interface OidcConfig {
  /** The issuer identifier; its `/.well-known/openid-configuration` is fetched on the first sign-in. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The full callback URL registered with the provider, ending in /api/auth/oidc/callback. */
  readonly redirectUri: string;
  /** The claim holding one of the six roles. */
  readonly roleClaim: string;
  /** The claim holding scope references: an array of strings, or one space-separated string. */
  readonly scopeClaim: string;
  /** The scopes requested, space-separated; `openid` is always among them. */
  readonly scopes: string;
  /**
   * Plain HTTP to the issuer, allowed only when it is on this machine (a local provider in tests or
   * development): nothing on the network can read or change loopback traffic.
   */
  readonly allowInsecureHttp: boolean;
}

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
const DEFAULT_ROLE_CLAIM = 'oa_role';
const DEFAULT_SCOPE_CLAIM = 'oa_scope';
const DEFAULT_SCOPES = 'openid email profile';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the OIDC settings from `env`. Returns null when `OIDC_ISSUER` is unset (OIDC sign-in is off) and
 * throws `ConfigurationError`, saying what to fix, when a setting cannot work.
 * `parseOidcConfigOrThrow({})` → null.
 */
export function parseOidcConfigOrThrow(env: Env): OidcConfig | null {
  const issuerText = setting(env, 'OIDC_ISSUER');
  if (issuerText === undefined) return null;
  const issuer = parseUrlOrThrow('OIDC_ISSUER', issuerText, 'the address of your sign-in service, like https://signin.example.gov.uk');
  if (issuer.search !== '' || issuer.hash !== '') {
    throw new ConfigurationError(`OIDC_ISSUER must not have a query or fragment (got ${issuerText})`);
  }
  const allowInsecureHttp = issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname);
  if (issuer.protocol !== 'https:' && !allowInsecureHttp) {
    throw new ConfigurationError(`OIDC_ISSUER must use https:// (plain http is allowed only for a provider on this machine; got ${issuerText})`);
  }

  const clientId = required(env, 'OIDC_CLIENT_ID', 'the client ID your sign-in service issued for this service');
  const clientSecret = required(env, 'OIDC_CLIENT_SECRET', 'the client secret your sign-in service issued with the client ID');
  const redirectText = required(env, 'OIDC_REDIRECT_URI', `the full callback URL registered with the provider, like https://oa.example.gov.uk${OIDC_CALLBACK_PATH}`);
  const redirect = parseUrlOrThrow('OIDC_REDIRECT_URI', redirectText, `the full callback URL, like https://oa.example.gov.uk${OIDC_CALLBACK_PATH}`);
  if (redirect.pathname !== OIDC_CALLBACK_PATH || redirect.search !== '' || redirect.hash !== '') {
    throw new ConfigurationError(`OIDC_REDIRECT_URI must end in ${OIDC_CALLBACK_PATH}, with no query or fragment (got ${redirectText})`);
  }
  if (redirect.protocol !== 'https:' && !(redirect.protocol === 'http:' && LOOPBACK_HOSTS.has(redirect.hostname))) {
    throw new ConfigurationError(`OIDC_REDIRECT_URI must use https:// (plain http is allowed only on this machine; got ${redirectText})`);
  }

  const roleClaim = claimName(env, 'OIDC_ROLE_CLAIM', DEFAULT_ROLE_CLAIM);
  const scopeClaim = claimName(env, 'OIDC_SCOPE_CLAIM', DEFAULT_SCOPE_CLAIM);
  const scopeList = (setting(env, 'OIDC_SCOPES') ?? DEFAULT_SCOPES).split(/\s+/).filter((s) => s !== '');
  if (!scopeList.includes('openid')) {
    throw new ConfigurationError(`OIDC_SCOPES must include openid, like "${DEFAULT_SCOPES}" (got "${scopeList.join(' ')}")`);
  }
  return {
    issuer: issuerText,
    clientId,
    clientSecret,
    // As written: the provider compares it, character for character, with the one registered there.
    redirectUri: redirectText,
    roleClaim,
    scopeClaim,
    scopes: scopeList.join(' '),
    allowInsecureHttp,
  };
}

function setting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function required(env: Env, name: string, what: string): string {
  const value = setting(env, name);
  if (value === undefined) throw new ConfigurationError(`OIDC_ISSUER is set, so ${name} is needed too: set it to ${what}`);
  return value;
}

function parseUrlOrThrow(name: string, value: string, what: string): URL {
  const url = URL.parse(value);
  if (url === null || url.hostname === '') throw new ConfigurationError(`${name} is not a valid URL: set it to ${what} (got ${value})`);
  return url;
}

function claimName(env: Env, name: string, fallback: string): string {
  const value = setting(env, name) ?? fallback;
  if (!/^[A-Za-z0-9_:./-]+$/.test(value)) {
    throw new ConfigurationError(`${name} must be one claim name, like ${fallback} (got "${value}")`);
  }
  return value;
}
