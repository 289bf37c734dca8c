import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SMALL_AUTHORITIES, SMALL_DISTRICTS, writeTempFile } from '../ingest/geography/support.ts';
import { csv, SPINE_HEADER, SPINE_ROWS } from '../ingest/schools/fixtures.ts';
import { runOa } from '../support/cli.ts';

const env = { DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'oa-placement-')), 'oa.sqlite')}` };

const fenland = { ...SPINE_ROWS[2], URN: '150001', LA: '873', ESTAB: '0001', SCHNAME: 'Wisbech Academy', POSTCODE: 'PE13 1AA', TOWN: 'Wisbech' };

describe('oa schools placement and oa schools place', () => {
  beforeAll(async () => {
    expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
    for (const [kind, name, content] of [
      ['education-authorities', 'authorities.csv', SMALL_AUTHORITIES],
      ['geography', 'districts.csv', SMALL_DISTRICTS],
      ['schools', 'spine.csv', csv(SPINE_HEADER, [...SPINE_ROWS, fenland])],
    ] as const) {
      const run = await runOa(['import', kind, writeTempFile(name, content)], env);
      expect(run.code, run.stderr).toBe(0);
    }
  });

  it('reports open state-funded schools by rule as JSON, leaving out independent schools', async () => {
    const run = await runOa(['schools', 'placement', '--format', 'json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      total: 3, placed: 2, exact: 2, imputed: 0, unplaced: 1,
      by_rule: { gias: 0, coordinates: 0, single_tier_la: 2, postcode_sector: 0 },
      unplaced_schools: [{ urn: 150001, name: 'Wisbech Academy', reason: 'No coordinates, and no placed school shares its postcode sector PE13 1 in Cambridgeshire' }],
    });
  });

  it('prints the shares and the unplaced schools as a table, and every school as CSV', async () => {
    const table = await runOa(['schools', 'placement'], env);
    expect(table.stdout).toContain('Open state-funded schools: 3; placed 2 (66.7%), exact 2 (66.7%), imputed 0 (0.0%).');
    expect(table.stdout).toMatch(/single-tier-la\s+2\s+66\.7%/);
    expect(table.stdout).toMatch(/150001\s+Wisbech Academy\s+No coordinates/);
    const rows = (await runOa(['schools', 'placement', '--format', 'csv'], env)).stdout.trim().split(/\r?\n/);
    expect(rows[0]).toBe('urn,name,phase,district_code,rule,confidence,basis,note');
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(['100000', '140000', '150001']);
  });

  it('measures the rules with --check', async () => {
    const body = JSON.parse((await runOa(['schools', 'placement', '--check', '--format', 'json'], env)).stdout) as { check: { imputation: { tested: number }; exact_rules: { compared: number } } };
    expect(body.check).toMatchObject({ imputation: { tested: 0, imputed: 0, accuracy: null }, exact_rules: { compared: 0, agree: 0 } });
    expect((await runOa(['schools', 'placement', '--check'], env)).stdout).toContain('Leave-one-out over 0 schools placed by their coordinates in two-tier authorities');
  });

  it('places again on request, changing nothing when nothing changed, and refuses an unknown format', async () => {
    const run = await runOa(['schools', 'place'], env);
    expect(run).toMatchObject({ code: 0, stdout: 'Placed 3 of 4 schools in a district; 0 changed.\n' });
    expect((await runOa(['schools', 'placement', '--format', 'xml'], env)).code).toBe(2);
  });
});
