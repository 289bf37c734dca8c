import type { Command } from 'commander';
import { migrateToLatestOrThrow } from '../../storage/migrate.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withDatabase } from '../open-database.ts';
import { auditMigrations } from '../audit-migrations.ts';
import { cliActor } from '../cli-actor.ts';

export function registerDbCommands(program: Command, io: CliIo): void {
  const db = program.command('db').description('Manage the database schema');
  db.command('migrate')
    .description('Apply every pending migration (creates the SQLite file on first run)')
    .action(async () => {
      const config = loadConfigOrThrow(io.env);
      await withDatabase(config.database, async (handle) => {
        const applied = await migrateToLatestOrThrow(handle.db, handle.location, io.now);
        await auditMigrations(handle.db, applied, cliActor(io), io.now);
        io.stdout(
          applied.length === 0
            ? `Database at ${handle.location} is up to date.\n`
            : `Applied ${String(applied.length)} migration(s) to ${handle.location}: ${applied.join(', ')}\n`,
        );
      });
    });
}
