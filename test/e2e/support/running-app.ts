import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OA_BIN = fileURLToPath(new URL('../../../bin/oa.js', import.meta.url));

export interface RunningApp {
  readonly baseUrl: string;
  stop(): Promise<void>;
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
 * a fresh SQLite file and a free port, and resolves once it says it is running.
 */
export async function startApp(): Promise<RunningApp> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'oa-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [OA_BIN, 'start', '--port', String(port)], {
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` },
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
  return {
    baseUrl: `http://127.0.0.1:${String(port)}`,
    stop: () =>
      new Promise<void>((resolve) => {
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
