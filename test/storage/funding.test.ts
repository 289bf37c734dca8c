import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allocate, type SpendInput } from '../../src/domain/funding/index.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { latestAllocationRun, saveAllocationRun } from '../../src/storage/repositories/allocations.repository.ts';
import { listAudit } from '../../src/storage/repositories/audit.repository.ts';
import { approveSpend, listSpend, loadSpendContext, recordSpend } from '../../src/storage/repositories/spend.repository.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';

const now = fixedClock('2020-11-25T10:00:00.000Z');
const lead = { userId: null, label: 'cli:lead' };
const admin = { userId: null, label: 'cli:admin' };
const payment = (over: Partial<SpendInput> = {}): SpendInput => ({
  recipient: 'blackpool',
  kind: 'payment',
  spentOn: '2018-03-31',
  purpose: 'Maths mastery training',
  evidenceStrand: 'mastery-learning',
  amountPence: 250_000,
  ...over,
});

describe.each(await testEngines())('funding storage on $name', (engine) => {
  let handle: DatabaseHandle;

  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, now);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('saves a confirmed run with every recipient’s working, exact to the penny at £10bn, and audits it', async () => {
    const allocation = allocate({ totalPence: 1_000_000_000_000, formula: 'proportional', recipients: [{ id: 'a', measure: 1 }, { id: 'b', measure: 1 }, { id: 'c', measure: 1 }], ceilingPence: 400_000_000_000 });
    if (!allocation.ok) throw new Error(allocation.error.message);
    const settings = { formula: 'proportional' as const, measureName: 'pupils', basePence: null, floorPence: null, ceilingPence: 400_000_000_000 };
    const id = await saveAllocationRun(handle.db, 'careers-fund-2017', settings, allocation.value, admin, now);
    const saved = await latestAllocationRun(handle.db, 'careers-fund-2017');
    expect(saved).toMatchObject({ id, fundId: 'careers-fund-2017', totalPence: 1_000_000_000_000, ceilingPence: 400_000_000_000, confirmedBy: 'cli:admin' });
    expect(saved?.rows).toEqual(allocation.value.rows);
    const [entry] = await listAudit(handle.db, { entityType: 'fund', entityId: 'careers-fund-2017' });
    expect(entry).toMatchObject({ action: 'funding.allocation.confirm', actor: 'cli:admin', summary: { runId: id, formula: 'proportional', recipients: 3 } });
    expect(await latestAllocationRun(handle.db, 'research-schools-2017')).toBeNull();
  });

  it('tracks spend against the published £6m pots until a run is confirmed', async () => {
    const context = await loadSpendContext(handle.db, 'opportunity-areas-2017-2020');
    expect(context?.allocations.source).toBe('pots');
    expect(context?.years).toEqual(['2017/18', '2018/19', '2019/20']);
    expect(context?.recipients.has('blackpool')).toBe(true);
    expect(await loadSpendContext(handle.db, 'nope')).toBeNull();
  });

  it('records spend with its period and area, holds lines above the threshold for a second person, and audits each write', async () => {
    const [small, large] = await recordSpend(handle.db, 'opportunity-areas-2017-2020', [payment(), payment({ amountPence: 2_000_000, kind: 'commitment', spentOn: '2019-09-01' })], {
      actor: lead,
      now,
      thresholdPence: 1_000_000,
    });
    expect(small).toMatchObject({ period: '2017/18', opportunityAreaId: 'blackpool', status: 'approved', amountPence: 250_000, recordedBy: 'cli:lead' });
    expect(large).toMatchObject({ period: '2019/20', status: 'pending_approval' });
    if (large === undefined) throw new Error('no line');

    expect(await approveSpend(handle.db, 'opportunity-areas-2017-2020', large.id, lead, now)).toEqual({ ok: false, error: 'You recorded this line, so someone else must approve it' });
    const approved = await approveSpend(handle.db, 'opportunity-areas-2017-2020', large.id, admin, now);
    expect(approved).toMatchObject({ ok: true, value: { status: 'approved', approvedBy: 'cli:admin' } });
    expect(await approveSpend(handle.db, 'opportunity-areas-2017-2020', 99_999, admin, now)).toBe('not_found');

    const audit = await listAudit(handle.db, { entityType: 'spend_line' });
    expect(audit.map((e) => e.action)).toEqual(['funding.spend.approve', 'funding.spend.create', 'funding.spend.create']);
    expect(await listSpend(handle.db, 'opportunity-areas-2017-2020', { opportunityAreaId: 'derby' })).toEqual([]);
    expect((await listSpend(handle.db, 'opportunity-areas-2017-2020', { opportunityAreaId: 'blackpool' })).map((l) => l.amountPence)).toEqual([250_000, 2_000_000]);
  });

  it('low (issue 23): holds a line that, with the recipient’s lines that day counted without approval, comes to more than the threshold', async () => {
    const options = { actor: lead, now, thresholdPence: 1_000_000 };
    const [first] = await recordSpend(handle.db, 'opportunity-areas-2017-2020', [payment({ amountPence: 600_000 })], options);
    const [second] = await recordSpend(handle.db, 'opportunity-areas-2017-2020', [payment({ amountPence: 600_000 })], options);
    const [otherDay] = await recordSpend(handle.db, 'opportunity-areas-2017-2020', [payment({ amountPence: 600_000, spentOn: '2018-04-01' })], options);
    const [otherRecipient] = await recordSpend(handle.db, 'opportunity-areas-2017-2020', [payment({ amountPence: 600_000, recipient: 'derby' })], options);
    expect([first?.status, second?.status, otherDay?.status, otherRecipient?.status]).toEqual(['approved', 'pending_approval', 'approved', 'approved']);
    const audit = await listAudit(handle.db, { entityType: 'spend_line', entityId: String(second?.id) });
    expect(audit[0]?.summary).toMatchObject({ status: 'pending_approval', heldBecause: 'same_day_total' });
    // Once a second person approves it, it no longer counts as unreviewed: another £4,000 that day counts at once.
    const approved = await approveSpend(handle.db, 'opportunity-areas-2017-2020', second?.id ?? 0, admin, now);
    expect(approved !== 'not_found' && approved.ok).toBe(true);
    const [fits] = await recordSpend(handle.db, 'opportunity-areas-2017-2020', [payment({ amountPence: 400_000 })], options);
    const [tips] = await recordSpend(handle.db, 'opportunity-areas-2017-2020', [payment({ amountPence: 1 })], options);
    expect([fits?.status, tips?.status]).toEqual(['approved', 'pending_approval']);
  });

  it('imports all lines or none: a failing line rolls back the lines before it', async () => {
    await expect(
      recordSpend(handle.db, 'opportunity-areas-2017-2020', [payment(), payment({ amountPence: -1 })], { actor: lead, now, thresholdPence: 1_000_000, importedFrom: { file: 'spend.csv', checksum: 'abc' } }),
    ).rejects.toThrow();
    expect(await listSpend(handle.db, 'opportunity-areas-2017-2020')).toEqual([]);
    await recordSpend(handle.db, 'opportunity-areas-2017-2020', [payment(), payment({ recipient: 'derby' })], { actor: lead, now, thresholdPence: 1_000_000, importedFrom: { file: 'spend.csv', checksum: 'abc' } });
    const [entry] = await listAudit(handle.db, { entityType: 'fund', entityId: 'opportunity-areas-2017-2020' });
    expect(entry).toMatchObject({ action: 'funding.spend.import', summary: { file: 'spend.csv', checksum: 'abc', lines: 2, pending: 0 } });
  });
});
