import { basename } from 'node:path';
import { appError } from '../../../app/errors.ts';
import type { FastifyRequest } from 'fastify';
import type { ScopeRef } from '../../../domain/access/index.ts';
import { academicYearOf } from '../../../domain/careers/index.ts';
import { openPseudonymiserOrThrow } from '../../../ingest/careers/open-pseudonymiser.ts';
import { PseudonymKeyError } from '../../../ingest/careers/pseudonym-key.ts';
import { importTutoringText } from '../../../ingest/catch-up/import-tutoring.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { BODY_LIMITS } from '../../body-limits.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { importTutoringSchema } from './import-schema.ts';
import { sendFileRefused } from '../file-refused.ts';

export interface ImportTutoringRouteDeps {
  readonly services: Services;
  readonly clock: () => Date;
  /** The careers pseudonymisation key file; null: pupils cannot be recorded (503). */
  readonly pseudonymKeyPath: string | null;
  /** Years a record is kept after its academic year ends (OA_RETENTION_YEARS). */
  readonly retentionYears: number;
  /** Tutoring routes configured beside the NTP's (OA_CATCH_UP_LOCAL_ROUTES). */
  readonly localRoutes: readonly string[];
}

/**
 * POST /api/catch-up/schools/:urn/import: the school's file uploaded on its page, through the same importer
 * as `oa catch-up import` (all or nothing, UPNs pseudonymised, audited), with every row required to be this
 * school's. Needs pupil-level edit access to the school (a school user their own; the national team any).
 * A refused file is answered 422 with its problems by row and column; no cell is quoted back, as a
 * misplaced column could put a UPN in any of them.
 */
export function registerImportTutoringRoute(app: ZodApp, deps: ImportTutoringRouteDeps, schoolScope: (request: FastifyRequest) => Promise<ScopeRef[]>): void {
  let pseudonymise: ((upn: string) => string) | null = null;
  app.post('/api/catch-up/schools/:urn/import', { schema: importTutoringSchema, bodyLimit: BODY_LIMITS.schoolFile, config: { access: { permission: 'pupil:write', resource: schoolScope } } }, async (request, reply) => {
    if (deps.pseudonymKeyPath === null) {
      return sendError(reply, appError('not_configured', 'Recording pupils needs a pseudonymisation key: set OA_PSEUDONYM_KEY_FILE and restart the service'));
    }
    const urn = request.params.urn;
    if (!(await deps.services.lookups.schoolExists(urn))) {
      return sendError(reply, appError('not_found', `There is no school with URN ${String(urn)} in the register`));
    }
    try {
      pseudonymise ??= await openPseudonymiserOrThrow(deps.services, deps.pseudonymKeyPath, deps.clock);
    } catch (error) {
      if (error instanceof PseudonymKeyError) return sendError(reply, appError('not_configured', error.message));
      throw error;
    }
    const { census, text } = request.body;
    const file = basename(request.body.fileName.replaceAll('\\', '/'));
    const academicYear = request.body.academicYear ?? (census ? academicYearOf(deps.clock().toISOString().slice(0, 10)) : null);
    const principal = request.principal;
    const outcome = await importTutoringText(deps.services, file, text, {
      pseudonymise,
      census,
      academicYear,
      localRoutes: deps.localRoutes,
      actor: { userId: principal?.userId ?? null, label: principal?.email ?? 'unknown' },
      now: deps.clock,
      principal,
      retentionYears: deps.retentionYears,
      onlyUrn: urn,
      source: `upload:${String(urn)}:${file}`,
    });
    if (!outcome.ok) return sendFileRefused(reply, file, outcome);
    const { rows, inserted, updated, unchanged, deleted, pupilsAdded } = outcome.counts;
    return { imported: true as const, file, counts: { rows, inserted, updated, unchanged, deleted, pupilsAdded }, pastRetention: outcome.pastRetention };
  });
}
