import { InvalidArgumentError, type Command } from 'commander';
import { checkEvidenceRule, DEFAULT_EVIDENCE_RULE, formatPupilShare } from '../../domain/places/index.ts';
import { CONTEXT_DERIVED_INDICATORS, deriveContextIndicators } from '../../ingest/derive/context-indicators.ts';
import { deriveSchoolIndicators, SCHOOL_DERIVED_INDICATORS } from '../../ingest/derive/school-indicators.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

const wholeSchools = (value: string): number => {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('must be a whole number of schools, like 3.');
  return Number(value);
};

const percentage = (value: string): number => {
  const n = Number(value.trim().replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('must be a percentage from 0 to 100, like 50.');
  return n;
};

export function registerIndicatorCommands(program: Command, io: CliIo): void {
  const indicators = program.command('indicators').description('Indicators held for areas');
  indicators
    .command('derive')
    .description('Work out district indicators from the school data loaded (FSM, KS2, KS4, destinations), weighted by pupils, where enough schools and pupils are behind them; and the context indicators (population density, children, English as an additional language)')
    .option('--min-schools <n>', 'mainstream schools with a figure a district needs for one (or all of them, where it has fewer)', wholeSchools, DEFAULT_EVIDENCE_RULE.minSchools)
    .option('--min-pupil-share <percent>', 'share of the district’s pupils in the phase the schools with a figure must hold', percentage, DEFAULT_EVIDENCE_RULE.minPupilShare * 100)
    .addHelpText(
      'after',
      `\nIndicators:\n${[...SCHOOL_DERIVED_INDICATORS, ...CONTEXT_DERIVED_INDICATORS].map((d) => `  ${d.code.padEnd(46)} ${d.name}`).join('\n')}\n\n` +
        'A district below the rule gets no value, stored with what it rests on (schools, share of pupils) so\n' +
        'every view can say why; the rule is kept with the figures. See docs/methodology.md §9.\n',
    )
    .action(async (options: { minSchools: number; minPupilShare: number }) => {
      const checked = checkEvidenceRule({ minSchools: options.minSchools, minPupilShare: options.minPupilShare / 100 });
      if (!checked.ok) throw new UsageError(`${checked.error.join('. ')}.`);
      const rule = checked.value;
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        const result = await deriveSchoolIndicators(services, { now: io.now, actor: cliActor(io), rule });
        const context = await deriveContextIndicators(services, { now: io.now, actor: cliActor(io) });
        if (result.values === 0 && context.values === 0) {
          io.stdout('No school data with districts to derive from yet. Run: oa import all <folder with the school files>\n');
          return;
        }
        if (result.values === 0) io.stdout('No school data with districts to derive school indicators from yet. Run: oa import all <folder with the school files>\n');
        else {
          io.stdout(
            `Derived ${String(result.indicators)} indicators (${String(result.values)} district values): ${String(result.inserted)} inserted, ${String(result.updated)} updated, ${String(result.removed)} removed, ${String(result.unchanged)} unchanged.\n`,
          );
          io.stdout(`Rule: at least ${String(rule.minSchools)} mainstream ${rule.minSchools === 1 ? 'school' : 'schools'} with a figure${rule.minSchools > 1 ? ' (or all of them, where a district has fewer)' : ''} and ${formatPupilShare(rule.minPupilShare)} of the district’s pupils in the phase.\n\n`);
          io.stdout(formatTable(['indicator', 'districts with a figure', 'not enough data'], result.outcomes.map((o) => [o.code, String(o.published), String(o.insufficient)])));
        }
        if (context.values === 0) io.stdout('No LSOA populations, boundaries or school census to derive context indicators from yet. Run: oa import all <folder with the published files>\n');
        else io.stdout(`Derived ${String(context.indicators)} context indicators (${String(context.values)} district values): ${String(context.inserted)} inserted, ${String(context.updated)} updated, ${String(context.unchanged)} unchanged.\n`);
      });
    });
}
