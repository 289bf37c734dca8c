import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { hasPupilLevelRights, type ScopeRef } from '../../../domain/access/index.ts';
import { cellToCsv, cellToJson, valueCell, NOT_APPLICABLE, type Cell } from '../../../domain/disclosure/index.ts';
import { publishHoliday, summariseHoliday } from '../../../domain/holiday/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import { districtsOfArea } from '../../../storage/repositories/careers-advisers.repository.ts';
import { readHolidayReportInput } from '../../../storage/repositories/holiday/report-input.ts';
import type { Database } from '../../../storage/schema.ts';
import { sendTable } from '../../csv-reply.ts';
import { errorReply } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { areaHolidaySchema } from './schema.ts';

const FIGURES = ['placesOffered', 'placesTaken', 'takeUp', 'daysAttended', 'pupils', 'fsmPupils', 'fsmShare', 'daysPerPupil'] as const;
type Figure = (typeof FIGURES)[number];
type ClubRow = { readonly clubId: string; readonly name: string } & Readonly<Record<Figure, Cell>>;

const SNAKE: Readonly<Record<Figure, string>> = {
  placesOffered: 'places_offered', placesTaken: 'places_taken', takeUp: 'take_up', daysAttended: 'days_attended',
  pupils: 'pupils', fsmPupils: 'fsm_pupils', fsmShare: 'fsm_share', daysPerPupil: 'days_per_pupil',
};

const CSV: readonly CsvColumn<ClubRow>[] = [
  { header: 'club_id', value: (r) => r.clubId },
  { header: 'name', value: (r) => r.name },
  ...FIGURES.map((f) => ({ header: SNAKE[f], value: (r: ClubRow) => (r[f].kind === 'value' ? (r[f] as { value: number }).value : cellToCsv(r[f])) })),
];

/**
 * Holiday clubs by club within an Opportunity Area (docs/methodology.md §18.4), scoped like careers: the
 * national team and analysts any area, area leads and board viewers their own. Figures are exact only for
 * pupil-level rights over the area; otherwise through disclosure control.
 */
export function registerHolidayRoutes(app: ZodApp, deps: { db: Kysely<Database> }): void {
  const areaScope = (request: FastifyRequest): ScopeRef[] => [`area:${(request.params as { id: string }).id}`];

  app.get('/api/holiday/areas/:id', { schema: areaHolidaySchema, config: { access: { permission: 'aggregate:read', resource: areaScope } } }, async (request, reply) => {
    const districts = await districtsOfArea(deps.db, request.params.id);
    if (districts.length === 0) return reply.code(404).send(errorReply('not_found', `There is no Opportunity Area "${request.params.id}"`));
    const input = await readHolidayReportInput(deps.db, 'club');
    const clubs = input.clubs.filter((c) => c.area === request.params.id);
    const refs = new Set(clubs.map((c) => c.ref));
    const bookings = input.bookings.filter((b) => refs.has(b.clubRef));
    const pupilLevel = hasPupilLevelRights(request.principal, areaScope(request));
    const name = (key: string) => input.labels.get(key) ?? key;
    const published = pupilLevel ? null : publishHoliday(clubs, bookings, 'club');
    if (published !== null && published.unprotected > 0) return reply.code(503).send(errorReply('not_protected', 'Disclosure control could not prove every hidden figure safe, so none is shown'));
    const rows: ClubRow[] = published === null
      ? summariseHoliday(clubs, bookings, 'club').map((f) => {
          const cell = (v: number | null) => (v === null ? NOT_APPLICABLE : valueCell(v));
          return {
            clubId: f.key, name: name(f.key), placesOffered: cell(f.placesOffered), placesTaken: cell(f.placesTaken), takeUp: cell(f.takeUp), daysAttended: cell(f.daysAttended),
            pupils: cell(f.pupils), fsmPupils: cell(f.fsmPupils), fsmShare: cell(f.fsmShare), daysPerPupil: cell(f.daysPerPupil),
          };
        })
      : published.rows.map(({ key, ...cells }) => ({ clubId: key, name: name(key), ...cells }));
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `holiday-${request.params.id}`, CSV, rows);
    return {
      area: { id: request.params.id },
      disclosureControlled: !pupilLevel,
      rows: rows.map((r) => ({
        clubId: r.clubId, name: r.name, placesOffered: cellToJson(r.placesOffered), placesTaken: cellToJson(r.placesTaken), takeUp: cellToJson(r.takeUp),
        daysAttended: cellToJson(r.daysAttended), pupils: cellToJson(r.pupils), fsmPupils: cellToJson(r.fsmPupils), fsmShare: cellToJson(r.fsmShare), daysPerPupil: cellToJson(r.daysPerPupil),
      })),
    };
  });
}
