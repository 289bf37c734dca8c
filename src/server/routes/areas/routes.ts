import { appError } from '../../../app/errors.ts';
import type { AreaSummaries } from '../../../app/places/area-summary.ts';
import { AREA_KINDS, type AreaKind } from '../../../domain/places/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import { sendView } from '../../view-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { getAreaSchema, listAreasSchema } from './schema.ts';

const asKind = (kind: string): AreaKind => (AREA_KINDS as readonly string[]).includes(kind) ? (kind as AreaKind) : 'district';

export function registerAreaRoutes(app: ZodApp, deps: { services: Services; summaries: AreaSummaries }): void {
  app.get('/api/areas', { schema: listAreasSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const items = (await deps.services.places.listAreasByName(request.query.kind)).map((a) => ({ code: a.code, name: a.name, kind: asKind(a.kind), parentCode: a.parent_code }));
    if (request.query.format === 'csv') {
      return sendTable(reply, request.query.format, `areas${request.query.kind === undefined ? '' : `-${request.query.kind}`}`, [
        { header: 'code', value: (a: (typeof items)[number]) => a.code },
        { header: 'name', value: (a) => a.name },
        { header: 'kind', value: (a) => a.kind },
        { header: 'parent_code', value: (a) => a.parentCode },
      ], items);
    }
    return { items };
  });

  app.get('/api/areas/:code', { schema: getAreaSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const code = request.params.code.toUpperCase();
    const latestOnly = (request.query.periods ?? (request.query.format === 'json' ? 'latest' : 'all')) === 'latest';
    const area = await deps.summaries(code, { latestOnly });
    if (area === null) return sendError(reply, appError('not_found', `There is no area with the GSS code ${code}`));
    if (request.query.format === 'csv') {
      return sendTable<(typeof area.indicators)[number]>(reply, request.query.format, `indicators-${area.code}`, [
        { header: 'area_code', value: () => area.code },
        { header: 'area_name', value: () => area.name },
        { header: 'indicator_code', value: (i) => i.code },
        { header: 'indicator_name', value: (i) => i.name },
        { header: 'unit', value: (i) => i.unit },
        { header: 'period', value: (i) => i.period },
        { header: 'value', value: (i) => i.value },
        { header: 'source_file', value: (i) => i.source.file },
        { header: 'evidence', value: (i) => i.evidence?.note ?? null },
      ], area.indicators);
    }
    return sendView(reply, area);
  });
}
