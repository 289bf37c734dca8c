import type { FastifyRequest } from 'fastify';
import { appError } from '../../../app/errors.ts';
import { z } from 'zod';
import { authorise, type ScopeRef } from '../../../domain/access/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { errorReplySchema, sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';

const urnParam = z.coerce.number().int().min(100000).max(999999);

export const listHeldPupilsSchema = {
  summary: 'Pupils this school has recorded who are on another school’s roll, each waiting for a transfer (national team and area leads)',
  tags: ['careers'],
  params: z.object({ urn: urnParam }),
  response: {
    200: z.object({
      school: z.object({ urn: z.number().int(), name: z.string() }),
      items: z.array(
        z.object({
          id: z.number().int().describe('The held record, for the transfer'),
          yearGroup: z.number().int(),
          encounters: z.number().int().describe('Encounters this school has recorded for the pupil in their secondary years so far'),
          heldAt: z
            .object({ urn: z.number().int(), name: z.string().nullable() })
            .nullable()
            .describe('The school whose roll the pupil is on; null when it is outside your areas, or its record is gone'),
        }),
      ),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};

export const transferHeldPupilSchema = {
  summary: 'Transfer a pupil to this school from the school whose roll they are on, merging the two records (audited)',
  tags: ['careers'],
  params: z.object({ urn: urnParam, id: z.coerce.number().int().min(1).max(2_147_483_647) }),
  body: z.object({
    reason: z.string({ error: 'Say why the pupil is moving, such as "joined in year 10"' }).trim().min(1, 'Say why the pupil is moving, such as "joined in year 10"').max(1000, 'The reason must be 1,000 characters or fewer'),
  }),
  response: {
    200: z.object({
      transferred: z.literal(true),
      from: z.number().int().nullable().describe('The school the pupil was on the roll of; null when that record was already gone'),
      mergedEncounters: z.number().int().describe('Encounters this school had recorded that were new to the pupil’s record'),
    }),
    400: errorReplySchema,
    403: errorReplySchema,
    404: errorReplySchema,
    409: errorReplySchema,
  },
};

/**
 * Pupils a school has recorded who are on another school's roll (the form and a school's own imports keep
 * them apart: record-encounter.ts), and their transfer. Both need `pupil:transfer` (the national team, or
 * an area lead) for the receiving school; the transfer needs it for the school whose roll the pupil is on
 * too, and a list shows that school only to those who have it there (docs/methodology.md §15.7).
 */
export function registerHeldPupilRoutes(app: ZodApp, deps: { services: Services; clock: () => Date }, schoolScope: (request: FastifyRequest) => Promise<ScopeRef[]>): void {
  const transferAccess = { permission: 'pupil:transfer' as const, resource: schoolScope };

  app.get('/api/careers/schools/:urn/held-pupils', { schema: listHeldPupilsSchema, config: { access: transferAccess } }, async (request, reply) => {
    const school = await deps.services.careersAdvisers.findCareersSchool(request.params.urn);
    if (school === null) return sendError(reply, appError('not_found', `There is no school with URN ${String(request.params.urn)} in the register`));
    const held = await deps.services.careersTransfers.listHeldPupils(school.urn);
    const visible = new Map<number, string | null>();
    for (const urn of new Set(held.flatMap((h) => (h.heldAt === null ? [] : [h.heldAt])))) {
      if (authorise(request.principal, 'pupil:transfer', await deps.services.careersAdvisers.careersSchoolScopes(urn)).allowed) visible.set(urn, (await deps.services.careersAdvisers.findCareersSchool(urn))?.name ?? null);
    }
    return {
      school: { urn: school.urn, name: school.name },
      items: held.map((h) => ({ id: h.id, yearGroup: h.yearGroup, encounters: h.encounters, heldAt: h.heldAt !== null && visible.has(h.heldAt) ? { urn: h.heldAt, name: visible.get(h.heldAt) ?? null } : null })),
    };
  });

  app.post('/api/careers/schools/:urn/held-pupils/:id/transfer', { schema: transferHeldPupilSchema, config: { access: transferAccess } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const { urn, id } = request.params;
    const from = await deps.services.careersTransfers.heldPupilSchool(urn, id);
    if (from === undefined) return sendError(reply, appError('not_found', `School ${String(urn)} holds no record ${String(id)} for a pupil on another school’s roll`));
    if (from !== null) {
      const decision = authorise(principal, 'pupil:transfer', await deps.services.careersAdvisers.careersSchoolScopes(from));
      if (!decision.allowed) {
        return sendError(reply, appError('forbidden', 'You need access to both schools to move a pupil between them: the school whose roll the pupil is on is outside your areas. Ask the national programme team'));
      }
    }
    const outcome = await deps.services.careersTransfers.transferHeldPupil({ urn, heldId: id, expectedFrom: from, reason: request.body.reason }, { userId: principal.userId, label: principal.email }, deps.clock);
    if (!outcome.ok) {
      return outcome.reason === 'not_found'
        ? sendError(reply, appError('not_found', `School ${String(urn)} holds no record ${String(id)} for a pupil on another school’s roll`))
        : sendError(reply, appError('conflict', 'The pupil’s record changed while this was being done. Reload the list and try again'));
    }
    return { transferred: true as const, from: outcome.from, mergedEncounters: outcome.mergedEncounters };
  });
}
