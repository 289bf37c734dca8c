import { InvalidArgumentError, Option, type Command } from 'commander';
import { toCsv } from '../../domain/shared/csv.ts';
import { DEFAULT_SIMILAR_COUNT, SCHOOL_FEATURES, SIMILAR_SCHOOL_COLUMNS, similarSchoolReport, type SchoolFeatureSpec, type SimilarSchoolRow } from '../../domain/twinning/index.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { schoolsCommand } from './schools-command.ts';

/** `pupils=0.5,pct_fsm=0.4` → specs for those features (others weigh 0); refuses unknown names and bad weights. */
export function parseSchoolWeights(text: string): SchoolFeatureSpec[] {
  const given = new Map<string, number>();
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const [name = '', weight = ''] = part.split('=');
    if (SCHOOL_FEATURES[name.trim()] === undefined) throw new InvalidArgumentError(`"${name}" is not a feature: use ${Object.keys(SCHOOL_FEATURES).join(', ')}.`);
    const w = Number(weight);
    if (weight.trim() === '' || !Number.isFinite(w) || w < 0) throw new InvalidArgumentError(`the weight of ${name} must be a number of 0 or more, e.g. ${name}=0.5.`);
    given.set(name.trim(), w);
  }
  if (![...given.values()].some((w) => w > 0)) throw new InvalidArgumentError('give at least one feature a weight above 0, e.g. pupils=0.5,pct_fsm=0.4,pct_sen=0.1.');
  return Object.keys(SCHOOL_FEATURES).map((code) => ({ code, weight: given.get(code) ?? 0 }));
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

const cell = (value: SimilarSchoolRow[keyof SimilarSchoolRow]): string | number | null => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : value);

export function registerSchoolsCommands(program: Command, io: CliIo): void {
  const schools = schoolsCommand(program);
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
      await withServices(config.database, async (services) => {
        const report = similarSchoolReport(await services.twinning.comparableSchools(), options.urn, { specs: options.weights, count: options.count, preferSameRegion: options.sameRegion === true });
        if (report === null) {
          const known = await services.lookups.schoolNameAndStatus(options.urn);
          if (known === undefined) throw new UsageError(`There is no school with URN ${String(options.urn)}.`);
          throw new Error(`${known.name} (${String(options.urn)}) cannot be compared: it is ${known.status === 'open' ? 'not in the newest school census loaded' : known.status}.`);
        }
        const { school, similar, position } = report;
        if (options.format === 'json') {
          io.stdout(JSON.stringify({ school, census_period: report.censusPeriod, weights: report.weights, similar, position }, null, 2) + '\n');
          return;
        }
        if (options.format === 'csv') {
          io.stdout(toCsv(SIMILAR_SCHOOL_COLUMNS.map((c) => ({ header: c, value: (r: SimilarSchoolRow) => cell(r[c]) })), similar));
          return;
        }
        io.stdout(`${school.name} (${String(school.urn)}), ${school.phase}: ${String(school.pupils ?? '–')} pupils, FSM ${String(school.pct_fsm ?? '–')}%, SEN ${String(school.pct_sen ?? '–')}% (census ${report.censusPeriod}).\n`);
        for (const [name, p] of Object.entries(position)) {
          if (p !== null) io.stdout(`${name}: ${String(p.rank)} of ${String(p.of)} among these schools, quartile ${String(p.quartile)} (1 = top quarter).\n`);
        }
        io.stdout('\n');
        io.stdout(formatTable([...SIMILAR_SCHOOL_COLUMNS], similar.map((r) => SIMILAR_SCHOOL_COLUMNS.map((c) => String(cell(r[c]) ?? '–')))));
      });
    });
}
