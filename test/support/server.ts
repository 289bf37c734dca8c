import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerDeps } from '../../src/server/app.ts';
import type { OidcConfig } from '../../src/server/auth/oidc/oidc-config.ts';
import type { PdfRenderer } from '../../src/server/pdf/render-pdf.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from './clock.ts';
import type { TestEngine } from './engines.ts';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly handle: DatabaseHandle;
  close(): Promise<void>;
}

/** A real server on a fresh, migrated database of `engine` holding the demo data; no network port. */
export async function startTestApp(
  engine: TestEngine,
  options: { webRoot?: string | null; demo?: boolean; signInsPerMinutePerAddress?: number; oidc?: OidcConfig; pdf?: PdfRenderer; pseudonymKeyPath?: string; logger?: ServerDeps['logger']; trustProxy?: ServerDeps['trustProxy']; clock?: () => Date } = {},
): Promise<TestApp> {
  const handle = await engine.open();
  await migrateToLatestOrThrow(handle.db);
  if (options.demo ?? true) await loadDemoData(handle.db, fixedClock());
  const app = await buildServer({
    db: handle.db,
    engine: handle.engine,
    clock: options.clock ?? fixedClock(),
    webRoot: options.webRoot ?? null,
    ...(options.signInsPerMinutePerAddress === undefined ? {} : { signInsPerMinutePerAddress: options.signInsPerMinutePerAddress }),
    oidc: options.oidc ?? null,
    ...(options.pdf === undefined ? {} : { pdf: options.pdf }),
    ...(options.pseudonymKeyPath === undefined ? {} : { pseudonymKeyPath: options.pseudonymKeyPath }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
  });
  await app.ready();
  return {
    app,
    handle,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
