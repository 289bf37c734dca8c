import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runOa } from '../../support/cli.ts';
import { csv, POSTCODE_ROWS, POSTCODES_HEADER, spineCsv, spineWith } from './fixtures.ts';

let env: NodeJS.ProcessEnv;
let dir: string;

const oa = (args: string[]) => runOa(args, env);

describe('oa import with school files', () => {
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oa-cli-schools-'));
    env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}`, USER: 'ops' };
    expect((await oa(['db', 'migrate'])).code).toBe(0);
  });

  it('exits 1 on a malformed register, printing one line per problem with file, row, column, reason and value', async () => {
    const path = join(dir, 'spine.csv');
    writeFileSync(path, spineCsv(spineWith('100001', { URN: '10001', CLOSEDATE: '31-02-2019' })));
    const result = await oa(['import', 'schools', path]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'spine.csv, row 3, URN: A URN must be 6 digits, like 141257 (value "10001")',
        'spine.csv, row 3, CLOSEDATE: This date does not exist (value "31-02-2019")',
        'spine.csv (schools): 2 problems in 3 rows; nothing was imported from this file.',
        'oa: The file was not imported.',
        '',
      ].join('\n'),
    });
  });

  it('loads postcodes then the register from a folder in dependency order, and says what a dry run would do', async () => {
    const folder = join(dir, 'data');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a_spine.csv'), spineCsv());
    writeFileSync(join(folder, 'b_postcodes.csv'), csv(POSTCODES_HEADER, POSTCODE_ROWS));
    const dry = await oa(['import', 'all', folder, '--dry-run']);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toBe('b_postcodes.csv (postcodes): 2 would be inserted, 0 would be updated, 0 unchanged (dry run: nothing written)\n'
      + 'a_spine.csv (schools): 3 would be inserted, 0 would be updated, 0 unchanged (dry run: nothing written)\n');
    const real = await oa(['import', 'all', folder]);
    expect(real.stdout).toBe('b_postcodes.csv (postcodes): 2 inserted, 0 updated, 0 unchanged\na_spine.csv (schools): 3 inserted, 0 updated, 0 unchanged\n');
  });

  it('leaves out the kinds --except names, saying so, and refuses a kind that does not exist or --except without all', async () => {
    const folder = join(dir, 'except');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a_spine.csv'), spineCsv());
    writeFileSync(join(folder, 'b_postcodes.csv'), csv(POSTCODES_HEADER, POSTCODE_ROWS));
    const run = await oa(['import', 'all', folder, '--except', 'schools', '--dry-run']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('a_spine.csv (schools): left out, as --except asks\nb_postcodes.csv (postcodes): 2 would be inserted, 0 would be updated, 0 unchanged (dry run: nothing written)\n');
    const unknown = await oa(['import', 'all', folder, '--except', 'scools']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--except names no importer: scools');
    expect((await oa(['import', 'schools', join(folder, 'a_spine.csv'), '--except', 'postcodes'])).code).toBe(2);
  });
});
