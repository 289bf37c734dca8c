import { EVENT_KINDS, type EventKind } from '../../../domain/research-network/index.ts';
import { parseSlug } from '../../../domain/shared/slug.ts';
import { syncRows } from '../../../storage/sync-rows.ts';
import type { Importer } from '../../importer.ts';
import { oneOf, optionalDate, text, type CellParser } from '../../values.ts';
import { researchNetworkIds } from '../../../storage/repositories/lookups/exists.ts';

interface EventRow {
  id: string;
  hubId: string;
  programmeId: string | null;
  kind: EventKind;
  title: string;
  heldOn: string;
}

const slug: CellParser<string> = (raw) => {
  const parsed = parseSlug(raw.trim());
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, reason: 'Use lower-case letters, digits and hyphens, like phonics-training-2018-01' };
};
const optionalSlug: CellParser<string | null> = (raw) => (raw.trim() === '' ? { ok: true, value: null } : slug(raw));
const date: CellParser<string> = (raw) => {
  const parsed = optionalDate(raw);
  if (!parsed.ok) return parsed;
  return parsed.value === null ? { ok: false, reason: 'This value is blank, but it is required' } : { ok: true, value: parsed.value };
};

/** A hub's events (briefings, training, follow-up), each tied to the hub and optionally one of its programmes. */
export const researchEventsImporter: Importer<EventRow> = {
  kind: 'research-events',
  description: 'Research School network: events',
  dependsOn: [],
  columns: {
    id: { headers: ['event_id'], parse: slug },
    hubId: { headers: ['hub_id'], parse: slug },
    programmeId: { headers: ['programme_id'], parse: optionalSlug, optional: true },
    kind: { headers: ['kind'], parse: oneOf(EVENT_KINDS) },
    title: { headers: ['title'], parse: text },
    heldOn: { headers: ['held_on'], parse: date },
  },
  key: (row) => row.id,
  async check(rows, problems, { db }) {
    const { hubs, programmeHubs: programmes } = await researchNetworkIds(db);
    for (const { row, value } of rows) {
      if (!hubs.has(value.hubId)) problems.add({ row, column: 'hub_id', value: value.hubId, reason: `There is no Research School ${value.hubId}: use a hub id like blackpool-research-school` });
      if (value.programmeId === null) continue;
      const hub = programmes.get(value.programmeId);
      if (hub === undefined) problems.add({ row, column: 'programme_id', value: value.programmeId, reason: `There is no programme ${value.programmeId}: add it first, or leave the cell blank` });
      else if (hub !== value.hubId) problems.add({ row, column: 'programme_id', value: value.programmeId, reason: `Programme ${value.programmeId} belongs to ${hub}, not ${value.hubId}` });
    }
  },
  load: (rows, { trx, dataSourceId }) =>
    syncRows(
      trx,
      'research_events',
      ['id'],
      rows.map((r) => ({ id: r.id, hub_id: r.hubId, programme_id: r.programmeId, kind: r.kind, title: r.title, held_on: r.heldOn, data_source_id: dataSourceId })),
      { ignoreInComparison: ['data_source_id'] },
    ),
};
