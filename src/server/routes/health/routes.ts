import type { Kysely } from 'kysely';
import type { Engine } from '../../../storage/database.ts';
import { migrationStatus } from '../../../storage/migrate.ts';
import type { Database } from '../../../storage/schema.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import type { ZodApp } from '../../zod-app.ts';
import { healthSchema } from './schema.ts';

export function registerHealthRoutes(app: ZodApp, deps: { db: Kysely<Database>; engine: Engine }): void {
  app.get('/api/health', { schema: healthSchema, config: { access: PUBLIC } }, async () => {
    const status = await migrationStatus(deps.db);
    return { status: 'ok' as const, database: deps.engine, migration: status.current, pendingMigrations: [...status.pending] };
  });
}
