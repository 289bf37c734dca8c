import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const OA_BIN = fileURLToPath(new URL('../../bin/oa.js', import.meta.url));

describe('oa writing into a pipe its reader closes early (oa … | head)', () => {
  it('stops quietly with exit code 0 instead of crashing', async () => {
    // The OpenAPI document is about 450 kB: far more than a pipe holds, so writing goes on after the close.
    const child = spawn(process.execPath, [OA_BIN, 'openapi'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
