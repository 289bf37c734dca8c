import { Option, type Command } from 'commander';
import { checkRoleScope, parseEmail, parseScopeRef, ROLES, type Role, type ScopeRef } from '../../domain/access/index.ts';
import { checkPasswordStrength, generatePassword, hashPassword } from '../../app/access/password.ts';
import { countUsers, createUser, disableUser, listUsers, setUserPassword } from '../../storage/repositories/users.repository.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { DEFAULT_LIST_LIMIT, noteShown, parseListLimit } from '../list-limit.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

export function parseScopesOrThrow(values: readonly string[]): ScopeRef[] {
  return values.map((value) => {
    const parsed = parseScopeRef(value);
    if (!parsed.ok) throw new UsageError(parsed.error);
    return parsed.value;
  });
}

export function registerUsersCommands(program: Command, io: CliIo): void {
  const users = program.command('users').description('People who can sign in, with their role and scope');

  users
    .command('add')
    .description('Add a user; prints a one-time password unless --password-stdin gives one')
    .requiredOption('--email <email>', 'their work email address')
    .addOption(new Option('--role <role>', 'what they can do').choices([...ROLES]).makeOptionMandatory())
    .option('--scope <ref...>', 'areas, hubs or schools they cover: area:<id>, hub:<id>, school:<URN>', [])
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .action(async (options: { email: string; role: Role; scope: string[]; passwordStdin?: boolean }) => {
      const email = parseEmail(options.email);
      if (!email.ok) throw new UsageError(email.error);
      const scope = parseScopesOrThrow(options.scope);
      const scopeCheck = checkRoleScope(options.role, scope);
      if (!scopeCheck.ok) throw new UsageError(scopeCheck.error);
      const password = options.passwordStdin === true ? (await io.readStdin()).replace(/\r?\n$/, '') : generatePassword();
      const weakness = checkPasswordStrength(password);
      if (weakness !== null) throw new UsageError(weakness);
      const config = loadConfigOrThrow(io.env);
      await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        const user = await createUser(handle.db, { email: email.value, role: options.role, scope, passwordHash: await hashPassword(password) }, cliActor(io), io.now);
        if (user === null) throw new Error(`A user with the email ${email.value} already exists`);
        io.stdout(`Added ${user.email} as ${user.role}${scope.length > 0 ? ` for ${scope.join(', ')}` : ''}.\n`);
        if (options.passwordStdin !== true) io.stdout(`One-time password (shown only now): ${password}\n`);
      });
    });

  users
    .command('list')
    .description('List users with their role, scope and status, by email')
    .option('--limit <n>', 'at most this many', parseListLimit, DEFAULT_LIST_LIMIT)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { limit: number; format: 'table' | 'json' }) => {
      const config = loadConfigOrThrow(io.env);
      const { all, total } = await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        return { all: await listUsers(handle.db, { offset: 0, limit: options.limit }), total: await countUsers(handle.db) };
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
      const email = parseEmail(options.email);
      if (!email.ok) throw new UsageError(email.error);
      const config = loadConfigOrThrow(io.env);
      await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        if (!(await disableUser(handle.db, email.value, cliActor(io), io.now))) throw new Error(`There is no user with the email ${email.value}`);
        io.stdout(`Disabled ${email.value}: their sessions have ended and their API tokens are revoked.\n`);
      });
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
      await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        if (!(await setUserPassword(handle.db, email.value, await hashPassword(password), cliActor(io), io.now))) {
          throw new Error(`There is no user with the email ${email.value}`);
        }
        io.stdout(`Set a new password for ${email.value}; their sessions have ended.\n`);
        if (options.passwordStdin !== true) io.stdout(`One-time password (shown only now): ${password}\n`);
      });
    });
}
