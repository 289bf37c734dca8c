import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOa } from '../support/cli.ts';

// "Café" in Windows-1252, as GIAS publishes: é is the single byte 0xE9.
const WINDOWS_1252 = Buffer.from([0x55, 0x52, 0x4e, 0x2c, 0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x31, 0x2c, 0x43, 0x61, 0x66, 0xe9, 0x0a]);

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/gias/ok.csv') {
      response.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(WINDOWS_1252.length) });
      response.end(WINDOWS_1252);
    } else if (request.url === '/broken') {
      response.writeHead(500);
      response.end('oops');
    } else {
      response.writeHead(404);
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const oa = (args: string[]) => runOa(args, {}, { now: '2026-11-25T09:00:00.000Z' });

describe('oa data download (against a local HTTP server)', () => {
  it('saves the file as UTF-8 and records where it came from with both checksums', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-download-'));
    const run = await oa(['data', 'download', '--to', dir, '--only', 'gias-establishments', '--url', `gias-establishments=${base}/gias/ok.csv`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('gias-establishments: saved');
    const saved = readFileSync(join(dir, 'edubasealldata20261125.csv'), 'utf8');
    expect(saved).toBe('URN,Name\n1,Café\n');
    const manifest = JSON.parse(readFileSync(join(dir, 'downloads.json'), 'utf8')) as Record<string, unknown>[];
    expect(manifest).toEqual([
      expect.objectContaining({
        id: 'gias-establishments',
        kind: 'schools-gias',
        url: `${base}/gias/ok.csv`,
        downloadedAt: '2026-11-25T09:00:00.000Z',
        bytes: 16,
        publishedSha256: createHash('sha256').update(WINDOWS_1252).digest('hex'),
        savedSha256: createHash('sha256').update('URN,Name\n1,Café\n').digest('hex'),
        encoding: 'windows-1252',
      }),
    ]);
  });

  it('fails with the server’s answer and leaves no partial file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-download-'));
    const run = await oa(['data', 'download', '--to', dir, '--only', 'gias-establishments', '--url', `gias-establishments=${base}/broken`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Could not download ${base}/broken: the server answered 500`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says where to find the link for files the publisher moves with each release', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-download-'));
    const run = await oa(['data', 'download', '--to', dir, '--only', 'iod2019-lsoa']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('iod2019-lsoa: the publisher has no stable link. Find the current one at https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019');
    expect(existsSync(join(dir, 'downloads.json'))).toBe(false);
  });

  it('refuses unknown files and malformed links as bad usage', async () => {
    expect((await oa(['data', 'download', '--only', 'nope'])).code).toBe(2);
    expect((await oa(['data', 'download', '--url', 'gias-establishments=ftp://x'])).code).toBe(2);
  });
});
