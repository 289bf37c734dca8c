import { AREA_KINDS, leftOut, summariseEvidence, type AreaKind, type LeftOut } from '../../domain/places/index.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { ViewCache, viewKey } from '../computed-views/view-cache.ts';

/**
 * Summaries kept: an authority's with every period of its LA time series is the largest (about 1 MB as JSON);
 * a district's newest figures about 115 kB. 64 at most: a few tens of MB.
 */
const SUMMARIES_KEPT = 64;

/** What an area summary is read from. */
export type AreaSummaryServices = Pick<Services, 'areaProfile' | 'indicators' | 'indicatorEvidence' | 'unplacedSchools'>;

/** The versions of the summaries' inputs, read before each use (storage's view versions). */
type ViewVersions = Awaited<ReturnType<ReturnType<Services['dataVersion']['viewVersionsReader']>>>;

const asKind = (kind: string): AreaKind => ((AREA_KINDS as readonly string[]).includes(kind) ? (kind as AreaKind) : 'district');

type AreaRef = { code: string; name: string; kind: AreaKind };

const refOf = (a: { code: string; name: string; kind: string }): AreaRef => ({ code: a.code, name: a.name, kind: asKind(a.kind) });

/** One area as the API shows it: where it sits, what it contains, its Opportunity Area, school count and indicators. */
export interface AreaSummaryView {
  readonly code: string;
  readonly name: string;
  readonly kind: AreaKind;
  readonly ancestors: AreaRef[];
  readonly children: AreaRef[];
  readonly opportunityArea: { id: string; name: string } | null;
  readonly schools: { open: number; leftOut: LeftOut };
  readonly hasBoundary: boolean;
  readonly indicators: {
    code: string;
    name: string;
    unit: string;
    period: string;
    value: number | null;
    source: { file: string; loadedAt: string };
    evidence: ReturnType<typeof summariseEvidence> | null;
  }[];
  readonly sourceNote: string;
}

export interface AreaSummaries {
  /** The area with this GSS code (upper case), with each indicator's newest period only or every period; null when there is none. */
  (code: string, options: { latestOnly: boolean }): Promise<AreaSummaryView | null>;
  readonly computations: () => number;
}

/**
 * Area summaries (`GET /api/areas/:code`: districts, education authorities, regions), computed once per data
 * and edits version: they come from imports (areas, schools, indicators and their evidence, boundaries, the
 * register's districts) and from `oa schools place` (an audited edit: which schools have a district), so
 * either makes the next request compute the summary again.
 */
export function areaSummaries(deps: { services: AreaSummaryServices; versions: () => Promise<ViewVersions> }): AreaSummaries {
  const kept = new ViewCache<AreaSummaryView | null>(SUMMARIES_KEPT);
  const summary = async (code: string, options: { latestOnly: boolean }) => {
    const versions = await deps.versions();
    return kept.get(viewKey(versions.data, versions.edits, code, options.latestOnly), () => computeSummary(deps.services, code, options.latestOnly));
  };
  return Object.assign(summary, { computations: () => kept.computations });
}

async function computeSummary(services: AreaSummaryServices, code: string, latestOnly: boolean): Promise<AreaSummaryView | null> {
  const profile = await services.areaProfile.readAreaProfile(code);
  if (profile === null) return null;
  const { area } = profile;
  const [indicators, evidence] = await Promise.all([services.indicators.indicatorsForArea(code, { latestOnly }), services.indicatorEvidence.indicatorEvidence({ areaCodes: [code] })]);
  // A district's list cannot hold its authority's schools with no district; an authority's holds them, but not its districts'.
  const authorities = area.kind === 'district' ? await services.unplacedSchools.authoritiesOfDistricts([code]) : area.kind === 'education_la' ? [{ code, name: area.name }] : [];
  const unplaced = await services.unplacedSchools.listUnplacedSchools({ authorityCodes: authorities.map((a) => a.code) });
  const unplacedNote = leftOut(unplaced.length, { of: authorities.map((a) => a.name), ...(area.kind === 'education_la' ? { where: 'in any of its districts' } : {}) });
  // The area's evidence by indicator and period (it was read for this area only).
  const evidenceByIndicator = new Map([...evidence.values()].map((e) => [`${e.indicatorCode} ${e.period}`, e]));
  const evidenceOf = (i: { code: string; period: string }) => {
    const stored = evidenceByIndicator.get(`${i.code} ${i.period}`);
    return stored === undefined ? null : summariseEvidence(stored.basis, stored.rule);
  };
  return {
    code: area.code,
    name: area.name,
    kind: asKind(area.kind),
    ancestors: profile.ancestors.map(refOf),
    children: profile.children.map(refOf),
    opportunityArea: profile.opportunityArea ?? null,
    schools: { open: profile.openSchools, leftOut: unplacedNote },
    hasBoundary: profile.hasBoundary,
    indicators: indicators.map((i) => ({ code: i.code, name: i.name, unit: i.unit, period: i.period, value: i.value, source: { file: i.origin, loadedAt: i.loaded_at }, evidence: evidenceOf(i) })),
    sourceNote: area.source_note,
  };
}
