/**
 * The server's one door for the CLI, which starts it (`oa serve`, `oa start`) and prints its OpenAPI
 * document (`oa openapi`). Everything else the two share lives below both, in `src/app`, the domain and
 * storage; lint refuses any other import of the server from the CLI.
 */
export { buildServer, type ServerDeps } from './app.ts';
export { parseOidcConfigOrThrow } from './auth/oidc/oidc-config.ts';
export type { ExportLimits } from './exports/export-limiter.ts';
export { buildOpenApiDocument } from './openapi-document.ts';
