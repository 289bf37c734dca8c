import { describe, expect, it } from 'vitest';
import {
  academicYearOf,
  academicYearsOf,
  checkApproval,
  computeVariance,
  currentAllocations,
  parsePounds,
  PUBLISHED_FUNDS,
  sameDayKey,
  statusesForNewLines,
  statusForAmount,
  validateSpend,
  type SpendLine,
  type SpendText,
} from '../../../src/domain/funding/index.ts';

const context = { recipients: new Set(['blackpool', 'derby']), years: ['2017/18', '2018/19', '2019/20'] };
const good: SpendText = { recipient: 'blackpool', kind: 'payment', spentOn: '2018-03-31', purpose: 'Maths mastery training', evidenceStrand: 'mastery-learning', amount: '£12,500.50' };

let nextId = 1;
const line = (over: Partial<SpendLine>): SpendLine => ({
  id: nextId++,
  fundId: 'f',
  recipient: 'blackpool',
  opportunityAreaId: 'blackpool',
  kind: 'payment',
  spentOn: '2017-10-01',
  period: '2017/18',
  purpose: 'p',
  evidenceStrand: null,
  amountPence: 0,
  status: 'approved',
  recordedBy: 'a@x.invalid',
  recordedByUserId: 1,
  recordedAt: '2017-10-01T00:00:00.000Z',
  approvedBy: null,
  approvedAt: null,
  ...over,
});

describe('checking a spend line', () => {
  it('accepts a good line, reading pounds and pence exactly', () => {
    expect(validateSpend(good, context)).toEqual({
      ok: true,
      value: { recipient: 'blackpool', kind: 'payment', spentOn: '2018-03-31', purpose: 'Maths mastery training', evidenceStrand: 'mastery-learning', amountPence: 1_250_050 },
    });
  });

  it('names every field at fault, in words that say how to fix it', () => {
    const result = validateSpend({ recipient: 'leeds', kind: 'gift', spentOn: '2021-02-30', purpose: ' ', evidenceStrand: 'Not A Slug', amount: '12.345' }, context);
    expect(result).toEqual({
      ok: false,
      error: [
        { field: 'recipient', message: 'leeds has no allocation from this fund: choose one of its recipients' },
        { field: 'kind', message: 'Select commitment or payment' },
        { field: 'spentOn', message: 'The date must be a real date, like 2019-10-02' },
        { field: 'purpose', message: 'Enter what the money was for' },
        { field: 'evidenceStrand', message: 'The evidence strand must be a Toolkit strand id, like metacognition-and-self-regulation' },
        { field: 'amountPence', message: 'The amount must be in pounds and pence, like 1,250.50: commas only between groups of three digits, and no more than 2 decimal places' },
      ],
    });
  });

  it('refuses a date outside the fund’s academic years', () => {
    const result = validateSpend({ ...good, spentOn: '2020-09-01' }, context);
    expect(!result.ok && result.error).toEqual([{ field: 'spentOn', message: "The date must be within the fund's years (2017/18, 2018/19, 2019/20)" }]);
  });

  it('reads amounts without floating point', () => {
    expect(parsePounds('0.10')).toEqual({ ok: true, value: 10 });
    expect(parsePounds('1,000,000.1')).toEqual({ ok: true, value: 100_000_010 });
    expect(parsePounds('125050p')).toEqual({ ok: true, value: 125_050 });
    expect(parsePounds('0')).toMatchObject({ ok: false });
    expect(parsePounds('-5')).toMatchObject({ ok: false });
  });

  it('low (issue 23): refuses "5,00.00" and other misplaced commas rather than reading £500, and takes only well-formed amounts', () => {
    const refused = { ok: false, error: 'The amount must be in pounds and pence, like 1,250.50: commas only between groups of three digits, and no more than 2 decimal places' };
    for (const text of ['5,00.00', '1,0000', ',500', '500,', '1,,000', '12,50', '1.234', '1,250.5.0', '£-5', '1 250']) expect(parsePounds(text), text).toEqual(refused);
    expect(parsePounds('£1,250.50')).toEqual({ ok: true, value: 125_050 });
    expect(parsePounds('£ 980,000')).toEqual({ ok: true, value: 98_000_000 });
    expect(parsePounds('1,970,000')).toEqual({ ok: true, value: 197_000_000 });
    expect(parsePounds('125,050p')).toEqual({ ok: true, value: 125_050 });
    expect(parsePounds('12,50p')).toEqual(refused);
  });
});

describe('academic years', () => {
  it('runs from September to August', () => {
    expect(academicYearOf('2019-09-01')).toBe('2019/20');
    expect(academicYearOf('2020-08-31')).toBe('2019/20');
    expect(academicYearOf('2099-12-31')).toBe('2099/00');
  });

  it('reads the fund periods as they are written', () => {
    expect(academicYearsOf('2017/18 to 2019/20')).toEqual(['2017/18', '2018/19', '2019/20']);
    expect(academicYearsOf('2020/21')).toEqual(['2020/21']);
    expect(academicYearsOf('2017-2020')).toBeNull();
  });
});

describe('approval by a second person', () => {
  it('holds lines above the threshold, not at it', () => {
    expect(statusForAmount(1_000_000, 1_000_000)).toBe('approved');
    expect(statusForAmount(1_000_001, 1_000_000)).toBe('pending_approval');
  });

  it('lets someone else approve a pending line, never whoever recorded it', () => {
    const pending = line({ status: 'pending_approval', recordedByUserId: 7, recordedBy: 'lead@x.invalid' });
    expect(checkApproval(pending, { userId: 8, label: 'admin@x.invalid' })).toEqual({ ok: true, value: true });
    expect(checkApproval(pending, { userId: 7, label: 'lead@x.invalid' })).toEqual({ ok: false, error: 'You recorded this line, so someone else must approve it' });
    const fromCli = line({ status: 'pending_approval', recordedByUserId: null, recordedBy: 'cli:ann' });
    expect(checkApproval(fromCli, { userId: null, label: 'cli:ann' }).ok).toBe(false);
    expect(checkApproval(fromCli, { userId: null, label: 'cli:bob' }).ok).toBe(true);
    expect(checkApproval(line({ status: 'approved' }), { userId: 9, label: 'b' }).ok).toBe(false);
  });
});

describe('variance by recipient and period', () => {
  // Blackpool: £6m over three years → £2m a year. 2017/18: £2.1m paid (over by £100,000). 2018/19: £1.5m
  // committed, £1.2m paid → used £1.5m, £500,000 under (the year has ended; paid is 40% below plan: underspend).
  // 2019/20: £1,950,000 paid, within 5% of £2m: no flag. A pending £50,000 line is shown but not counted.
  const spend = [
    line({ period: '2017/18', amountPence: 210_000_000 }),
    line({ period: '2018/19', kind: 'commitment', amountPence: 150_000_000 }),
    line({ period: '2018/19', amountPence: 120_000_000 }),
    line({ period: '2019/20', amountPence: 195_000_000 }),
    line({ period: '2019/20', amountPence: 5_000_000, status: 'pending_approval' }),
  ];
  const result = computeVariance({ allocations: [{ recipient: 'blackpool', amountPence: 600_000_000 }, { recipient: 'derby', amountPence: 600_000_000 }], spend, years: context.years, today: '2020-11-25' });

  it('profiles each allocation evenly over the years and flags each year', () => {
    expect(result.byPeriod.filter((r) => r.recipient === 'blackpool').map((r) => [r.period, r.plannedPence, r.usedPence, r.variancePence, r.flag, r.pendingPence])).toEqual([
      ['2017/18', 200_000_000, 210_000_000, -10_000_000, 'overspend', 0],
      ['2018/19', 200_000_000, 150_000_000, 50_000_000, 'underspend', 0],
      ['2019/20', 200_000_000, 195_000_000, 5_000_000, null, 5_000_000],
    ]);
  });

  it('totals each recipient over the fund, flagging a recipient with nothing spent once the fund has ended', () => {
    expect(result.byRecipient).toEqual([
      { recipient: 'blackpool', period: 'all', plannedPence: 600_000_000, committedPence: 150_000_000, paidPence: 525_000_000, usedPence: 525_000_000, variancePence: 75_000_000, flag: 'underspend', pendingPence: 5_000_000 },
      { recipient: 'derby', period: 'all', plannedPence: 600_000_000, committedPence: 0, paidPence: 0, usedPence: 0, variancePence: 600_000_000, flag: 'underspend', pendingPence: 0 },
    ]);
  });

  it('does not call a year underspent before it has ended, and puts odd pennies in the earlier years', () => {
    const early = computeVariance({ allocations: [{ recipient: 'derby', amountPence: 100 }], spend: [], years: context.years, today: '2018-11-25' });
    expect(early.byPeriod.map((r) => [r.period, r.plannedPence, r.flag])).toEqual([['2017/18', 34, 'underspend'], ['2018/19', 33, null], ['2019/20', 33, null]]);
  });
});

describe('what spend is tracked against', () => {
  it('uses the published £6m pots until a formula run is confirmed, then the run', () => {
    const fromPots = currentAllocations(PUBLISHED_FUNDS, 'opportunity-areas-2017-2020', null);
    expect(fromPots.source).toBe('pots');
    expect(fromPots.rows).toHaveLength(12);
    expect(fromPots.rows.find((r) => r.recipient === 'derby')?.amountPence).toBe(600_000_000);
    expect(currentAllocations(PUBLISHED_FUNDS, 'opportunity-areas-2017-2020', { id: 4, rows: [{ recipient: 'x', amountPence: 1 }] })).toEqual({ source: 'saved', runId: 4, rows: [{ recipient: 'x', amountPence: 1 }] });
    expect(currentAllocations(PUBLISHED_FUNDS, 'careers-fund-2017', null).source).toBe('none');
  });
});

describe('the approval rule over split lines (§12.7)', () => {
  const line = (recipient: string, spentOn: string, pounds: number) => ({ recipient, spentOn, amountPence: pounds * 100 });
  const statuses = (lines: ReturnType<typeof line>[], counted = new Map<string, number>(), oneFile = false) =>
    statusesForNewLines(lines, counted, 1_000_000, { oneFile }).map((s) => s.heldBecause);

  it('lets lines to one recipient on one day count until together they pass the threshold, then holds the rest', () => {
    expect(statuses([line('blackpool', '2019-10-02', 6000), line('blackpool', '2019-10-02', 4000), line('blackpool', '2019-10-02', 0.01), line('derby', '2019-10-02', 9000)])).toEqual([null, null, 'same_day_total', null]);
  });

  it('counts what already counted that day without approval', () => {
    const counted = new Map([[sameDayKey('blackpool', '2019-10-02'), 900_000]]);
    expect(statuses([line('blackpool', '2019-10-02', 1000), line('blackpool', '2019-10-02', 0.01), line('blackpool', '2019-10-03', 9000)], counted)).toEqual([null, 'same_day_total', null]);
  });

  it('in one file, holds all of a recipient’s lines under the threshold when together they pass it, whatever their days', () => {
    const file = [line('oldham', '2019-10-01', 5000), line('oldham', '2019-10-08', 5000.01), line('oldham', '2019-10-09', 2_000_000), line('norwich', '2019-10-01', 10_000)];
    expect(statuses(file, new Map(), true)).toEqual(['same_file_total', 'same_file_total', 'over_threshold', null]);
    expect(statuses(file, new Map(), false)).toEqual([null, null, 'over_threshold', null]);
  });
});
