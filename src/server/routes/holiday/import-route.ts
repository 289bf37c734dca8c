import { basename } from 'node:path';
import { appError } from '../../../app/errors.ts';
import type { FastifyRequest } from 'fastify';
import type { ScopeRef } from '../../../domain/access/index.ts';
import { openPseudonymiserOrThrow } from '../../../ingest/careers/open-pseudonymiser.ts';
import { PseudonymKeyError } from '../../../ingest/careers/pseudonym-key.ts';
import { importHolidayAttendanceText } from '../../../ingest/holiday/import-attendance.ts';
import { importHolidayClubsText } from '../../../ingest/holiday/import-clubs.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { BODY_LIMITS } from '../../body-limits.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { importHolidaySchema } from './import-schema.ts';
import { sendFileRefused } from '../file-refused.ts';

export interface ImportHolidayRouteDeps {
  readonly services: Services;
  readonly clock: () => Date;
  /** The careers pseudonymisation key file; null: attendance cannot be recorded (503). */
  readonly pseudonymKeyPath: string | null;
  /** Years a record is kept after its academic year ends (OA_RETENTION_YEARS). */
  readonly retentionYears: number;
}

/**
 * POST /api/holiday/areas/:id/import: an area's clubs file or attendance file uploaded on its holiday page,
 * through the same importers as `oa holiday import` (all or nothing, UPNs pseudonymised, audited), with
 * every club in the area. Needs edit access to the area (its area lead; the national team any area). A
 * refused file is answered 422 with its problems by row and column; no cell is quoted back, as a misplaced
 * column could put a UPN in any of them.
 */
export function registerImportHolidayRoute(app: ZodApp, deps: ImportHolidayRouteDeps, areaScope: (request: FastifyRequest) => ScopeRef[]): void {
  let pseudonymise: ((upn: string) => string) | null = null;
  app.post('/api/holiday/areas/:id/import', { schema: importHolidaySchema, bodyLimit: BODY_LIMITS.schoolFile, config: { access: { permission: 'area:write', resource: areaScope } } }, async (request, reply) => {
    const area = await deps.services.lookups.opportunityAreaName(request.params.id);
    if (area === undefined) return sendError(reply, appError('not_found', `There is no Opportunity Area "${request.params.id}"`));
    const onlyDistricts = { codes: new Set(await deps.services.careersAdvisers.districtsOfArea(area.id)), name: area.name };
    const file = basename(request.body.fileName.replaceAll('\\', '/'));
    const principal = request.principal;
    const source = `upload:${area.id}:${file}`;
    const actor = { userId: principal?.userId ?? null, label: principal?.email ?? 'unknown' };
    const { kind, text } = request.body;
    let outcome;
    if (kind === 'clubs') {
      const clubs = await importHolidayClubsText(deps.services, file, text, { actor, now: deps.clock, onlyDistricts, source });
      outcome = clubs.ok ? { ...clubs, counts: { ...clubs.counts, pupilsAdded: 0, pastRetention: 0 } } : clubs;
    } else {
      if (deps.pseudonymKeyPath === null) {
        return sendError(reply, appError('not_configured', 'Recording pupils needs a pseudonymisation key: set OA_PSEUDONYM_KEY_FILE and restart the service'));
      }
      try {
        pseudonymise ??= await openPseudonymiserOrThrow(deps.services, deps.pseudonymKeyPath, deps.clock);
      } catch (error) {
        if (error instanceof PseudonymKeyError) return sendError(reply, appError('not_configured', error.message));
        throw error;
      }
      outcome = await importHolidayAttendanceText(deps.services, file, text, { pseudonymise, actor, now: deps.clock, retentionYears: deps.retentionYears, onlyDistricts, source });
    }
    if (!outcome.ok) return sendFileRefused(reply, file, outcome);
    const { rows, inserted, updated, unchanged, pupilsAdded, pastRetention } = outcome.counts;
    return { imported: true as const, file, kind, counts: { rows, inserted, updated, unchanged, pupilsAdded }, pastRetention };
  });
}
