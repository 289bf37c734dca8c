import { ATTENDANCE_ROLES, type AttendanceRole } from '../../../domain/research-network/index.ts';
import { syncRows } from '../../../storage/sync-rows.ts';
import type { Importer } from '../../importer.ts';
import { oneOf, text, urn, wholeNumberFrom, type CellParser } from '../../values.ts';
import { researchNetworkIds, schoolsHeld } from '../../../storage/repositories/lookups/exists.ts';

interface AttendanceRow {
  eventId: string;
  urn: number;
  role: AttendanceRole;
  people: number;
}

const people: CellParser<number> = (raw) => (raw.trim() === '' ? { ok: true, value: 1 } : wholeNumberFrom(1, 500)(raw));

/** Who came to each event: one row per event, school and role, with how many people (1 when blank). */
export const eventAttendanceImporter: Importer<AttendanceRow> = {
  kind: 'event-attendance',
  description: 'Research School network: event attendance',
  dependsOn: ['research-events', 'schools', 'schools-gias'],
  columns: {
    eventId: { headers: ['event_id'], parse: text },
    urn: { headers: ['urn'], parse: urn },
    role: { headers: ['role'], parse: oneOf(ATTENDANCE_ROLES) },
    people: { headers: ['people'], parse: people, optional: true },
  },
  key: (row) => `${row.eventId}|${String(row.urn)}|${row.role}`,
  async check(rows, problems, { db }) {
    const { events } = await researchNetworkIds(db);
    const known = await schoolsHeld(db, [...new Set(rows.map((r) => r.value.urn))]);
    for (const { row, value } of rows) {
      if (!events.has(value.eventId)) problems.add({ row, column: 'event_id', value: value.eventId, reason: `There is no event ${value.eventId}: import the events first, or correct the id` });
      if (!known.has(value.urn)) problems.add({ row, column: 'urn', value: String(value.urn), reason: `There is no school with the URN ${String(value.urn)} in the register` });
    }
  },
  load: (rows, { trx, dataSourceId }) =>
    syncRows(
      trx,
      'event_attendance',
      ['event_id', 'urn', 'role'],
      rows.map((r) => ({ event_id: r.eventId, urn: r.urn, role: r.role, people: r.people, data_source_id: dataSourceId })),
      { ignoreInComparison: ['data_source_id'] },
    ),
};
