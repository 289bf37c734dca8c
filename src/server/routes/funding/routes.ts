import type { FastifyReply, FastifyRequest } from 'fastify';
import { appError } from '../../../app/errors.ts';
import type { ScopeRef } from '../../../domain/access/index.ts';
import { computeVariance, PENNY_TIE_BREAK, validateSpend, type AllocatablePot, type Allocation } from '../../../domain/funding/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { rawBodyText, rawParam } from '../../auth/route-access.ts';
import { BODY_LIMITS } from '../../body-limits.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { allocatePot, confirmPotAllocation, type PotAllocation } from '../../../app/funding/allocate-pot.ts';
import { ALLOCATION_ROW_CSV_COLUMNS, SPEND_CSV_COLUMNS, VARIANCE_CSV_COLUMNS } from '../../../app/funding/spend-columns.ts';
import { approveSpendSchema, confirmAllocationSchema, currentAllocationsSchema, listSpendSchema, previewAllocationSchema, recordSpendSchema, varianceSchema } from './schema.ts';

export interface FundingRouteDeps {
  readonly services: Services;
  readonly clock: () => Date;
  readonly approvalThresholdPence: number;
}

/** National work: `area:write` with no resource passes only for roles that hold it everywhere (admin). */
const NATIONAL_WRITE = { permission: 'area:write' as const };

/** Reading spend: an area lead must ask for its own area; the national team may ask for all of it. */
const areaOfQuery = (request: FastifyRequest): ScopeRef[] => {
  const area = (request.query as { opportunityArea?: unknown }).opportunityArea;
  return typeof area === 'string' ? [`area:${area}`] : [];
};

const notFound = (id: string) => appError('not_found', `There is no fund with the identifier "${id}"`);

/** A fund that is not held is 404; a request that cannot be allocated (or no one to share it) 400. */
function refused(reply: FastifyReply, fundId: string, outcome: Extract<PotAllocation, { ok: false }>): FastifyReply {
  if (outcome.kind === 'no-such-fund') return sendError(reply, notFound(fundId));
  return sendError(reply, appError('invalid_request', outcome.message));
}

function allocationReply(pot: AllocatablePot, allocation: Allocation, runId: number | null) {
  return {
    fundId: pot.pot.id,
    totalPence: pot.totalPence,
    ringFenced: pot.ringFenced.map((f) => ({ id: f.id, amountPence: f.amountPence })),
    formula: allocation.formula,
    rounds: allocation.rounds,
    leftoverPennies: allocation.leftoverPennies,
    tieBreak: PENNY_TIE_BREAK,
    rows: allocation.rows.map((r) => ({ ...r, working: [...r.working] })),
    runId,
  };
}

export function registerFundingRoutes(app: ZodApp, deps: FundingRouteDeps): void {
  app.post('/api/funds/:id/allocations/preview', { schema: previewAllocationSchema, bodyLimit: BODY_LIMITS.allocation, config: { access: NATIONAL_WRITE } }, async (request, reply) => {
    const outcome = await allocatePot(deps.services, request.params.id, request.body);
    if (!outcome.ok) return refused(reply, request.params.id, outcome);
    return allocationReply(outcome.pot, outcome.allocation, null);
  });

  app.post('/api/funds/:id/allocations', { schema: confirmAllocationSchema, bodyLimit: BODY_LIMITS.allocation, config: { access: NATIONAL_WRITE } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const outcome = await confirmPotAllocation(deps.services, request.params.id, request.body, { userId: principal.userId, label: principal.email }, deps.clock);
    if (!outcome.ok) return refused(reply, request.params.id, outcome);
    return reply.code(201).send(allocationReply(outcome.pot, outcome.allocation, outcome.runId));
  });

  app.get('/api/funds/:id/allocations', { schema: currentAllocationsSchema, config: { access: { permission: 'public' } } }, async (request, reply) => {
    const context = await deps.services.spend.loadSpendContext(request.params.id);
    if (context === null) return sendError(reply, notFound(request.params.id));
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `allocations-${request.params.id}`, ALLOCATION_ROW_CSV_COLUMNS, context.allocations.rows);
    return { source: context.allocations.source, runId: context.allocations.runId, rows: [...context.allocations.rows] };
  });

  app.get('/api/funds/:id/spend', { schema: listSpendSchema, config: { access: { permission: 'area:read', resource: areaOfQuery } } }, async (request, reply) => {
    const { opportunityArea, format, page, pageSize } = request.query;
    if ((await deps.services.spend.loadSpendContext(request.params.id)) === null) return sendError(reply, notFound(request.params.id));
    const filter = opportunityArea === undefined ? {} : { opportunityAreaId: opportunityArea };
    // A download is every line, streamed; the JSON list is one page.
    if (format !== 'json') return sendTable(reply, format, `spend-${request.params.id}${opportunityArea === undefined ? '' : `-${opportunityArea}`}`, SPEND_CSV_COLUMNS, await deps.services.spend.listSpend(request.params.id, filter));
    const [items, total] = await Promise.all([deps.services.spend.listSpend(request.params.id, filter, { offset: (page - 1) * pageSize, limit: pageSize }), deps.services.spend.countSpend(request.params.id, filter)]);
    return { items, page, pageSize, total };
  });

  app.post(
    '/api/funds/:id/spend',
    {
      schema: recordSpendSchema,
      config: {
        access: {
          permission: 'area:write',
          resourceInBody: true,
          resource: (request) => {
            const recipient = rawBodyText(request, 'recipient')?.trim();
            return recipient === undefined || recipient === '' ? [] : [`area:${recipient}`];
          },
        },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
      const context = await deps.services.spend.loadSpendContext(request.params.id);
      if (context === null) return sendError(reply, notFound(request.params.id));
      const checked = validateSpend({ ...request.body, evidenceStrand: request.body.evidenceStrand ?? '' }, context);
      if (!checked.ok) {
        const fields = checked.error.map((e) => ({ field: e.field === 'amountPence' ? 'amount' : e.field, message: e.message }));
        return sendError(reply, appError('invalid_request', fields.map((f) => f.message).join('; '), fields));
      }
      const [line] = await deps.services.spend.recordSpend(request.params.id, [checked.value], {
        actor: { userId: principal.userId, label: principal.email },
        now: deps.clock,
        thresholdPence: deps.approvalThresholdPence,
      });
      if (line === undefined) throw new Error('recordSpend returns one line per input');
      return reply.code(201).send(line);
    },
  );

  app.post(
    '/api/funds/:id/spend/:lineId/approve',
    {
      schema: approveSpendSchema,
      config: {
        access: {
          permission: 'area:write',
          resource: async (request) => {
            const lineId = rawParam(request, 'lineId');
            if (lineId === undefined || !/^\d{1,9}$/.test(lineId)) return [];
            const area = await deps.services.spend.spendLineArea(Number(lineId));
            return area === null || area === undefined ? [] : [`area:${area}`];
          },
        },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
      const outcome = await deps.services.spend.approveSpend(request.params.id, request.params.lineId, { userId: principal.userId, label: principal.email }, deps.clock);
      if (outcome === 'not_found') return sendError(reply, appError('not_found', `There is no spend line ${String(request.params.lineId)} against ${request.params.id}`));
      if (!outcome.ok) return sendError(reply, appError('approval_refused', outcome.error));
      return outcome.value;
    },
  );

  app.get('/api/funds/:id/variance', { schema: varianceSchema, config: { access: { permission: 'area:read', resource: areaOfQuery } } }, async (request, reply) => {
    const { opportunityArea, byPeriod, format } = request.query;
    const context = await deps.services.spend.loadSpendContext(request.params.id);
    if (context === null) return sendError(reply, notFound(request.params.id));
    const spend = await deps.services.spend.listSpend(request.params.id);
    const allocations = opportunityArea === undefined ? context.allocations.rows : context.allocations.rows.filter((r) => r.recipient === opportunityArea);
    const variance = computeVariance({ allocations, spend, years: context.years, profile: context.fund.profile, today: deps.clock().toISOString().slice(0, 10) });
    const rows = byPeriod === 'true' ? variance.byPeriod : variance.byRecipient;
    if (format !== 'json') return sendTable(reply, format, `variance-${request.params.id}${opportunityArea === undefined ? '' : `-${opportunityArea}`}`, VARIANCE_CSV_COLUMNS, rows);
    return { source: context.allocations.source, rows };
  });
}
