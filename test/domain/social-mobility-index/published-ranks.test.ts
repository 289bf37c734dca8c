import { describe, expect, it } from 'vitest';
import { choosePublishedRanks, type PublishedRankRow } from '../../../src/domain/social-mobility-index/index.ts';

// Rows as they are in the data folder's anchors file: West Somerset is last in both 2016 and 2017.
const row = (line: number, year: string | null, code: string, rank: string, name = ''): PublishedRankRow => ({ line, year, code, rank, name });
const ROWS = [row(2, '2016', 'E09000033', '1'), row(3, '2016', 'E07000191', '324', 'West Somerset'), row(4, '2017', 'E09000033', '1'), row(5, '2017', 'E07000191', '324', 'West Somerset'), row(6, '2017', 'E07000175', '323')];

describe('choosing one year of published ranks', () => {
  it('takes the year asked for before the recipe’s edition, and counts the rows it leaves out', () => {
    const chosen = choosePublishedRanks(ROWS, { year: 2017, edition: 2016 });
    expect(chosen.ok && { year: chosen.value.year, from: chosen.value.yearSource, ranks: [...chosen.value.ranks], other: chosen.value.otherYearRows }).toEqual({
      year: 2017,
      from: 'option',
      ranks: [['E09000033', 1], ['E07000191', 324], ['E07000175', 323]],
      other: 2,
    });
  });

  it('falls back to the recipe’s edition, then to the only year in the file', () => {
    const byEdition = choosePublishedRanks(ROWS, { edition: 2016 });
    expect(byEdition.ok && [byEdition.value.year, byEdition.value.yearSource, byEdition.value.ranks.size]).toEqual([2016, 'recipe', 2]);
    const only = choosePublishedRanks(ROWS.slice(0, 2), {});
    expect(only.ok && [only.value.year, only.value.yearSource]).toEqual([2016, 'only_year']);
    expect(choosePublishedRanks(ROWS, {})).toEqual({ ok: false, error: { kind: 'year_needed', yearsInFile: [2016, 2017] } });
  });

  it('refuses a year the file does not have, listing those it has', () => {
    expect(choosePublishedRanks(ROWS, { year: 2015 })).toEqual({ ok: false, error: { kind: 'year_not_in_file', year: 2015, yearsInFile: [2016, 2017] } });
  });

  it('refuses a district listed twice in one year, but not once in each of two years', () => {
    const twice = [...ROWS, row(7, '2016', 'e07000191', '323', 'West Somerset')];
    expect(choosePublishedRanks(twice, { year: 2016 })).toEqual({ ok: false, error: { kind: 'duplicate_district', code: 'E07000191', name: 'West Somerset', year: 2016, lines: [3, 7] } });
    expect(choosePublishedRanks(twice, { year: 2017 }).ok).toBe(true);
  });

  it('compares every row of a file without a year column, whatever year is asked for', () => {
    const noYears = [row(2, null, 'E09000033', '1'), row(3, null, 'E07000191', '324'), row(4, null, 'not a code', '5')];
    const chosen = choosePublishedRanks(noYears, { year: 2017 });
    expect(chosen.ok && [chosen.value.year, chosen.value.yearSource, chosen.value.ranks.size, chosen.value.skippedLines]).toEqual([null, 'none', 2, [4]]);
  });
});
