import type { Kysely } from 'kysely';
import type { AuditEntry } from '../../../domain/access/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import { listAudit } from '../../../storage/repositories/audit.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { sendTable } from '../../csv-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { listAuditSchema } from './schema.ts';

const AUDIT_CSV_COLUMNS: readonly CsvColumn<AuditEntry>[] = [
  { header: 'id', value: (e) => e.id },
  { header: 'at', value: (e) => e.at },
  { header: 'actor', value: (e) => e.actor },
  { header: 'action', value: (e) => e.action },
  { header: 'entity_type', value: (e) => e.entityType },
  { header: 'entity_id', value: (e) => e.entityId },
  { header: 'summary', value: (e) => JSON.stringify(e.summary) },
];

export function registerAuditRoutes(app: ZodApp, deps: { db: Kysely<Database> }): void {
  app.get('/api/audit', { schema: listAuditSchema, config: { access: { permission: 'audit:read' } } }, async (request, reply) => {
    const { limit, entityType, entityId, format } = request.query;
    const items = await listAudit(deps.db, { limit, ...(entityType === undefined ? {} : { entityType }), ...(entityId === undefined ? {} : { entityId }) });
    if (format !== 'json') return sendTable(reply, format, 'audit-log', AUDIT_CSV_COLUMNS, items);
    return { items };
  });
}
