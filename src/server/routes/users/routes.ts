import { appError } from '../../../app/errors.ts';
import { addUser, changeUserAccess, userProblemsError } from '../../../app/access/manage-users.ts';
import type { AuditActor, User } from '../../../domain/access/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import type { Principal } from '../../../domain/access/authorise.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { addUserSchema, changeUserSchema, getUserSchema, listUsersSchema } from './schema.ts';

const USER_CSV_COLUMNS: readonly CsvColumn<User>[] = [
  { header: 'email', value: (u) => u.email },
  { header: 'name', value: (u) => u.name },
  { header: 'role', value: (u) => u.role },
  { header: 'scope', value: (u) => u.scope.join(';') },
  { header: 'demo', value: (u) => (u.isDemo ? 'yes' : 'no') },
  { header: 'created_at', value: (u) => u.createdAt },
  { header: 'disabled_at', value: (u) => u.disabledAt },
];

const userView = (u: User) => ({ id: u.id, email: u.email, name: u.name, role: u.role, scope: [...u.scope], isDemo: u.isDemo, createdAt: u.createdAt, disabledAt: u.disabledAt });

function actorOf(principal: Principal | null): AuditActor {
  if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
  return { userId: principal.userId, label: principal.email };
}

export function registerUserRoutes(app: ZodApp, deps: { services: Services; clock: () => Date }): void {
  const access = { permission: 'users:manage' } as const;

  app.get('/api/users', { schema: listUsersSchema, config: { access } }, async (request, reply) => {
    const { format, page, pageSize } = request.query;
    if (format !== 'json') return sendTable(reply, format, 'users', USER_CSV_COLUMNS, await deps.services.users.listUsers());
    const [users, total] = await Promise.all([deps.services.users.listUsers({ offset: (page - 1) * pageSize, limit: pageSize }), deps.services.users.countUsers()]);
    return { page, pageSize, total, items: users.map(userView) };
  });

  app.get('/api/users/:id', { schema: getUserSchema, config: { access } }, async (request, reply) => {
    const user = await deps.services.users.findUserById(request.params.id);
    if (user === null) return sendError(reply, appError('not_found', `There is no user with the id ${String(request.params.id)}`));
    // The view names each field it shows: the password hash is not one of them.
    return userView(user);
  });

  app.post('/api/users', { schema: addUserSchema, config: { access } }, async (request, reply) => {
    const { email, name, role, scope } = request.body;
    const added = await addUser(deps.services, { email, name: name ?? null, role, scope }, actorOf(request.principal), deps.clock);
    if (!added.ok) return sendError(reply, userProblemsError(added.error));
    // The reply is the only place the password ever appears; the access guard marks it no-store.
    return reply.code(201).send({ user: userView(added.value.user), oneTimePassword: added.value.oneTimePassword ?? '' });
  });

  app.patch('/api/users/:id', { schema: changeUserSchema, config: { access } }, async (request, reply) => {
    const { name, role, scope, disabled } = request.body;
    const changed = await changeUserAccess(
      deps.services,
      request.params.id,
      { ...(name === undefined ? {} : { name }), ...(role === undefined ? {} : { role }), ...(scope === undefined ? {} : { scope }), ...(disabled === undefined ? {} : { disabled }) },
      actorOf(request.principal),
      deps.clock,
    );
    if (!changed.ok) return sendError(reply, userProblemsError(changed.error));
    return userView(changed.value);
  });
}
