import type { Command } from 'commander';
import { DEFAULT_HOST, loadConfigOrThrow, parsePortOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';
import { serveUntilStopped } from '../serve-app.ts';

export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('Serve the API and the built web app')
    .option('--port <n>', 'port to listen on (default: PORT or 3000)', (value) => parsePortOrThrow(value))
    .option('--host <host>', `address to bind (default: HOST or ${DEFAULT_HOST}; use 0.0.0.0 to accept other machines)`)
    .action(async (options: { port?: number; host?: string }) => {
      const config = loadConfigOrThrow(io.env);
      await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        await serveUntilStopped(handle, io, { host: options.host ?? config.host, port: options.port ?? config.port });
      });
    });
}
