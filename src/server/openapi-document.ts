import { buildServer } from './app.ts';
import type { DatabaseHandle } from '../storage/database.ts';

/** The OpenAPI document as committed: stable key order, two-space indent, trailing newline. */
export async function buildOpenApiDocument(handle: DatabaseHandle, now: () => Date): Promise<string> {
  const app = await buildServer({ db: handle.db, engine: handle.engine, clock: now, webRoot: null });
  try {
    await app.ready();
    return JSON.stringify(app.swagger(), null, 2) + '\n';
  } finally {
    await app.close();
  }
}
