import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

// The text is linted as if it were an existing file of that layer (the type-aware parser only knows files
// in the project), so the folder's rules apply.
async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result?.messages.filter((m) => m.fatal === true)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  // The first lint builds the type-aware program for the whole project (tens of seconds on a busy machine):
  // done here, under the hook's time limit, rather than inside whichever rule runs first.
  beforeAll(async () => {
    await eslint.lintText('export const warm = 1;\n', { filePath: 'src/domain/places/area.ts' });
  });

  it('stop the domain importing storage, the server, Kysely or Node I/O', async () => {
    const messages = await restrictedImportMessages(
      'src/domain/places/area.ts',
      [
        "import type { Database } from '../../storage/schema.ts';",
        "import type { Kysely } from 'kysely';",
        "import { readFileSync } from 'node:fs';",
        "import type { FastifyInstance } from 'fastify';",
        'export type X = [Database, Kysely<Database>, typeof readFileSync, FastifyInstance];',
      ].join('\n'),
    );
    expect(messages).toHaveLength(4);
    expect(messages[0]).toContain('The domain may not import outer layers');
  });

  it('stop storage importing the server', async () => {
    const messages = await restrictedImportMessages(
      'src/storage/schema.ts',
      "import type { ServerDeps } from '../server/app.ts';\nexport type X = ServerDeps;",
    );
    expect(messages).toEqual(['\'../server/app.ts\' import is restricted from being used by a pattern. Storage sits below the server and CLI; it may use the domain only.']);
  });

  it('let the server import the domain and the services storage gives it', async () => {
    const messages = await restrictedImportMessages(
      'src/server/errors.ts',
      "import type { Fund } from '../domain/funding/index.ts';\nimport type { Services } from '../storage/services/create-services.ts';\nexport type X = [Fund, Services];",
    );
    expect(messages).toEqual([]);
  });

  it('give routes, commands and use cases services, never the database, and let the composition root and migrations hold it', async () => {
    const reachesTheDatabase = (depth: string) =>
      [
        "import type { Kysely } from 'kysely';",
        `import type { Database } from '${depth}storage/schema.ts';`,
        `import { listAudit } from '${depth}storage/repositories/audit.repository.ts';`,
        `import { connectionOf } from '${depth}storage/services/create-services.ts';`,
        'export const x = [listAudit, connectionOf] as const;',
        'export type X = Kysely<Database>;',
      ].join('\n');
    for (const [file, depth] of [
      ['src/server/routes/audit/routes.ts', '../../../'],
      ['src/cli/commands/audit.ts', '../../'],
      ['src/app/access/manage-users.ts', '../../'],
    ] as const) {
      const messages = await restrictedImportMessages(file, reachesTheDatabase(depth));
      expect(messages, file).toHaveLength(4);
      expect(messages[0], file).toContain('given services, not the database');
      expect(messages[3], file).toContain('for importers and storage only');
    }
    expect(await restrictedImportMessages('src/server/app.ts', reachesTheDatabase('../'))).toEqual([]);
    expect(await restrictedImportMessages('src/cli/commands/db-migrate.ts', reachesTheDatabase('../../'))).toEqual([]);
    // Importers work on the connection beneath the services.
    expect(await restrictedImportMessages('src/ingest/run-import.ts', reachesTheDatabase('../'))).toEqual([]);
  });

  it('stop the CLI reaching into the server except through its front door, src/server/index.ts', async () => {
    const messages = await restrictedImportMessages(
      'src/cli/commands/areas-list.ts',
      [
        "import { FUND_CSV_COLUMNS } from '../../server/routes/funds/routes.ts';",
        "import { buildServer } from '../../server/index.ts';",
        'export const x = [FUND_CSV_COLUMNS, buildServer];',
      ].join('\n'),
    );
    expect(messages).toEqual([
      "'../../server/routes/funds/routes.ts' import is restricted from being used by a pattern. The CLI reaches the server only through src/server/index.ts (to start it); what both use belongs in src/app, the domain or storage.",
    ]);
  });

  it('stop the application layer importing either front door', async () => {
    const messages = await restrictedImportMessages(
      'src/app/access/password.ts',
      "import { runCli } from '../../cli/program.ts';\nimport { buildServer } from '../../server/index.ts';\nexport const x = [runCli, buildServer];",
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('The application layer holds what both front doors share');
  });

  it('stop every layer above storage building a query, and let storage build them', async () => {
    const query = "import type { Kysely } from 'kysely';\nimport type { Database } from '../../storage/schema.ts';\nexport const q = (db: Kysely<Database>) => db.selectFrom('schools').selectAll().execute();\n";
    const messagesOf = async (filePath: string, code: string) => {
      const [result] = await eslint.lintText(code, { filePath });
      return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
    };
    for (const filePath of ['src/app/access/password.ts', 'src/ingest/run-import.ts', 'src/server/errors.ts', 'src/cli/failure.ts']) {
      expect(await messagesOf(filePath, query), filePath).toEqual(['Queries live in src/storage: add a function to a repository there and call it.']);
    }
    expect(await messagesOf('src/storage/repositories/places.repository.ts', query.replace('../../storage/schema.ts', '../schema.ts'))).toEqual([]);
  });

  it('stop a route choosing an error status itself, and let it send a success status', async () => {
    const route = (statusCall: string) =>
      [
        "import type { FastifyReply } from 'fastify';",
        `export const send = (reply: FastifyReply, status: number) => ${statusCall}.send({});`,
        'export const unused = (s: number) => s;',
      ].join('\n');
    const messagesOf = async (code: string) => {
      const [result] = await eslint.lintText(code, { filePath: 'src/server/routes/areas/routes.ts' });
      expect(result?.messages.filter((m) => m.fatal === true)).toEqual([]);
      return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
    };
    for (const call of ['reply.code(404)', 'reply.code(503)', 'reply.status(409)', 'reply.code(status)']) {
      expect(await messagesOf(route(call)), call).toEqual([
        'Routes do not choose error statuses: return an AppError (src/app/errors.ts) and send it with sendError from src/server/errors.ts, whose one table gives the status.',
      ]);
    }
    for (const call of ['reply.code(201)', 'reply.code(204)', 'reply.code(302)']) expect(await messagesOf(route(call)), call).toEqual([]);
  });
});
