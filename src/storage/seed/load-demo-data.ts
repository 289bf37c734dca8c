import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { PUBLISHED_FUNDS } from '../../domain/funding/index.ts';
import { PUBLISHED_AREAS } from '../../domain/places/index.ts';
import {
  PUBLISHED_OPPORTUNITY_AREAS,
  PUBLISHED_PARTNERSHIP_BOARDS,
  PUBLISHED_RESEARCH_SCHOOLS,
} from '../../domain/programme/index.ts';
import type { AuditActor } from '../../domain/access/index.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { insertDataSource } from '../repositories/data-sources.repository.ts';
import type { Database } from '../schema.ts';
import { connectionOf, type Services } from '../services/create-services.ts';
import { addCounts, emptyCounts, syncRows, type SyncCounts } from '../sync-rows.ts';

export const DEMO_DATA_ORIGIN = 'module:src/domain (published programme facts)';

export interface DemoLoadResult extends SyncCounts {
  readonly rows: number;
  readonly checksum: string;
}

/** The seed as table rows, in foreign-key order (parents before children). */
function demoRows() {
  return {
    areas: PUBLISHED_AREAS.map((a) => ({ code: a.code, name: a.name, kind: a.kind, parent_code: a.parentCode, source_note: a.sourceNote })),
    opportunity_areas: PUBLISHED_OPPORTUNITY_AREAS.map((oa) => ({
      id: oa.id,
      name: oa.name,
      announced_as: oa.announcedAs,
      wave: oa.wave,
      announced_on: oa.announcedOn,
      source_note: oa.sourceNote,
    })),
    opportunity_area_districts: PUBLISHED_OPPORTUNITY_AREAS.flatMap((oa) =>
      oa.districtCodes.map((code) => ({ opportunity_area_id: oa.id, district_code: code })),
    ),
    partnership_boards: PUBLISHED_PARTNERSHIP_BOARDS.map((b) => ({
      opportunity_area_id: b.opportunityAreaId,
      chair: b.chair,
      chair_named_on: b.chairNamedOn,
      source_note: b.sourceNote,
    })),
    research_schools: PUBLISHED_RESEARCH_SCHOOLS.map((r) => ({
      id: r.id,
      name: r.name,
      host_name: r.hostName,
      host_urn: r.hostUrn,
      opportunity_area_id: r.opportunityAreaId,
      announced_on: r.announcedOn,
      source_note: r.sourceNote,
    })),
    funds: PUBLISHED_FUNDS.map((f) => ({
      id: f.id,
      name: f.name,
      amount_pence: f.amountPence,
      period: f.period,
      scope: f.scope,
      kind: f.kind,
      parent_id: f.parentId,
      opportunity_area_id: f.opportunityAreaId,
      source_note: f.sourceNote,
      funder: f.funder,
      conditions: f.conditions,
      // Not written: a profile is set by the programme team (oa funding profile) and reloading the demo keeps it.
    })),
  };
}

const KEYS: Record<keyof ReturnType<typeof demoRows>, readonly string[]> = {
  areas: ['code'],
  opportunity_areas: ['id'],
  opportunity_area_districts: ['opportunity_area_id', 'district_code'],
  partnership_boards: ['opportunity_area_id'],
  research_schools: ['id'],
  funds: ['id'],
};

/**
 * Loads the programme's published facts in one transaction: new rows are inserted, changed rows updated,
 * equal rows left alone, and nothing else is touched. A load that changed something is recorded in
 * `data_sources` with the seed's checksum and in the audit log; loading the same seed again changes nothing.
 */
export async function loadDemoData(
  db: Kysely<Database>,
  now: () => Date,
  actor: AuditActor = { userId: null, label: 'cli' },
): Promise<DemoLoadResult> {
  const rows = demoRows();
  const checksum = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const total = Object.values(rows).reduce((n, list) => n + list.length, 0);
  return db.transaction().execute(async (trx) => {
    let counts = emptyCounts();
    for (const table of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
      counts = addCounts(counts, await syncRows(trx, table, KEYS[table], rows[table]));
    }
    if (counts.inserted + counts.updated > 0) {
      await recordAudit(trx, {
        actor,
        at: now().toISOString(),
        action: 'demo.load',
        entityType: 'data_source',
        entityId: DEMO_DATA_ORIGIN,
        summary: { inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged, checksum },
      });
      await insertDataSource(trx, {
        name: 'Opportunity Areas programme: published facts (demo data)',
        origin: DEMO_DATA_ORIGIN,
        loadedAt: now().toISOString(),
        rowCount: total,
        checksum,
      });
    }
    return { ...counts, rows: total, checksum };
  });
}

/** `loadDemoData` for a command, which holds the services and not the database (`oa demo load`, `oa start`). */
export function loadDemoDataInto(services: Services, now: () => Date, actor?: AuditActor): Promise<DemoLoadResult> {
  return loadDemoData(connectionOf(services), now, actor);
}
