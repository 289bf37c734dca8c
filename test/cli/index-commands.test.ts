import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { runOa } from '../support/cli.ts';
import { seedAttainmentIndicators } from '../support/attainment-indicators.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-index-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };

// Four districts, two indicators in two stages: worked by hand below.
const VALUES: [string, number, number][] = [
  ['E06000009', 40, 50], // Blackpool
  ['E06000015', 60, 30], // Derby
  ['E07000062', 50, 40], // Hastings
  ['E07000148', 70, 20], // Norwich
];

function recipeFile(name: string, recipe: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(recipe));
  return path;
}

const GOOD = {
  name: 'test',
  stages: [
    { id: 'school', name: 'School', indicators: [{ code: 'test_attainment', polarity: 'higher_is_better' }] },
    { id: 'place', name: 'Place', indicators: [{ code: 'test_deprivation', polarity: 'higher_is_worse' }] },
  ],
  coldSpot: { bottomShare: 0.25 },
  hotSpot: { topShare: 0.25 },
};

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
  await seedAttainmentIndicators(handle.db, VALUES);
  await handle.close();
});

describe('oa index', () => {
  it('ranks districts with a recipe file and gives each rank an interval', async () => {
    const run = await runOa(['index', 'compute', '--recipe', recipeFile('good.json', GOOD), '--format', 'json', '--draws', '200'], env);
    expect(run.code).toBe(0);
    const { areas } = JSON.parse(run.stdout) as { areas: { code: string; rank: number; cold_spot: boolean; hot_spot: boolean; rank_interval: number[]; stages: Record<string, number> }[] };
    // Attainment z: (40,60,50,70) mean 55 sd 11.18 → −1.342, 0.447, −0.447, 1.342; deprivation (higher is worse) is the
    // mirror image, so each area's overall score equals its attainment z: Norwich best, Blackpool worst.
    expect(areas.map((a) => [a.code, a.rank])).toEqual([['E07000148', 1], ['E06000015', 2], ['E07000062', 3], ['E06000009', 4]]);
    expect(areas[3]).toMatchObject({ cold_spot: true, hot_spot: false, rank_interval: [4, 4], stages: { school: -1.342, place: -1.342 } });
    expect(areas[0]?.hot_spot).toBe(true);
  });

  it('explains an area by the indicators that pull it down', async () => {
    const run = await runOa(['index', 'explain', '--recipe', recipeFile('good.json', GOOD), '--area', 'e06000009'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Blackpool is a cold spot mainly because of Attainment and Deprivation.');
  });

  it('refuses a bad recipe with every problem named by its field, as bad usage', async () => {
    const bad = recipeFile('bad.json', {
      name: 'bad',
      stages: [
        { id: 'a', name: 'A', indicators: [{ code: 'nope', polarity: 'higher_is_better', weight: '2' }] },
        { id: 'b', name: 'B', indicators: [] },
      ],
    });
    const run = await runOa(['index', 'compute', '--recipe', bad], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('stages[0].indicators[0].code');
    expect(run.stderr).toContain('stages[0].indicators[0].weight');
    expect(run.stderr).toContain('stages[1].indicators');
  });

  it('says when a shipped recipe’s indicators are not loaded yet', async () => {
    const run = await runOa(['index', 'compute', '--recipe', 'smc-2016'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown indicator "smc_ey_nursery_good_or_outstanding"');
  });

  it('compares with published ranks and counts Opportunity Areas among the cold spots', async () => {
    const published = join(dir, 'published.csv');
    writeFileSync(published, 'lad13_code,overall_rank\nE07000148,10\nE06000015,20\nE07000062,30\nE06000009,40\n');
    const run = await runOa(['index', 'compare', '--recipe', recipeFile('good.json', GOOD), '--published', published], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Published ranks: year not recorded in the file, 4 district(s) from published.csv.');
    expect(run.stdout).toContain("Spearman's rho with the published ranks: 1.000 over 4 districts ranked in both (of 4 published).");
    expect(run.stdout).toContain("Opportunity Areas with a district among this recipe's 1 cold spots: 1 of 12.");
  });

  describe('one year of published ranks at a time', () => {
    // Our ranks are Norwich 1, Derby 2, Hastings 3, Blackpool 4: the 2016 rows agree, the 2017 rows are reversed.
    const TWO_YEARS = [
      'smi_year,lad13_code,la_name,overall_rank',
      '2016,E07000148,Norwich,10',
      '2016,E06000015,Derby,20',
      '2016,E07000062,Hastings,30',
      '2016,E06000009,Blackpool,40',
      '2017,E07000148,Norwich,40',
      '2017,E06000015,Derby,30',
      '2017,E07000062,Hastings,20',
      '2017,E06000009,Blackpool,10',
    ].join('\n');
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, `${text}\n`);
      return path;
    };
    const compare = (recipe: unknown, csv: string, ...extra: string[]) => runOa(['index', 'compare', '--recipe', recipeFile('year.json', recipe), '--published', csv, ...extra], env);

    it('compares with the recipe’s edition by default and leaves the other year out', async () => {
      const run = await compare({ ...GOOD, edition: 2016 }, file('two-years.csv', TWO_YEARS));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Published ranks: 2016 (the recipe’s edition), 4 district(s) from two-years.csv; 4 row(s) of other years not used.');
      expect(run.stdout).toContain("Spearman's rho with the 2016 published ranks: 1.000 over 4 districts ranked in both (of 4 published).");
    });

    it('compares with the year asked for', async () => {
      const run = await compare({ ...GOOD, edition: 2016 }, file('two-years.csv', TWO_YEARS), '--year', '2017');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Published ranks: 2017 (as asked), 4 district(s)');
      expect(run.stdout).toContain("Spearman's rho with the 2017 published ranks: -1.000 over 4 districts");
    });

    it('takes the only year of a one-year file when the recipe names none', async () => {
      const run = await compare(GOOD, file('one-year.csv', TWO_YEARS.split('\n').filter((line) => !line.startsWith('2016')).join('\n')));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Published ranks: 2017 (the only year in the file), 4 district(s)');
    });

    it('asks for a year when the recipe names none and the file has several', async () => {
      const run = await compare(GOOD, file('two-years.csv', TWO_YEARS));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('The recipe test does not say which year of the index it stands for, and two-years.csv has ranks for 2016 and 2017. Choose one with --year');
    });

    it('refuses a year the file does not have, listing the years it has', async () => {
      const run = await compare({ ...GOOD, edition: 2016 }, file('two-years.csv', TWO_YEARS), '--year', '2015');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('two-years.csv has published ranks for 2016 and 2017, not 2015. Choose one of those with --year.');
      const notAYear = await compare(GOOD, file('two-years.csv', TWO_YEARS), '--year', 'last');
      expect(notAYear.code).toBe(2);
      expect(notAYear.stderr).toContain('must be the year of a published index, like 2016.');
    });

    it('says plainly that a file without a year column cannot be narrowed by --year', async () => {
      const run = await compare(GOOD, file('no-year.csv', 'lad13_code,overall_rank\nE07000148,1\nE06000015,2\nE07000062,3\nE06000009,4'), '--year', '2016');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('no-year.csv has no smi_year column, so --year 2016 cannot be checked: every rank in it is compared as one year.');
      expect(run.stdout).toContain("Spearman's rho with the published ranks: 1.000 over 4 districts");
    });

    it('refuses a district listed twice for the year compared, naming the lines', async () => {
      const run = await compare({ ...GOOD, edition: 2016 }, file('twice.csv', `${TWO_YEARS}\n2016,E06000009,Blackpool,39`));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('twice.csv lists E06000009 (Blackpool) 2 times for 2016, on lines 5 and 10. Keep one published rank per district and year.');
    });
  });

  it('selects from two indices: long list in both bands, shortlist with regional spread, a reason for each', async () => {
    const recipe = recipeFile('good.json', GOOD);
    const run = await runOa(['select', '--a', `${recipe}:bottom-half`, '--b', `${recipe}:bottom-half`, '--shortlist', '1', '--min-per-region', '0', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { longList: number; shortlist: { areaCode: string; region: string; reason: string }[]; passedOver: { areaCode: string }[] };
    // Worst half of both: Hastings (3rd) and Blackpool (4th); Blackpool is more in need.
    expect(body.longList).toBe(2);
    expect(body.shortlist).toEqual([expect.objectContaining({ areaCode: 'E06000009', region: 'North West', reason: 'picked: most in need of those left' })]);
    expect(body.passedOver.map((d) => d.areaCode)).toEqual(['E07000062']);
    expect((await runOa(['select', '--a', `${recipe}:worst`, '--b', `${recipe}:bottom-half`], env)).code).toBe(2);
    const badMinimum = await runOa(['select', '--a', `${recipe}:bottom-half`, '--b', `${recipe}:bottom-half`, '--min-per-region', 'lots'], env);
    expect(badMinimum.code).toBe(2);
    expect(badMinimum.stderr).toContain('must be a whole number from 0 to 1000');
  });
});
