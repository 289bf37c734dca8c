import type { Kysely } from 'kysely';
import type { User } from '../../../domain/access/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import { countUsers, listUsers } from '../../../storage/repositories/users.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { sendTable } from '../../csv-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { listUsersSchema } from './schema.ts';

const USER_CSV_COLUMNS: readonly CsvColumn<User>[] = [
  { header: 'email', value: (u) => u.email },
  { header: 'role', value: (u) => u.role },
  { header: 'scope', value: (u) => u.scope.join(';') },
  { header: 'demo', value: (u) => (u.isDemo ? 'yes' : 'no') },
  { header: 'created_at', value: (u) => u.createdAt },
  { header: 'disabled_at', value: (u) => u.disabledAt },
];

export function registerUserRoutes(app: ZodApp, deps: { db: Kysely<Database> }): void {
  app.get('/api/users', { schema: listUsersSchema, config: { access: { permission: 'users:manage' } } }, async (request, reply) => {
    const { format, page, pageSize } = request.query;
    if (format !== 'json') return sendTable(reply, format, 'users', USER_CSV_COLUMNS, await listUsers(deps.db));
    const [users, total] = await Promise.all([listUsers(deps.db, { offset: (page - 1) * pageSize, limit: pageSize }), countUsers(deps.db)]);
    return { page, pageSize, total, items: users.map((u) => ({ email: u.email, role: u.role, scope: [...u.scope], isDemo: u.isDemo, createdAt: u.createdAt, disabledAt: u.disabledAt })) };
  });
}
