import type { Kysely } from 'kysely';
import type { AuditActor } from '../domain/access/index.ts';
import { recordAudit } from '../storage/repositories/audit.repository.ts';
import type { Database } from '../storage/schema.ts';

/** Schema changes are changes too: record which migrations ran, once the audit table exists. */
export async function auditMigrations(db: Kysely<Database>, applied: readonly string[], actor: AuditActor, now: () => Date): Promise<void> {
  if (applied.length === 0) return;
  await recordAudit(db, { actor, at: now().toISOString(), action: 'schema.migrate', entityType: 'schema', entityId: applied.at(-1) ?? '', summary: { applied } });
}
