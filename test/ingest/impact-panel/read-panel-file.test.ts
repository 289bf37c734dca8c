import { describe, expect, it } from 'vitest';
import { parsePanelColumns, readPanelFile } from '../../../src/ingest/impact-panel/read-panel-file.ts';
import { ProblemList } from '../../../src/ingest/report.ts';

const read = (content: string, options: Parameters<typeof readPanelFile>[1] = {}) => {
  const problems = new ProblemList('panel.csv');
  const rows = readPanelFile(content, options, problems);
  return { rows, problems: problems.items.map((p) => ({ row: p.row, column: p.column, value: p.value, reason: p.reason })) };
};

describe('reading a panel file brought by an evaluator', () => {
  it('reads comma-separated rows, blanks and NA as missing, and the treated marks as given when no start is given', () => {
    const { rows, problems } = read('unit,period,value,treated\nA,2016,1.5,0\nA,2017,,1\nB,2016,NA,no\nB,2017,-2e1,false\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { unit: 'A', period: '2016', value: 1.5, treated: false },
      { unit: 'A', period: '2017', value: null, treated: true },
      { unit: 'B', period: '2016', value: null, treated: false },
      { unit: 'B', period: '2017', value: -20, treated: false },
    ]);
  });

  it('reads semicolon-separated rows with a decimal comma and headers named otherwise', () => {
    const columns = parsePanelColumns('unit=la,period=year,value=score,treated=oa');
    if (!columns.ok) throw new Error(columns.reason);
    const { rows, problems } = read('la;year;score;oa\r\nX;2016;12,5;yes\r\nY;2016;"1,25";0\r\n', { columns: columns.columns });
    expect(problems).toEqual([]);
    expect(rows?.map((r) => [r.unit, r.value, r.treated])).toEqual([['X', 12.5, true], ['Y', 1.25, false]]);
  });

  it('takes the start from --from: a treated unit is treated from it on whatever its earlier rows say', () => {
    const { rows } = read('unit,period,value,treated\nA,2015,1,1\nA,2016,2,1\nA,2017,3,1\nB,2015,1,0\nB,2016,2,0\nB,2017,3,0\n', { from: '2016' });
    expect(rows?.filter((r) => r.treated).map((r) => `${r.unit} ${r.period}`)).toEqual(['A 2016', 'A 2017']);
  });

  it('lists every bad row with its column and reason, and gives no rows', () => {
    const { rows, problems } = read('unit,period,value,treated\nA,2016,ten,0\nA,2017,2,maybe\nA,2016,3,0\n,2018,1,0\nB,2016,1,1\nB,2017,1,0\n', { from: '2017' });
    expect(rows).toBeNull();
    expect(problems).toEqual([
      { row: 2, column: 'value', value: 'ten', reason: 'Expected a number, or blank, NA, - or .' },
      { row: 3, column: 'treated', value: 'maybe', reason: 'Expected 1, 0, true, false, yes or no' },
      { row: 4, column: 'period', value: '2016', reason: 'A already has a row for 2016 (row 2): each unit may have one row per period' },
      { row: 5, column: 'unit', value: '', reason: 'This value is blank, but it is required' },
    ]);
    const contradicts = read('unit,period,value,treated\nA,2016,1,0\nA,2017,2,1\nB,2016,1,1\nB,2017,1,0\n', { from: '2017' });
    expect(contradicts.problems).toEqual([{ row: 5, column: 'treated', value: '0', reason: 'B is a treated unit (other rows are marked treated) but this row, from the start 2017 on, is not: mark it treated, or give another start' }]);
  });

  it('refuses a missing column, a repeated header, a start that is not a period and a bad column setting', () => {
    expect(read('unit,period,value\nA,2016,1\n').problems).toEqual([{ row: 1, column: 'treated', value: null, reason: 'The column "treated" is missing from the header row' }]);
    expect(read('unit,period,value,treated,Unit\nA,2016,1,0,A\n').problems[0]?.reason).toMatch(/^The column "unit" appears twice/);
    expect(read('unit,period,value,treated\nA,2016,1,0\nB,2016,1,1\n', { from: '2030' }).problems).toEqual([{ row: null, column: 'period', value: '2030', reason: 'The start 2030 is not a period of the file: choose one of 2016' }]);
    expect(parsePanelColumns('unit=la,place=year')).toEqual({ ok: false, reason: '"place=year" is not a column setting: write field=header, with field one of unit, period, value, treated, like unit=la,period=year' });
  });
});
