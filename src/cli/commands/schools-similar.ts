import { InvalidArgumentError, Option, type Command } from 'commander';
import { toCsv } from '../../domain/shared/csv.ts';
import { DEFAULT_SCHOOL_FEATURES, DEFAULT_SIMILAR_COUNT, quartilePosition, similarSchools, type SchoolFeatureSpec } from '../../domain/twinning/index.ts';
import { comparableSchools, type ComparableSchool } from '../../storage/repositories/twinning.repository.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

const FEATURES: Readonly<Record<string, (s: ComparableSchool) => number | null>> = {
  pupils: (s) => s.pupils,
  pct_fsm: (s) => s.pctFsm,
  pct_sen: (s) => s.pctSen,
};

/** `pupils=0.5,pct_fsm=0.4` → specs for those features (others weigh 0); refuses unknown names and bad weights. */
export function parseSchoolWeights(text: string): SchoolFeatureSpec[] {
  const given = new Map<string, number>();
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const [name = '', weight = ''] = part.split('=');
    if (FEATURES[name.trim()] === undefined) throw new InvalidArgumentError(`"${name}" is not a feature: use ${Object.keys(FEATURES).join(', ')}.`);
    const w = Number(weight);
    if (weight.trim() === '' || !Number.isFinite(w) || w < 0) throw new InvalidArgumentError(`the weight of ${name} must be a number of 0 or more, e.g. ${name}=0.5.`);
    given.set(name.trim(), w);
  }
  if (![...given.values()].some((w) => w > 0)) throw new InvalidArgumentError('give at least one feature a weight above 0, e.g. pupils=0.5,pct_fsm=0.4,pct_sen=0.1.');
  return Object.keys(FEATURES).map((code) => ({ code, weight: given.get(code) ?? 0 }));
}

const wholeNumber = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 500) throw new InvalidArgumentError('must be a whole number from 1 to 500.');
  return n;
};

const parseUrn = (value: string): number => {
  if (!/^\d{6}$/.test(value.trim())) throw new InvalidArgumentError('must be a six-digit URN, e.g. 119434.');
  return Number(value);
};

const round = (x: number | null, places: number) => (x === null ? null : Math.round(x * 10 ** places) / 10 ** places);

const outcomes = (s: ComparableSchool) => ({
  ks2_pct_rwm_expected: s.ks2?.pctRwmExpected ?? null,
  ks4_attainment8: s.ks4?.attainment8 ?? null,
  ks4_progress8: s.ks4?.progress8 ?? null,
});

const described = (s: ComparableSchool) => ({
  urn: s.urn,
  name: s.name,
  phase: s.phase,
  la_code: s.laCode,
  region_code: s.regionCode,
  pupils: s.pupils,
  pct_fsm: round(s.pctFsm, 1),
  pct_sen: round(s.pctSen, 1),
  ...outcomes(s),
});

export function registerSchoolsCommands(program: Command, io: CliIo): void {
  const schools = program.command('schools').description('Schools: similar schools in the manner of DfE’s benchmarking tool');
  schools
    .command('similar')
    .description('The schools of the same phase most like one school (pupils, FSM share, SEN share), with their KS2 and KS4 results and where the school sits among them')
    .requiredOption('--urn <urn>', 'the school’s URN', parseUrn)
    .option('--count <n>', 'how many similar schools', wholeNumber, DEFAULT_SIMILAR_COUNT)
    .option('--same-region', 'take schools in the same region first, then the nearest elsewhere')
    .option('--weights <feature=weight,…>', 'weights of pupils, pct_fsm, pct_sen (default pupils=0.5,pct_fsm=0.4,pct_sen=0.1)', parseSchoolWeights)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (options: { urn: number; count: number; sameRegion?: boolean; weights?: SchoolFeatureSpec[]; format: 'table' | 'json' | 'csv' }) => {
      const config = loadConfigOrThrow(io.env);
      await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        const all = await comparableSchools(handle.db);
        const school = all.find((s) => s.urn === options.urn);
        if (school === undefined) {
          const known = await handle.db.selectFrom('schools').select(['name', 'status']).where('urn', '=', options.urn).executeTakeFirst();
          if (known === undefined) throw new UsageError(`There is no school with URN ${String(options.urn)}.`);
          throw new Error(`${known.name} (${String(options.urn)}) cannot be compared: it is ${known.status === 'open' ? 'not in the newest school census loaded' : known.status}.`);
        }
        const specs = options.weights ?? DEFAULT_SCHOOL_FEATURES;
        const getters = specs.map((spec) => FEATURES[spec.code] ?? (() => null));
        const found = similarSchools(
          all.map((s) => ({ urn: s.urn, phase: s.phase, regionCode: s.regionCode, features: getters.map((get) => get(s)) })),
          specs,
          { count: options.count, preferSameRegion: options.sameRegion === true, forUrns: [school.urn] },
        ).get(school.urn) ?? [];
        const byUrn = new Map(all.map((s) => [s.urn, s]));
        const similar = found.map((f, i) => {
          const s = byUrn.get(f.urn) as ComparableSchool;
          return { rank: i + 1, ...described(s), distance: round(f.distance, 4), same_region: f.sameRegion };
        });
        const position = {
          ks2_pct_rwm_expected: quartilePosition(outcomes(school).ks2_pct_rwm_expected, similar.map((s) => s.ks2_pct_rwm_expected), 'higher_is_better'),
          ks4_attainment8: quartilePosition(outcomes(school).ks4_attainment8, similar.map((s) => s.ks4_attainment8), 'higher_is_better'),
          ks4_progress8: quartilePosition(outcomes(school).ks4_progress8, similar.map((s) => s.ks4_progress8), 'higher_is_better'),
        };
        if (options.format === 'json') {
          io.stdout(JSON.stringify({ school: described(school), census_period: school.censusPeriod, weights: Object.fromEntries(specs.map((s) => [s.code, s.weight])), similar, position }, null, 2) + '\n');
          return;
        }
        const columns = ['rank', 'urn', 'name', 'la_code', 'pupils', 'pct_fsm', 'pct_sen', 'distance', 'same_region', 'ks2_pct_rwm_expected', 'ks4_attainment8', 'ks4_progress8'] as const;
        if (options.format === 'csv') {
          io.stdout(toCsv(columns.map((c) => ({ header: c, value: (r: (typeof similar)[number]) => (typeof r[c] === 'boolean' ? (r[c] ? 'yes' : 'no') : r[c]) })), similar));
          return;
        }
        io.stdout(`${school.name} (${String(school.urn)}), ${school.phase}: ${String(school.pupils ?? '–')} pupils, FSM ${String(round(school.pctFsm, 1) ?? '–')}%, SEN ${String(round(school.pctSen, 1) ?? '–')}% (census ${school.censusPeriod}).\n`);
        for (const [name, p] of Object.entries(position)) {
          if (p !== null) io.stdout(`${name}: ${String(p.rank)} of ${String(p.of)} among these schools, quartile ${String(p.quartile)} (1 = top quarter).\n`);
        }
        io.stdout('\n');
        io.stdout(formatTable([...columns], similar.map((r) => columns.map((c) => (typeof r[c] === 'boolean' ? (r[c] ? 'yes' : 'no') : String(r[c] ?? '–'))))));
      });
    });
}
