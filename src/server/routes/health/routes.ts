import type { Engine } from '../../../storage/database.ts';
import type { MigrationStatus } from '../../../storage/migrate.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendView } from '../../view-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { healthSchema, livenessSchema } from './schema.ts';

/** How long readiness reuses its answer: a load balancer asking every second costs one schema read in five. */
export const READINESS_TTL_MS = 5_000;

/**
 * Readiness reads the schema's migration status through `migrationStatus` (the server gives it the database's,
 * app.ts); liveness touches nothing.
 */
export function registerHealthRoutes(app: ZodApp, deps: { migrationStatus: () => Promise<MigrationStatus>; engine: Engine; clock: () => Date }): void {
  let last: { readonly at: number; readonly status: Promise<MigrationStatus> } | undefined;
  const status = (): Promise<MigrationStatus> => {
    const now = deps.clock().getTime();
    if (last === undefined || now - last.at >= READINESS_TTL_MS || now < last.at) {
      const read = deps.migrationStatus();
      // A failed read is not kept: the next request asks the database again.
      read.catch(() => (last = undefined));
      last = { at: now, status: read };
    }
    return last.status;
  };

  // One reply per status read, so it is serialized once per read, not once per request (sendView).
  const replies = new WeakMap<Promise<MigrationStatus>, object>();
  app.get('/api/health', { schema: healthSchema, config: { access: PUBLIC } }, async (_request, reply) => {
    const read = status();
    let view = replies.get(read);
    if (view === undefined) {
      const current = await read;
      view = { status: 'ok' as const, database: deps.engine, migration: current.current, pendingMigrations: [...current.pending] };
      replies.set(read, view);
    }
    return sendView(reply, view);
  });

  app.get('/api/health/live', { schema: livenessSchema, config: { access: PUBLIC } }, () => ({ status: 'ok' as const }));
}
