import { buildServer, type ServerDeps } from './app.ts';

/**
 * The OpenAPI document as committed: stable key order, two-space indent, trailing newline. It builds the whole
 * server, so it is given what the server is built on: an open database (`oa openapi`'s handle).
 */
export async function buildOpenApiDocument(database: Pick<ServerDeps, 'db' | 'engine'>, now: () => Date): Promise<string> {
  const app = await buildServer({ ...database, clock: now, webRoot: null });
  try {
    await app.ready();
    return JSON.stringify(app.swagger(), null, 2) + '\n';
  } finally {
    await app.close();
  }
}
