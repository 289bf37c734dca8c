import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { parse } from 'csv-parse/sync';
import {
  choosePublishedRanks,
  computeIndex,
  spearmanRho,
  type PublishedRankRow,
  type PublishedRanks,
  type PublishedRanksProblem,
} from '../../domain/social-mobility-index/index.ts';
import { findRepeatedHeaders, repeatedHeaderReason } from '../../ingest/csv/repeated-headers.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import { indicatorCodesOf, loadRecipeOrThrow } from '../index/load-recipe.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

const yearOption = (value: string): number => {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('must be the year of a published index, like 2016.');
  return Number(value);
};

/** `[2016, 2017]` → `2016 and 2017`. */
const joinAnd = (items: readonly number[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${String(items.at(-1))}`);

/** The rows of a CSV of published ranks with their line numbers; a file it cannot read is bad usage. */
function readPublishedRows(path: string): { rows: PublishedRankRow[]; hasYearColumn: boolean } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    const columns = (header: string[]) => {
      const [repeat] = findRepeatedHeaders(header, (h) => h.trim());
      if (repeat !== undefined) throw new UsageError(`${path}: ${repeatedHeaderReason(repeat)}`);
      return header;
    };
    records = parse<{ record: Record<string, string>; info: { lines: number } }>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { columns, skip_empty_lines: true, info: true });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = ['lad13_code', 'overall_rank'].filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0) throw new UsageError(`${path} has no ${missing.join(' or ')} column. A file of published ranks needs lad13_code and overall_rank (and smi_year when it holds more than one year).`);
  const hasYearColumn = header.includes('smi_year');
  const rows = records.map(({ record, info }) => ({
    line: info.lines,
    code: record['lad13_code'] ?? '',
    name: record['la_name'] ?? '',
    rank: record['overall_rank'] ?? '',
    year: hasYearColumn ? (record['smi_year'] ?? '') : null,
  }));
  return { rows, hasYearColumn };
}

function describeProblem(file: string, problem: PublishedRanksProblem, recipeName: string): string {
  switch (problem.kind) {
    case 'year_not_in_file':
      return `${file} has published ranks for ${joinAnd(problem.yearsInFile)}, not ${String(problem.year)}. Choose one of those with --year.`;
    case 'year_needed':
      return `The recipe ${recipeName} does not say which year of the index it stands for, and ${file} has ranks for ${joinAnd(problem.yearsInFile)}. Choose one with --year (or give the recipe an "edition").`;
    case 'duplicate_district': {
      const which = problem.year === null ? '' : ` for ${String(problem.year)}`;
      const name = problem.name === '' ? '' : ` (${problem.name})`;
      return `${file} lists ${problem.code}${name} ${String(problem.lines.length)} times${which}, on lines ${joinAnd(problem.lines)}. Keep one published rank per district${problem.year === null ? '' : ' and year'}.`;
    }
    case 'no_ranks':
      return `${file} has no rows${problem.year === null ? '' : ` for ${String(problem.year)}`} with a district code (lad13_code, like E06000009) and a whole-number overall_rank.`;
  }
}

function describeYear(chosen: PublishedRanks, file: string): string {
  const from = { option: 'as asked', recipe: 'the recipe’s edition', only_year: 'the only year in the file', none: '' }[chosen.yearSource];
  const other = chosen.otherYearRows > 0 ? `; ${String(chosen.otherYearRows)} row(s) of other years not used` : '';
  const skipped = chosen.skippedLines.length > 0 ? `; line(s) ${chosen.skippedLines.join(', ')} skipped (no district code or whole-number rank)` : '';
  const year = chosen.year === null ? 'year not recorded in the file' : `${String(chosen.year)} (${from})`;
  return `Published ranks: ${year}, ${String(chosen.ranks.size)} district(s) from ${file}${other}${skipped}.\n`;
}

/** `oa index compare`: a recipe's ranking against one year of published ranks (methodology §10.10). */
export function registerIndexCompareCommand(index: Command, io: CliIo): void {
  index
    .command('compare')
    .description('Compare a recipe’s ranking with one year of published ranks (Spearman’s rho) and count Opportunity Areas among its cold spots')
    .requiredOption('--recipe <name|file>', 'a recipe in recipes/ or a JSON file')
    .requiredOption('--published <csv>', 'a CSV with lad13_code and overall_rank columns, and smi_year when it holds several years (e.g. the SMC 2016 and 2017 ranks)')
    .option('--year <year>', 'the year of published ranks to compare with (default: the recipe’s edition, 2016 for both shipped recipes)', yearOption)
    .action(async (options: { recipe: string; published: string; year?: number }) => {
      const file = basename(options.published);
      const { rows, hasYearColumn } = readPublishedRows(options.published);
      if (!hasYearColumn && options.year !== undefined) {
        io.stderr(`${file} has no smi_year column, so --year ${String(options.year)} cannot be checked: every rank in it is compared as one year.\n`);
      }
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        const recipe = await loadRecipeOrThrow(services, options.recipe);
        const chosen = choosePublishedRanks(rows, { year: options.year, edition: recipe.edition });
        if (!chosen.ok) throw new UsageError(describeProblem(file, chosen.error, recipe.name));
        const published = chosen.value;
        const result = computeIndex(recipe, await services.indicators.latestIndicatorValues(indicatorCodesOf(recipe)));
        const ours = new Map(result.areas.map((a) => [a.areaCode, a.rank]));
        const rho = spearmanRho(ours, published.ranks);
        const oaDistricts = await services.lookups.opportunityAreaDistricts();
        const byCode = new Map(result.areas.map((a) => [a.areaCode, a]));
        const areasCold = new Set(oaDistricts.filter((d) => byCode.get(d.district_code)?.coldSpot === true).map((d) => d.id));
        const against = published.year === null ? 'the published ranks' : `the ${String(published.year)} published ranks`;
        io.stdout(describeYear(published, file));
        io.stdout(
          rho.ok
            ? `Spearman's rho with ${against}: ${rho.value.rho.toFixed(3)} over ${String(rho.value.sharedCount)} districts ranked in both (of ${String(published.ranks.size)} published).\n`
            : `Spearman's rho cannot be computed: ${rho.error}\n`,
        );
        io.stdout(`Opportunity Areas with a district among this recipe's ${String(result.coldSpotCount)} cold spots: ${String(areasCold.size)} of ${String(new Set(oaDistricts.map((d) => d.id)).size)}.\n`);
        io.stdout(
          formatTable(
            ['Opportunity Area', 'district', 'rank', 'of', 'cold spot', 'published rank'],
            oaDistricts.map((d) => {
              const a = byCode.get(d.district_code);
              const p = published.ranks.get(d.district_code);
              return [d.name, d.district_code, a === undefined ? '-' : String(a.rank), String(result.areas.length), a?.coldSpot === true ? 'yes' : 'no', p === undefined ? '-' : String(p)];
            }),
          ),
        );
      });
    });
}
