import { Option, type Command } from 'commander';
import { parseEmail, parseScopeRef, ROLES, type Role, type ScopeRef, type User } from '../../domain/access/index.ts';
import { addUser, changeUserAccess, userProblemsError, type ChangeUserInput } from '../../app/access/manage-users.ts';
import { AppFailure, appError } from '../../app/errors.ts';
import { checkPasswordStrength, generatePassword, hashPassword } from '../../app/access/password.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { DEFAULT_LIST_LIMIT, noteShown, parseListLimit } from '../list-limit.ts';
import { withServices } from '../open-database.ts';

export function parseScopesOrThrow(values: readonly string[]): ScopeRef[] {
  return values.map((value) => {
    const parsed = parseScopeRef(value);
    if (!parsed.ok) throw new UsageError(parsed.error);
    return parsed.value;
  });
}

export function registerUsersCommands(program: Command, io: CliIo): void {
  const users = program.command('users').description('People who can sign in, with their role and scope');

  async function changeByEmail(input: string, change: ChangeUserInput, said: (user: User) => string): Promise<void> {
    const email = parseEmail(input);
    if (!email.ok) throw new UsageError(email.error);
    const config = loadConfigOrThrow(io.env);
    await withServices(config.database, async (services) => {
      const user = await services.users.findUserByEmail(email.value);
      if (user === null) throw new AppFailure(appError('not_found', `There is no user with the email ${email.value}`));
      const changed = await changeUserAccess(services, user.id, change, cliActor(io), io.now);
      if (!changed.ok) throw new AppFailure(userProblemsError(changed.error));
      io.stdout(said(changed.value));
    });
  }

  users
    .command('add')
    .description('Add a user; prints a one-time password unless --password-stdin gives one')
    .requiredOption('--email <email>', 'their work email address')
    .option('--name <name>', 'their name, as the users and audit pages show it')
    .addOption(new Option('--role <role>', 'what they can do').choices([...ROLES]).makeOptionMandatory())
    .option('--scope <ref...>', 'areas, hubs or schools they cover: area:<id>, hub:<id>, school:<URN>', [])
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .action(async (options: { email: string; name?: string; role: Role; scope: string[]; passwordStdin?: boolean }) => {
      const password = options.passwordStdin === true ? (await io.readStdin()).replace(/\r?\n$/, '') : undefined;
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        const added = await addUser(services, { email: options.email, name: options.name ?? null, role: options.role, scope: options.scope, ...(password === undefined ? {} : { password }) }, cliActor(io), io.now);
        if (!added.ok) throw new AppFailure(userProblemsError(added.error));
        const { user, oneTimePassword } = added.value;
        io.stdout(`Added ${user.email} as ${user.role}${user.scope.length > 0 ? ` for ${user.scope.join(', ')}` : ''}.\n`);
        if (oneTimePassword !== null) io.stdout(`One-time password (shown only now): ${oneTimePassword}\n`);
      });
    });

  users
    .command('change')
    .description('Change a user\'s name, role or scope (the scope replaces the old one)')
    .requiredOption('--email <email>', 'the user')
    .option('--name <name>', 'their name')
    .addOption(new Option('--role <role>', 'their new role').choices([...ROLES]))
    .option('--scope <ref...>', 'their new scope: area:<id>, hub:<id>, school:<URN>')
    .action(async (options: { email: string; name?: string; role?: Role; scope?: string[] }) => {
      await changeByEmail(options.email, {
        ...(options.name === undefined ? {} : { name: options.name }),
        ...(options.role === undefined ? {} : { role: options.role }),
        ...(options.scope === undefined ? {} : { scope: options.scope }),
      }, (user) => `Changed ${user.email}: ${user.role}${user.scope.length > 0 ? ` for ${user.scope.join(', ')}` : ''}.\n`);
    });

  users
    .command('list')
    .description('List users with their role, scope and status, by email')
    .option('--limit <n>', 'at most this many', parseListLimit, DEFAULT_LIST_LIMIT)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { limit: number; format: 'table' | 'json' }) => {
      const config = loadConfigOrThrow(io.env);
      const { all, total } = await withServices(config.database, async (services) => {
        return { all: await services.users.listUsers({ offset: 0, limit: options.limit }), total: await services.users.countUsers() };
      });
      noteShown(io, all.length, total, 'users, by email');
      if (options.format === 'json') {
        io.stdout(JSON.stringify(all, null, 2) + '\n');
        return;
      }
      io.stdout(
        all.length === 0
          ? 'No users yet. Add one with: oa users add --email E --role R\n'
          : formatTable(
              ['email', 'role', 'scope', 'status'],
              all.map((u) => [u.email, u.role, u.scope.join(' ') || '-', u.disabledAt === null ? (u.isDemo ? 'active (demo)' : 'active') : `disabled ${u.disabledAt}`]),
            ),
      );
    });

  users
    .command('disable')
    .description('Stop a user signing in: ends their sessions and revokes their API tokens')
    .requiredOption('--email <email>', 'the user to disable')
    .action(async (options: { email: string }) => {
      await changeByEmail(options.email, { disabled: true }, (user) => `Disabled ${user.email}: their sessions have ended and their API tokens are revoked.\n`);
    });

  users
    .command('enable')
    .description('Let a disabled user sign in again (their old API tokens stay revoked)')
    .requiredOption('--email <email>', 'the user to enable')
    .action(async (options: { email: string }) => {
      await changeByEmail(options.email, { disabled: false }, (user) => `Enabled ${user.email}: they can sign in again.\n`);
    });

  users
    .command('set-password')
    .description('Give a user a new password (a one-time one unless --password-stdin), ending their sessions')
    .requiredOption('--email <email>', 'the user')
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .action(async (options: { email: string; passwordStdin?: boolean }) => {
      const email = parseEmail(options.email);
      if (!email.ok) throw new UsageError(email.error);
      const password = options.passwordStdin === true ? (await io.readStdin()).replace(/\r?\n$/, '') : generatePassword();
      const weakness = checkPasswordStrength(password);
      if (weakness !== null) throw new UsageError(weakness);
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        if (!(await services.users.setUserPassword(email.value, await hashPassword(password), cliActor(io), io.now))) {
          throw new AppFailure(appError('not_found', `There is no user with the email ${email.value}`));
        }
        io.stdout(`Set a new password for ${email.value}; their sessions have ended.\n`);
        if (options.passwordStdin !== true) io.stdout(`One-time password (shown only now): ${password}\n`);
      });
    });
}
