import { err, ok, type Result } from '../shared/result.ts';

/** One row of a file of published ranks, as read: its line in the file and its cells (year `null` when the file has no year column). */
export interface PublishedRankRow {
  readonly line: number;
  readonly code: string;
  readonly name: string;
  readonly rank: string;
  readonly year: string | null;
}

/** Where the year compared came from: asked for, the recipe's edition, or the only year the file has. */
export type PublishedYearSource = 'option' | 'recipe' | 'only_year' | 'none';

export interface PublishedRanks {
  /** The year compared; `null` when the file does not say which year each rank is for. */
  readonly year: number | null;
  readonly yearSource: PublishedYearSource;
  /** District code → published rank, for the year compared. */
  readonly ranks: ReadonlyMap<string, number>;
  /** Every year the file has, ascending (empty without a year column). */
  readonly yearsInFile: readonly number[];
  /** Rows of other years, not used. */
  readonly otherYearRows: number;
  /** Rows of the year compared without a district code or a whole-number rank, by line. */
  readonly skippedLines: readonly number[];
}

export type PublishedRanksProblem =
  | { readonly kind: 'year_not_in_file'; readonly year: number; readonly yearsInFile: readonly number[] }
  | { readonly kind: 'year_needed'; readonly yearsInFile: readonly number[] }
  | { readonly kind: 'duplicate_district'; readonly code: string; readonly name: string; readonly year: number | null; readonly lines: readonly number[] }
  | { readonly kind: 'no_ranks'; readonly year: number | null };

const GSS_DISTRICT = /^E0[6-9]\d{6}$/;
const WHOLE = /^\d+$/;

/**
 * The published ranks of one year, so a comparison never mixes years (docs/methodology.md §10.10). The year
 * is `year` when given, else the recipe's `edition`, else the file's only year; a file without a year
 * column has every row compared. A district listed twice for the year is refused, naming the lines.
 *
 * @example
 * choosePublishedRanks([{ line: 2, code: 'E07000191', name: 'West Somerset', rank: '324', year: '2016' },
 *   { line: 3, code: 'E07000191', name: 'West Somerset', rank: '324', year: '2017' }], { edition: 2016 })
 * // → ok({ year: 2016, yearSource: 'recipe', ranks: Map { 'E07000191' → 324 }, otherYearRows: 1, … })
 */
export function choosePublishedRanks(
  rows: readonly PublishedRankRow[],
  options: { readonly year?: number | undefined; readonly edition?: number | undefined },
): Result<PublishedRanks, PublishedRanksProblem> {
  const hasYears = rows.some((r) => r.year !== null);
  const yearsInFile = hasYears ? [...new Set(rows.flatMap((r) => (r.year !== null && WHOLE.test(r.year.trim()) ? [Number(r.year)] : [])))].sort((a, b) => a - b) : [];
  let year: number | null = null;
  let yearSource: PublishedYearSource = 'none';
  if (hasYears) {
    if (options.year !== undefined) [year, yearSource] = [options.year, 'option'];
    else if (options.edition !== undefined) [year, yearSource] = [options.edition, 'recipe'];
    else if (yearsInFile.length === 1) [year, yearSource] = [yearsInFile[0] ?? null, 'only_year'];
    else return err({ kind: 'year_needed', yearsInFile });
    if (year !== null && !yearsInFile.includes(year)) return err({ kind: 'year_not_in_file', year, yearsInFile });
  }
  const chosen = year === null ? rows : rows.filter((r) => r.year !== null && r.year.trim() !== '' && Number(r.year) === year);
  const linesOf = new Map<string, PublishedRankRow[]>();
  const skippedLines: number[] = [];
  for (const row of chosen) {
    const code = row.code.trim().toUpperCase();
    if (!GSS_DISTRICT.test(code) || !WHOLE.test(row.rank.trim())) {
      skippedLines.push(row.line);
      continue;
    }
    linesOf.set(code, [...(linesOf.get(code) ?? []), row]);
  }
  for (const [code, list] of linesOf) {
    if (list.length > 1) return err({ kind: 'duplicate_district', code, name: list[0]?.name ?? '', year, lines: list.map((r) => r.line) });
  }
  const ranks = new Map([...linesOf].map(([code, list]) => [code, Number(list[0]?.rank.trim())]));
  if (ranks.size === 0) return err({ kind: 'no_ranks', year });
  return ok({ year, yearSource, ranks, yearsInFile, otherYearRows: rows.length - chosen.length, skippedLines });
}
