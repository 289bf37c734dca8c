import { withoutPupilIdentifiers, type AuditEntry } from '../../../domain/access/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { sendTable } from '../../csv-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { listAuditSchema } from './schema.ts';

/** Which entries to list: the filters the audit log can be searched by. */
type AuditQuery = Parameters<Services['audit']['countAudit']>[0];

const AUDIT_CSV_COLUMNS: readonly CsvColumn<AuditEntry>[] = [
  { header: 'id', value: (e) => e.id },
  { header: 'at', value: (e) => e.at },
  { header: 'actor', value: (e) => e.actor },
  { header: 'action', value: (e) => e.action },
  { header: 'entity_type', value: (e) => e.entityType },
  { header: 'entity_id', value: (e) => e.entityId },
  { header: 'summary', value: (e) => JSON.stringify(e.summary) },
];

export function registerAuditRoutes(app: ZodApp, deps: { services: Services }): void {
  app.get('/api/audit', { schema: listAuditSchema, config: { access: { permission: 'audit:read' } } }, async (request, reply) => {
    const { limit, page, format, ...filters } = request.query;
    // Only the filters given: the query's optional fields may not be undefined.
    const query: AuditQuery = Object.fromEntries(Object.entries(filters).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
    const [entries, total] = await Promise.all([deps.services.audit.listAudit({ ...query, limit, offset: (page - 1) * limit }), deps.services.audit.countAudit(query)]);
    const items = entries.map((entry) => ({ ...entry, summary: withoutPupilIdentifiers(entry.summary), entityId: withoutPupilIdentifiers(entry.entityId) as string }));
    if (format !== 'json') return sendTable(reply, format, 'audit-log', AUDIT_CSV_COLUMNS, items);
    return { items, page, limit, total, more: page * limit < total };
  });
}
