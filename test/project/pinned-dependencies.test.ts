import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Read the installed manifest directly: some packages do not export their package.json.
const installedVersion = (name: string): string =>
  (JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;
const installedMajor = (name: string): number => Number(installedVersion(name).split('.')[0]);
const installedMinor = (name: string): string => installedVersion(name).split('.').slice(0, 2).join('.');

// The machines run Node 20; each of these pins holds back a newer major that needs Node 22 or breaks a tool.
describe('pinned dependencies', () => {
  it('keeps better-sqlite3 on v12: v13 needs Node 22 and segfaults on Node 20', () => {
    expect(installedMajor('better-sqlite3')).toBe(12);
  });

  it('keeps Kysely on 0.28: 0.29 needs Node 22', () => {
    expect(installedMinor('kysely')).toBe('0.28');
  });

  it('keeps commander on v14: v15 needs Node 22', () => {
    expect(installedMajor('commander')).toBe(14);
  });

  it('keeps Vitest on v4: v5 needs Node 22', () => {
    expect(installedMajor('vitest')).toBe(4);
  });

  it('keeps TypeScript below 6.1: typescript-eslint supports < 6.1', () => {
    expect(installedMinor('typescript')).toBe('6.0');
  });

  it('keeps @fastify/static on v9: v10 pulls content-disposition 3, which needs Node 22', () => {
    expect(installedMajor('@fastify/static')).toBe(9);
  });
});
