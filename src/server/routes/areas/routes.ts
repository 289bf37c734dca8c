import type { Kysely } from 'kysely';
import { AREA_KINDS, leftOut, summariseEvidence, type AreaKind } from '../../../domain/places/index.ts';
import { evidenceKey, indicatorEvidence } from '../../../storage/repositories/indicator-evidence.repository.ts';
import { indicatorsForArea } from '../../../storage/repositories/indicators.repository.ts';
import { authoritiesOfDistricts, listUnplacedSchools } from '../../../storage/repositories/unplaced-schools.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { errorReply } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { getAreaSchema, listAreasSchema } from './schema.ts';

const asKind = (kind: string): AreaKind => (AREA_KINDS as readonly string[]).includes(kind) ? (kind as AreaKind) : 'district';

export function registerAreaRoutes(app: ZodApp, deps: { db: Kysely<Database> }): void {
  app.get('/api/areas', { schema: listAreasSchema, config: { access: PUBLIC } }, async (request, reply) => {
    let query = deps.db.selectFrom('areas').select(['code', 'name', 'kind', 'parent_code']).orderBy('name');
    if (request.query.kind !== undefined) query = query.where('kind', '=', request.query.kind);
    const items = (await query.execute()).map((a) => ({ code: a.code, name: a.name, kind: asKind(a.kind), parentCode: a.parent_code }));
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
    const area = await deps.db.selectFrom('areas').selectAll().where('code', '=', code).executeTakeFirst();
    if (area === undefined) return reply.code(404).send(errorReply('not_found', `There is no area with the GSS code ${code}`));
    const ancestors: { code: string; name: string; kind: AreaKind }[] = [];
    for (let parent = area.parent_code; parent !== null && ancestors.length < 5; ) {
      const row = await deps.db.selectFrom('areas').select(['code', 'name', 'kind', 'parent_code']).where('code', '=', parent).executeTakeFirst();
      if (row === undefined) break;
      ancestors.push({ code: row.code, name: row.name, kind: asKind(row.kind) });
      parent = row.parent_code;
    }
    const [children, oa, schools, boundary, indicators, evidence] = await Promise.all([
      deps.db.selectFrom('areas').select(['code', 'name', 'kind']).where('parent_code', '=', code).orderBy('name').execute(),
      deps.db
        .selectFrom('opportunity_area_districts as d')
        .innerJoin('opportunity_areas as o', 'o.id', 'd.opportunity_area_id')
        .select(['o.id', 'o.name'])
        .where('d.district_code', '=', code)
        .executeTakeFirst(),
      deps.db
        .selectFrom('schools')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('status', '=', 'open')
        .where((eb) => eb.or([eb('district_code', '=', code), eb('education_la_code', '=', code)]))
        .executeTakeFirst(),
      deps.db.selectFrom('boundaries').select('area_code').where('area_code', '=', code).executeTakeFirst(),
      indicatorsForArea(deps.db, code, { latestOnly: (request.query.periods ?? (request.query.format === 'json' ? 'latest' : 'all')) === 'latest' }),
      indicatorEvidence(deps.db, { areaCodes: [code] }),
    ]);
    // A district's list cannot hold its authority's schools with no district; an authority's holds them, but not its districts'.
    const authorities = area.kind === 'district' ? await authoritiesOfDistricts(deps.db, [code]) : area.kind === 'education_la' ? [{ code, name: area.name }] : [];
    const unplaced = await listUnplacedSchools(deps.db, { authorityCodes: authorities.map((a) => a.code) });
    const unplacedNote = leftOut(unplaced.length, { of: authorities.map((a) => a.name), ...(area.kind === 'education_la' ? { where: 'in any of its districts' } : {}) });
    const evidenceOf = (i: { code: string; period: string }) => {
      const stored = evidence.get(evidenceKey(code, i.code, i.period));
      return stored === undefined ? null : summariseEvidence(stored.basis, stored.rule);
    };
    if (request.query.format === 'csv') {
      return sendTable<(typeof indicators)[number]>(reply, request.query.format, `indicators-${area.code}`, [
        { header: 'area_code', value: () => area.code },
        { header: 'area_name', value: () => area.name },
        { header: 'indicator_code', value: (i) => i.code },
        { header: 'indicator_name', value: (i) => i.name },
        { header: 'unit', value: (i) => i.unit },
        { header: 'period', value: (i) => i.period },
        { header: 'value', value: (i) => i.value },
        { header: 'source_file', value: (i) => i.origin },
        { header: 'evidence', value: (i) => evidenceOf(i)?.note ?? null },
      ], indicators);
    }
    return {
      code: area.code,
      name: area.name,
      kind: asKind(area.kind),
      ancestors,
      children: children.map((c) => ({ code: c.code, name: c.name, kind: asKind(c.kind) })),
      opportunityArea: oa ?? null,
      schools: { open: Number(schools?.n ?? 0), leftOut: unplacedNote },
      hasBoundary: boundary !== undefined,
      indicators: indicators.map((i) => ({ code: i.code, name: i.name, unit: i.unit, period: i.period, value: i.value, source: { file: i.origin, loadedAt: i.loaded_at }, evidence: evidenceOf(i) })),
      sourceNote: area.source_note,
    };
  });
}
