import type { FastifyRequest } from 'fastify';
import { appError } from '../../../app/errors.ts';
import { z } from 'zod';
import type { ScopeRef } from '../../../domain/access/index.ts';
import { academicYearOf, firstSecondaryYear, formatAcademicYear, parseEncounterType, parseUpn } from '../../../domain/careers/index.ts';
import { openPseudonymiserOrThrow } from '../../../ingest/careers/open-pseudonymiser.ts';
import { PseudonymKeyError } from '../../../ingest/careers/pseudonym-key.ts';
import { parseDay, parseYearGroup } from '../../../ingest/careers/parse-encounter-cells.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { errorReplySchema, sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';

export const recordEncounterSchema = {
  summary: 'Record one encounter for one pupil (the GOV.UK form for small schools); the UPN is pseudonymised at once and never stored',
  tags: ['careers'],
  params: z.object({ urn: z.coerce.number().int().min(100000).max(999999) }),
  body: z.object({
    upn: z.string().max(20).describe('The pupil’s UPN: a check letter and 12 digits'),
    yearGroup: z.string().max(10).describe('7 to 13, or Y9'),
    fsm: z.boolean(),
    encounterDate: z.string().max(10).describe('YYYY-MM-DD'),
    encounterType: z.string().max(40),
    employerName: z.string().max(200).optional(),
  }),
  response: {
    201: z.object({ recorded: z.boolean().describe('False when this school had already recorded the same encounter for the pupil') }),
    400: errorReplySchema,
    404: errorReplySchema,
    503: errorReplySchema,
  },
};

/**
 * POST /api/careers/schools/:urn/encounters: one encounter, checked field by field as the importer checks
 * a row, with GOV.UK error messages per field. Needs pupil-level write access to the school. The year
 * group is taken as at the academic year of the server's clock. A pupil on another school's roll is
 * recorded in this school's own record of them (`hold`): the other school's record is not touched, and
 * the reply is the same as for a new pupil. Moving them is a transfer (held-pupils.ts).
 */
export function registerRecordEncounterRoute(app: ZodApp, deps: { services: Services; clock: () => Date; pseudonymKeyPath: string | null }, schoolScope: (request: FastifyRequest) => Promise<ScopeRef[]>): void {
  let pseudonymise: ((upn: string) => string) | null = null;
  app.post('/api/careers/schools/:urn/encounters', { schema: recordEncounterSchema, config: { access: { permission: 'pupil:write', resource: schoolScope } } }, async (request, reply) => {
    if (deps.pseudonymKeyPath === null) {
      return sendError(reply, appError('not_configured', 'Recording pupils needs a pseudonymisation key: set OA_PSEUDONYM_KEY_FILE and restart the service'));
    }
    const urn = request.params.urn;
    if (!(await deps.services.lookups.schoolExists(urn))) {
      return sendError(reply, appError('not_found', `There is no school with URN ${String(urn)} in the register`));
    }
    const body = request.body;
    const fields: { field: string; message: string }[] = [];
    const upn = parseUpn(body.upn);
    if (!upn.ok) fields.push({ field: 'upn', message: upn.error });
    const yearGroup = parseYearGroup(body.yearGroup);
    if (!yearGroup.ok) fields.push({ field: 'yearGroup', message: yearGroup.reason });
    const date = parseDay(body.encounterDate);
    if (!date.ok) fields.push({ field: 'encounterDate', message: date.reason });
    const type = parseEncounterType(body.encounterType);
    if (!type.ok) fields.push({ field: 'encounterType', message: type.error });
    const asAt = academicYearOf(deps.clock().toISOString().slice(0, 10));
    if (date.ok && yearGroup.ok) {
      const first = firstSecondaryYear(yearGroup.value, asAt);
      const year = academicYearOf(date.value);
      if (year < first || year > asAt) {
        fields.push({ field: 'encounterDate', message: `A pupil in year ${String(yearGroup.value)} in ${formatAcademicYear(asAt)} was in secondary school from 1 September ${String(first)}: enter a date from then to today` });
      }
    }
    if (!upn.ok || !yearGroup.ok || !date.ok || !type.ok || fields.length > 0) {
      return sendError(reply, appError('invalid_request', 'Check the encounter: some answers need changing', fields));
    }
    try {
      pseudonymise ??= await openPseudonymiserOrThrow(deps.services, deps.pseudonymKeyPath, deps.clock);
    } catch (error) {
      if (error instanceof PseudonymKeyError) return sendError(reply, appError('not_configured', error.message));
      throw error;
    }
    const employer = body.employerName?.trim().replace(/\s+/g, ' ') ?? '';
    const principal = request.principal;
    const counts = await deps.services.careersLedger.saveLedger(
      [{ pseudonym: pseudonymise(upn.value), urn, yearGroup: yearGroup.value, fsm: body.fsm, asAt, leavingDate: null, date: date.value, academicYear: academicYearOf(date.value), type: type.value, employerName: employer === '' ? null : employer }],
      // A pupil on another school's roll is held at this school, never moved and never told apart from a new
      // pupil: the reply would otherwise say whether a UPN is known elsewhere (docs/security.md, finding 2).
      { replace: false, actor: { userId: principal?.userId ?? null, label: principal?.email ?? 'unknown' }, now: deps.clock().toISOString(), source: `form:${String(urn)}`, pupilsElsewhere: 'hold' },
    );
    return reply.code(201).send({ recorded: counts.inserted === 1 });
  });
}
