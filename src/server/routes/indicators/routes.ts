import { appError } from '../../../app/errors.ts';
import { summariseEvidence } from '../../../domain/places/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { nationalLeftOut } from '../national-left-out.ts';
import { preferredEncoding } from '../../accept-encoding.ts';
import { createBoundariesCache } from './boundaries-cache.ts';
import { boundariesSchema, indicatorValuesSchema, listIndicatorsSchema } from './schema.ts';

export function registerIndicatorRoutes(app: ZodApp, deps: { services: Services }): void {
  app.get('/api/indicators', { schema: listIndicatorsSchema, config: { access: PUBLIC } }, async () => ({ items: await deps.services.indicators.listIndicators() }));

  app.get('/api/indicators/:code', { schema: indicatorValuesSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { period, kind, format } = request.query;
    const result = await deps.services.indicators.indicatorValues(request.params.code, { kind, ...(period === undefined ? {} : { period }) });
    if (result === null) return sendError(reply, appError('not_found', `There is no indicator ${request.params.code}. GET /api/indicators lists them.`));
    const evidence = await deps.services.indicatorEvidence.indicatorEvidence({ indicatorCodes: [result.indicator.code] });
    // The evidence for this indicator's period, by area.
    const evidenceOf = new Map([...evidence.values()].filter((e) => e.period === result.period).map((e) => [e.areaCode, e]));
    const values = result.values.map((v) => {
      const stored = result.period === null ? undefined : evidenceOf.get(v.areaCode);
      return { ...v, evidence: stored === undefined ? null : summariseEvidence(stored.basis, stored.rule) };
    });
    if (format !== 'json') {
      return sendTable<(typeof values)[number]>(reply, format, `${result.indicator.code}-${(result.period ?? 'none').replace(/\//g, '-')}`, [
        { header: 'area_code', value: (v) => v.areaCode },
        { header: 'area_name', value: (v) => v.areaName },
        { header: 'period', value: () => result.period },
        { header: result.indicator.code, value: (v) => v.value },
        { header: 'evidence', value: (v) => v.evidence?.note ?? null },
      ], values);
    }
    return { ...result, values, leftOut: await nationalLeftOut(deps.services) };
  });

  const boundaries = createBoundariesCache(deps.services);
  app.get('/api/boundaries', { schema: boundariesSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { kind, detail, format, around } = request.query;
    if (around !== undefined) {
      const near = await boundaries.around(kind, detail, around.toUpperCase());
      if (near === null) return sendError(reply, appError('not_found', `There is no ${kind} boundary for ${around}.`));
      return reply.type('application/geo+json; charset=utf-8').header('cache-control', 'public, max-age=3600').send(near);
    }
    const type = format !== 'geojson' ? 'application/json; charset=utf-8' : 'application/geo+json; charset=utf-8';
    reply.type(type).header('cache-control', 'public, max-age=3600').header('vary', 'accept-encoding');
    // Sent compressed as kept (the server's compression passes an encoded body through), else as it is.
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    if (encoding === null) return reply.send(await boundaries.body(kind, detail, format));
    return reply.header('content-encoding', encoding).send(await boundaries.compressedBody(kind, detail, format, encoding));
  });
}
