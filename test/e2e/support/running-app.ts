import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRole, ROLES, type Role } from '../../../src/domain/access/index.ts';

const OA_BIN = fileURLToPath(new URL('../../../bin/oa.js', import.meta.url));

export interface RunningApp {
  readonly baseUrl: string;
  /** The demo users `oa start` created and printed once, by role. */
  readonly demoUsers: Readonly<Record<Role, { email: string; password: string }>>;
  stop(): Promise<void>;
}

/** Reads the block `oa start` prints: a heading, then one `role  email  password` line per role. */
export function parseDemoUsers(output: string): Record<Role, { email: string; password: string }> {
  const users: Partial<Record<Role, { email: string; password: string }>> = {};
  for (const match of output.matchAll(/^ {2}(\w+) +(\S+@\S+) +(\S+)$/gm)) {
    const [, role = '', email = '', password = ''] = match;
    if (isRole(role)) users[role] = { email, password };
  }
  for (const role of ROLES) {
    if (users[role] === undefined) throw new Error(`oa start printed no demo user for ${role}:\n${output}`);
  }
  return users as Record<Role, { email: string; password: string }>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/**
 * Runs `oa start` exactly as `npm start` does (build the web app if stale, migrate, load demo data, serve) on
 * a free port, and resolves once it says it is running: on a fresh SQLite file, or on `databaseUrl`.
 */
export async function startApp(options: { databaseUrl?: string } = {}): Promise<RunningApp> {
  const port = await freePort();
  const databaseUrl = options.databaseUrl ?? `sqlite:${join(mkdtempSync(join(tmpdir(), 'oa-e2e-')), 'oa.sqlite')}`;
  const child: ChildProcess = spawn(process.execPath, [OA_BIN, 'start', '--port', String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`oa start did not come up within 180 s:\n${output}`));
    }, 180_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`oa start exited with ${String(code)}:\n${output}`));
    });
  });
  let stopping = false;
  // A server that stops while a test still uses it fails that test with "connection refused": say why it stopped.
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`oa start stopped on its own (exit code ${String(code)}, signal ${String(signal)}); the end of its output:\n${output.slice(-6000)}`);
  });
  return {
    baseUrl: `http://127.0.0.1:${String(port)}`,
    demoUsers: parseDemoUsers(output),
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
