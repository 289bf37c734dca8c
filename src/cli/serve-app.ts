import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseHandle } from '../storage/database.ts';
import { checkPseudonymKeyOrThrow } from '../ingest/careers/open-pseudonymiser.ts';
import { buildServer, parseOidcConfigOrThrow } from '../server/index.ts';
import { retentionYearsOrThrow } from './careers/retention-command.ts';
import { localRoutesOrThrow } from './catch-up/import-command.ts';
import { contactEmailOrThrow, loadConfigOrThrow, pseudonymKeyPathOrThrow } from './config.ts';
import { approvalThresholdOrThrow } from './funding/spend-commands.ts';
import type { CliIo } from './io.ts';
import { WEB_BUILD_DIR } from './paths.ts';

/**
 * Serves the API and the built web app until SIGINT or SIGTERM, then closes the server and the database.
 * Resolves once the server has stopped.
 */
export async function serveUntilStopped(handle: DatabaseHandle, io: CliIo, options: { host: string; port: number }): Promise<void> {
  // Configuration first: a server that will not start should say only why.
  const oidc = parseOidcConfigOrThrow(io.env);
  const service = { contactEmail: contactEmailOrThrow(io.env), retentionYears: retentionYearsOrThrow(io.env, undefined) };
  const pseudonymKeyPath = pseudonymKeyPathOrNull(io.env);
  const catchUpLocalRoutes = localRoutesOrThrow(io.env);
  // A service that would record pupils under a key they were not made with must not start (issue 23, finding 10).
  if (pseudonymKeyPath !== null) await checkPseudonymKeyOrThrow(handle.db, pseudonymKeyPath);
  const webRoot = existsSync(join(WEB_BUILD_DIR, 'index.html')) ? WEB_BUILD_DIR : null;
  if (webRoot === null) io.stderr('The web app is not built, so only the API is served. Run: npm run build:web\n');
  const app = await buildServer({
    db: handle.db,
    engine: handle.engine,
    clock: io.now,
    webRoot,
    logger: { level: io.env['LOG_LEVEL'] ?? 'warn' },
    oidc,
    spendApprovalThresholdPence: approvalThresholdOrThrow(io.env),
    pseudonymKeyPath,
    trustProxy: loadConfigOrThrow(io.env).trustProxy,
    service,
    exportLimits: loadConfigOrThrow(io.env).exportLimits,
    catchUpLocalRoutes,
  });
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`Port ${String(options.port)} on ${options.host} is already in use. Choose another with --port.`, { cause: error });
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new Error(`Cannot listen on host ${options.host}: no such address on this machine.`, { cause: error });
    throw error;
  }
  const shownHost = options.host === '127.0.0.1' || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  io.stdout(`Opportunity Areas is running at http://${shownHost}:${String(options.port)}/ (API docs at /api/docs). Press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void app.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** The careers key file when one can be placed (see pseudonymKeyPathOrThrow); null leaves pupil recording off. */
function pseudonymKeyPathOrNull(env: NodeJS.ProcessEnv): string | null {
  try {
    return pseudonymKeyPathOrThrow(env, loadConfigOrThrow(env).database);
  } catch {
    return null;
  }
}
