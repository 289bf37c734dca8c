import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { connectionOf, createServices, type Services } from '../../src/storage/services/create-services.ts';
import { testEngines } from '../support/engines.ts';

const actor = { userId: null, label: 'test' };
const entry = (action: string) => ({ actor, at: '2026-12-07T00:00:00.000Z', action, entityType: 'test', entityId: 'services', summary: null });

describe.each(await testEngines())('the composition root on $name', (engine) => {
  let handle: DatabaseHandle;
  let services: Services;
  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    services = createServices(handle.db, handle.engine);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('gives each repository function the connection, so callers pass only their own arguments', async () => {
    await services.audit.recordAudit(entry('services.bound'));
    const found = await services.audit.listAudit({ action: 'services.bound' });
    expect(found.map((e) => e.action)).toEqual(['services.bound']);
    expect(services.engine).toBe(handle.engine);
  });

  it('lands every write of a transaction, or none when it fails', async () => {
    await services.transaction(async (tx) => {
      await tx.audit.recordAudit(entry('services.kept'));
    });
    await expect(
      services.transaction(async (tx) => {
        await tx.audit.recordAudit(entry('services.rolled-back'));
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await services.audit.countAudit({ action: 'services.kept' })).toBe(1);
    expect(await services.audit.countAudit({ action: 'services.rolled-back' })).toBe(0);
  });

  it('reads through services.reads what the writes made, and begins its transactions on the plain connection', async () => {
    expect(await services.reads.audit.countAudit({ action: 'services.kept' })).toBe(1);
    await services.reads.transaction((tx) => tx.audit.recordAudit(entry('services.from-reads')));
    expect(await services.audit.countAudit({ action: 'services.from-reads' })).toBe(1);
    if (handle.engine === 'sqlite') expect(connectionOf(services.reads)).not.toBe(handle.db);
    else expect(services.reads).toBe(services);
  });

  it('hands the connection only to services it made', () => {
    expect(connectionOf(services)).toBe(handle.db);
    expect(() => connectionOf({ ...services })).toThrow(/not made by createServices/);
  });
});
