import { Option, type Command } from 'commander';
import { AppFailure, appError } from '../../app/errors.ts';
import { parseEmail } from '../../domain/access/index.ts';
import { generateApiToken } from '../../app/access/api-token.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { DEFAULT_LIST_LIMIT, noteShown, parseListLimit } from '../list-limit.ts';
import { withServices } from '../open-database.ts';
import { cliActor } from '../cli-actor.ts';
import { parseScopesOrThrow } from './users.ts';

export function registerTokensCommands(program: Command, io: CliIo): void {
  const tokens = program.command('tokens').description('API tokens for scripts (sent as Authorization: Bearer <token>)');

  tokens
    .command('create')
    .description('Create a token acting as a user, optionally narrowed to part of their scope; shown once')
    .requiredOption('--user <email>', 'the user the token acts as (it gets that user’s role)')
    .requiredOption('--name <name>', 'what the token is for, e.g. "nightly careers import"')
    .option('--scope <ref...>', 'narrow the token to these areas, hubs or schools (area:<id>, hub:<id>, school:<URN>)', [])
    .action(async (options: { user: string; name: string; scope: string[] }) => {
      const email = parseEmail(options.user);
      if (!email.ok) throw new UsageError(email.error);
      const scope = parseScopesOrThrow(options.scope);
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        const user = await services.users.findUserByEmail(email.value);
        if (user === null || user.disabledAt !== null) throw new AppFailure(appError('not_found', `There is no active user with the email ${email.value}`));
        const everywhere = user.role === 'admin' || user.role === 'analyst';
        const outside = everywhere ? [] : scope.filter((ref) => !user.scope.includes(ref));
        if (outside.length > 0) throw new UsageError(`A token cannot reach beyond its user's scope: ${outside.join(', ')} is outside ${user.email}'s`);
        const token = generateApiToken();
        await services.apiTokens.createApiToken({ publicId: token.publicId, secretHash: token.secretHash, userId: user.id, userEmail: user.email, name: options.name, scope }, cliActor(io), io.now);
        io.stdout(`Created token ${token.publicId} for ${user.email}. Copy it now; it cannot be shown again:\n${token.token}\n`);
      });
    });

  tokens
    .command('list')
    .description('List tokens (never their secrets), newest first')
    .option('--limit <n>', 'at most this many', parseListLimit, DEFAULT_LIST_LIMIT)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { limit: number; format: 'table' | 'json' }) => {
      const config = loadConfigOrThrow(io.env);
      const { all, total } = await withServices(config.database, async (services) => {
        return { all: await services.apiTokens.listApiTokens(options.limit), total: await services.apiTokens.countApiTokens() };
      });
      noteShown(io, all.length, total, 'API tokens, the newest');
      if (options.format === 'json') {
        io.stdout(JSON.stringify(all, null, 2) + '\n');
        return;
      }
      io.stdout(
        all.length === 0
          ? 'No API tokens yet. Create one with: oa tokens create --user E --name N\n'
          : formatTable(
              ['id', 'user', 'name', 'scope', 'last used', 'status'],
              all.map((t) => [t.publicId, t.userEmail, t.name, t.scope.join(' ') || '(user’s)', t.lastUsedAt ?? 'never', t.revokedAt === null ? 'active' : `revoked ${t.revokedAt}`]),
            ),
      );
    });

  tokens
    .command('revoke')
    .description('Revoke a token at once')
    .argument('<id>', 'the token id shown by oa tokens list')
    .action(async (id: string) => {
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        if (!(await services.apiTokens.revokeApiToken(id, cliActor(io), io.now))) throw new AppFailure(appError('not_found', `There is no active token with the id ${id}`));
        io.stdout(`Revoked token ${id}.\n`);
      });
    });
}
