import type { Command } from 'commander';
import { migrateToLatestOrThrow } from '../../storage/migrate.ts';
import { loadDemoDataInto } from '../../storage/seed/load-demo-data.ts';
import { createServices } from '../../storage/services/create-services.ts';
import { createDemoUsers, formatDemoUsers } from '../access/demo-users.ts';
import { isLoopbackHost } from '../access/loopback.ts';
import { UsageError } from '../failure.ts';
import { auditMigrations } from '../audit-migrations.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow, parsePortOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withDatabase } from '../open-database.ts';
import { serveUntilStopped } from '../serve-app.ts';
import { ensureWebAppBuilt } from '../web-build.ts';

export function registerStartCommand(program: Command, io: CliIo): void {
  program
    .command('start')
    .description('Build the web app if needed, migrate, load demo data into an empty database, and serve (what `npm start` runs)')
    .option('--port <n>', 'port to listen on (default: PORT or 3000)', (value) => parsePortOrThrow(value))
    .option('--host <host>', 'address to bind (default: HOST or 127.0.0.1)')
    .option('--allow-remote', 'let other machines reach this demo (its users have printed passwords)')
    .action(async (options: { port?: number; host?: string; allowRemote?: boolean }) => {
      const config = loadConfigOrThrow(io.env);
      const host = options.host ?? config.host;
      if (!isLoopbackHost(host) && options.allowRemote !== true) {
        throw new UsageError(
          `oa start is demo mode, with demo users whose passwords are printed, so it binds only to this machine. To serve on ${host} anyway, add --allow-remote; for real use, run oa serve.`,
        );
      }
      await ensureWebAppBuilt(io.stdout);
      await withDatabase(config.database, async (handle) => {
        const applied = await migrateToLatestOrThrow(handle.db, handle.location, io.now);
        await auditMigrations(handle.db, applied, cliActor(io), io.now);
        if (applied.length > 0) io.stdout(`Applied ${String(applied.length)} migration(s) to ${handle.location}.\n`);
        // Migrating and serving take the database itself (as oa db migrate and oa serve do); seeding the demo takes its services.
        const services = createServices(handle.db, handle.engine);
        if ((await services.lookups.countOpportunityAreas()) === 0) {
          const result = await loadDemoDataInto(services, io.now);
          io.stdout(`Loaded demo data: ${String(result.inserted)} rows of the programme’s published facts.\n`);
        }
        const demoUsers = await createDemoUsers(services, io.now);
        if (demoUsers.length > 0) io.stdout(formatDemoUsers(demoUsers));
        await serveUntilStopped(handle, io, { host, port: options.port ?? config.port });
      });
    });
}
