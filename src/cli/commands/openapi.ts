import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { openDatabase } from '../../storage/database.ts';
import { buildOpenApiDocument } from '../../server/index.ts';
import type { CliIo } from '../io.ts';

export function registerOpenApiCommand(program: Command, io: CliIo): void {
  program
    .command('openapi')
    .description('Print the OpenAPI 3.1 document (or write it with --out), as committed in openapi.json')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (options: { out?: string }) => {
      // The document depends only on the routes, so an in-memory database is enough to build them.
      const handle = await openDatabase({ engine: 'sqlite', path: ':memory:' });
      try {
        const text = await buildOpenApiDocument(handle, io.now);
        if (options.out === undefined) io.stdout(text);
        else {
          writeFileSync(options.out, text);
          io.stdout(`Wrote ${options.out}\n`);
        }
      } finally {
        await handle.close();
      }
    });
}
