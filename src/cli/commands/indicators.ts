import type { Command } from 'commander';
import { CONTEXT_DERIVED_INDICATORS, deriveContextIndicators } from '../../ingest/derive/context-indicators.ts';
import { deriveSchoolIndicators, SCHOOL_DERIVED_INDICATORS } from '../../ingest/derive/school-indicators.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

export function registerIndicatorCommands(program: Command, io: CliIo): void {
  const indicators = program.command('indicators').description('Indicators held for areas');
  indicators
    .command('derive')
    .description('Work out district indicators from the school data loaded (FSM, KS2, KS4, destinations), weighted by pupils, and the context indicators (population density, children, English as an additional language)')
    .addHelpText('after', `\nIndicators:\n${[...SCHOOL_DERIVED_INDICATORS, ...CONTEXT_DERIVED_INDICATORS].map((d) => `  ${d.code.padEnd(34)} ${d.name}`).join('\n')}\n`)
    .action(async () => {
      const config = loadConfigOrThrow(io.env);
      await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        const result = await deriveSchoolIndicators(handle.db, { now: io.now, actor: cliActor(io) });
        const context = await deriveContextIndicators(handle.db, { now: io.now, actor: cliActor(io) });
        if (result.values === 0 && context.values === 0) {
          io.stdout('No school data with districts to derive from yet. Run: oa import all <folder with the school files>\n');
          return;
        }
        const counts = (r: { inserted: number; updated: number; unchanged: number }) => `${String(r.inserted)} inserted, ${String(r.updated)} updated, ${String(r.unchanged)} unchanged`;
        if (result.values === 0) io.stdout('No school data with districts to derive school indicators from yet. Run: oa import all <folder with the school files>\n');
        else io.stdout(`Derived ${String(result.indicators)} indicators (${String(result.values)} district values): ${counts(result)}.\n`);
        if (context.values === 0) io.stdout('No LSOA populations, boundaries or school census to derive context indicators from yet. Run: oa import all <folder with the published files>\n');
        else io.stdout(`Derived ${String(context.indicators)} context indicators (${String(context.values)} district values): ${counts(context)}.\n`);
      });
    });
}
