import type { Kysely } from 'kysely';
import { findNode, publishCoverage } from '../../domain/careers/index.ts';
import { academicYearOf, type SpendLine } from '../../domain/funding/index.ts';
import { computeNeedScores, engagementHistory, ENGAGEMENT_LEVELS } from '../../domain/research-network/index.ts';
import type { Database } from '../schema.ts';
import { districtsOfArea } from './careers-advisers.repository.ts';
import { areaPopulation } from './careers-population.repository.ts';
import { protectedDistrictTutoring } from './catch-up/tutoring-scopes.ts';
import { listFunds } from './funds.repository.ts';
import { engagementRecords } from './research-network.repository.ts';
import { loadNetworkSchools } from './school-need.repository.ts';
import { listSpend, loadSpendContext } from './spend.repository.ts';

/**
 * Figures the platform itself keeps, which a delivery-plan measure can link to as it links to an indicator
 * (docs/methodology.md §13.3): each is read when the plan is, so the measure follows every new record.
 * Each gives the current academic year's figure, for the district the measure names (spend: for the
 * Opportunity Area that district is in), or null when there is nothing to count or the count is too small
 * to show without disclosing pupils.
 */
export const PLATFORM_FIGURES = {
  platform_careers_four_encounters_pct: 'Careers: pupils with at least four encounters with the world of work (%)',
  platform_rs_high_need_engaged_pct: 'Research Schools: high-need schools trained or beyond (%)',
  platform_spend_paid_pct: 'Funding: allocation paid out (%)',
  platform_tutoring_disadvantaged_tutees_pct: 'Tutoring: tutees who are disadvantaged, pupil premium or FSM (%)',
  platform_tutoring_hours_per_course: 'Tutoring: hours per course started',
} as const;
export type PlatformFigure = keyof typeof PLATFORM_FIGURES;

export function isPlatformFigure(code: string): code is PlatformFigure {
  return Object.hasOwn(PLATFORM_FIGURES, code);
}

export interface PlatformValue {
  readonly period: string;
  readonly value: number;
  readonly source: string;
}

const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/**
 * What one reading of a plan shares between its platform figures: need scores are national (percentiles
 * within phase over every school), so they are worked out once however many measures and areas ask.
 */
export interface PlatformFigureCache {
  needScores?: Promise<{ urn: number; districtCode: string | null; score: number | null }[]>;
}

function needScoresOnce(db: Kysely<Database>, cache: PlatformFigureCache) {
  cache.needScores ??= loadNetworkSchools(db).then((schools) => {
    const needs = computeNeedScores(schools);
    return schools.map((s, i) => ({ urn: s.urn, districtCode: s.districtCode, score: needs[i]?.score ?? null }));
  });
  return cache.needScores;
}

/** The figure `code` for `districtCode` now, or null when it cannot be given. */
export async function platformFigure(db: Kysely<Database>, code: PlatformFigure, districtCode: string, now: Date, cache: PlatformFigureCache = {}): Promise<PlatformValue | null> {
  const period = academicYearOf(now.toISOString().slice(0, 10));
  switch (code) {
    case 'platform_careers_four_encounters_pct': {
      // The district's figure is cut from its Opportunity Area's protected population, like the area's
      // careers tables, so a board report can never show what those tables hide (methodology §15.4).
      const area = await db.selectFrom('opportunity_area_districts').select('opportunity_area_id').where('district_code', '=', districtCode).executeTakeFirst();
      const districts = area === undefined ? [districtCode] : await districtsOfArea(db, area.opportunity_area_id);
      const published = publishCoverage((await areaPopulation(db, districts, { target: 4, eachYear: false })).tree);
      const node = districts.length > 1 ? findNode(published.root, [districtCode]) : published.root;
      const share = node?.row.share;
      return share?.kind === 'value' ? { period, value: share.value, source: 'Careers encounter ledger' } : null;
    }
    case 'platform_rs_high_need_engaged_pct': {
      // High need as the Research School network marks it: a need score of 80 or more (§14).
      const highNeed = (await needScoresOnce(db, cache)).filter((s) => s.districtCode === districtCode && (s.score ?? -1) >= 80).map((s) => s.urn);
      if (highNeed.length === 0) return null;
      const records = await engagementRecords(db, highNeed);
      const trained = ENGAGEMENT_LEVELS.indexOf('trained');
      const engaged = highNeed.filter((urn) => ENGAGEMENT_LEVELS.indexOf(engagementHistory(records.get(urn) ?? []).level) >= trained).length;
      return { period, value: percent(engaged, highNeed.length), source: 'Research School network records' };
    }
    case 'platform_tutoring_disadvantaged_tutees_pct':
    case 'platform_tutoring_hours_per_course': {
      // The district's row of its Opportunity Area's protected tutoring table (methodology §17.4).
      const row = await protectedDistrictTutoring(db, districtCode, Number(period.slice(0, 4)));
      if (row === undefined) return null;
      const source = 'Catch-up tutoring ledger';
      if (code === 'platform_tutoring_disadvantaged_tutees_pct') {
        const share = row.tuteesDisadvantagedShare;
        return share.kind === 'value' ? { period, value: Math.round(share.value * 1000) / 10, source } : null;
      }
      const { hours, courses } = row;
      return hours.kind === 'value' && courses.kind === 'value' && courses.value > 0 ? { period, value: Math.round((hours.value / courses.value) * 10) / 10, source } : null;
    }
    case 'platform_spend_paid_pct': {
      const area = await db.selectFrom('opportunity_area_districts').select('opportunity_area_id').where('district_code', '=', districtCode).executeTakeFirst();
      if (area === undefined) return null;
      const funds = (await listFunds(db)).filter((f) => f.parentId === null);
      let allocated = 0;
      let paid = 0;
      for (const fund of funds) {
        const context = await loadSpendContext(db, fund.id);
        const share = context?.allocations.rows.find((r) => r.recipient === area.opportunity_area_id);
        if (share === undefined) continue;
        allocated += share.amountPence;
        const lines: SpendLine[] = await listSpend(db, fund.id, { opportunityAreaId: area.opportunity_area_id });
        paid += lines.filter((l) => l.status === 'approved' && l.kind === 'payment' && l.recipient === area.opportunity_area_id).reduce((s, l) => s + l.amountPence, 0);
      }
      return allocated === 0 ? null : { period, value: percent(paid, allocated), source: 'Spend recorded against allocations' };
    }
  }
}
