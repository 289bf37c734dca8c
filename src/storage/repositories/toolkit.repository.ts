import type { Kysely } from 'kysely';
import type { EffectSizeBand } from '../../domain/evidence/index.ts';
import type { Database } from '../schema.ts';

export interface ToolkitStrand {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly impactMonths: number | null;
  readonly costRating: number;
  readonly costLabel: string | null;
  readonly evidenceRating: number;
  readonly headline: string;
  readonly gapSummary: string | null;
  readonly tags: string[];
  readonly url: string;
  readonly source: { readonly file: string; readonly loadedAt: string };
}

export async function listToolkitStrands(db: Kysely<Database>): Promise<ToolkitStrand[]> {
  const rows = await db
    .selectFrom('toolkit_strands as s')
    .innerJoin('data_sources as d', 'd.id', 's.data_source_id')
    .leftJoin('toolkit_cost_scale as c', 'c.cost_rating', 's.cost_rating')
    .select([
      's.id', 's.slug', 's.name', 's.impact_months', 's.cost_rating', 's.evidence_rating', 's.headline', 's.gap_summary', 's.tags',
      's.url', 'c.label as cost_label', 'd.origin', 'd.loaded_at',
    ])
    .orderBy('s.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    impactMonths: r.impact_months,
    costRating: r.cost_rating,
    costLabel: r.cost_label,
    evidenceRating: r.evidence_rating,
    headline: r.headline,
    gapSummary: r.gap_summary,
    tags: r.tags === '' ? [] : r.tags.split(';').map((t) => t.trim()),
    url: r.url,
    source: { file: r.origin, loadedAt: r.loaded_at },
  }));
}

export async function listEffectSizeBands(db: Kysely<Database>): Promise<EffectSizeBand[]> {
  const rows = await db.selectFrom('toolkit_effect_sizes').select(['min_effect', 'max_effect', 'months']).orderBy('min_effect').execute();
  return rows.map((r) => ({ minEffect: r.min_effect, maxEffect: r.max_effect, months: r.months }));
}

/** The Toolkit strands' slugs held (none before the Toolkit is imported). */
export async function toolkitStrandSlugs(db: Kysely<Database>): Promise<Set<string>> {
  return new Set((await db.selectFrom('toolkit_strands').select('slug').execute()).map((r) => r.slug));
}
