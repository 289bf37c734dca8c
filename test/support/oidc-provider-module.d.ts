// oidc-provider ships no types (they live on DefinitelyTyped, which this project does not install); this
// declares only the part test/support/oidc-provider.ts uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface Interaction {
    readonly uid: string;
    readonly params: Readonly<Record<string, unknown>>;
    readonly prompt: { readonly name: string; readonly details: Readonly<Record<string, unknown>> };
  }

  export interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: readonly string[]): void;
    save(): Promise<string>;
  }

  export interface Account {
    readonly accountId: string;
    claims(use: string, scope: string): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  export interface ClientMetadata {
    readonly client_id: string;
    readonly client_secret?: string;
    readonly redirect_uris: readonly string[];
    readonly response_types?: readonly string[];
    readonly grant_types?: readonly string[];
    readonly token_endpoint_auth_method?: string;
  }

  export interface Configuration {
    readonly clients?: readonly ClientMetadata[];
    readonly claims?: Readonly<Record<string, readonly string[]>>;
    readonly conformIdTokenClaims?: boolean;
    readonly cookies?: { readonly keys?: readonly string[] };
    readonly features?: Readonly<Record<string, { readonly enabled: boolean }>>;
    readonly findAccount?: (ctx: unknown, id: string) => Promise<Account | undefined> | Account | undefined;
    readonly interactions?: { readonly url?: (ctx: unknown, interaction: Interaction) => string | Promise<string> };
    readonly jwks?: { readonly keys: readonly Record<string, unknown>[] };
    readonly pkce?: { readonly required?: (ctx: unknown, client: unknown) => boolean };
    /** Lifetimes in seconds, by artifact (AccessToken, Grant, IdToken, Interaction, Session, …). */
    readonly ttl?: Readonly<Record<string, number>>;
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    readonly Grant: new (properties: { accountId: string; clientId: string }) => Grant;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Readonly<Record<string, unknown>>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export default Provider;
}
