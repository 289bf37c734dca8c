import { buildFundReport, buildGiving360Package, OPEN_GOVERNMENT_LICENCE, PUBLISHED_AWARD_DATES, type Giving360Package } from '../../domain/funding/index.ts';
import type { Result } from '../../domain/shared/result.ts';
import type { Services } from '../../storage/services/create-services.ts';

/** The publisher's 360Giving prefix when none is configured; a real publisher registers its own with 360Giving. */
export const DEFAULT_GIVING360_PREFIX = '360G-opportunity-areas';

export interface Giving360Request {
  readonly fundId: string;
  readonly awardDate?: string | undefined;
  readonly prefix?: string | undefined;
}

/**
 * Shared by `oa funding export-360giving` and `GET /api/funds/:id/360giving`: the fund's allocations as
 * 360Giving grants (its latest confirmed run, else its allocation pots), with each Opportunity Area's
 * districts as beneficiary locations. `not_found` when
 * there is no such fund.
 */
export async function exportGiving360(
  services: Services,
  request: Giving360Request,
): Promise<Result<Giving360Package, string> | 'not_found'> {
  const report = buildFundReport(await services.funds.listFunds(), request.fundId);
  if (report === null) return 'not_found';
  const register = await services.programme.loadRegister();
  const names = new Map((await services.places.findAreas(register.opportunityAreas.flatMap((a) => a.districtCodes))).map((a) => [a.code, a.name]));
  const areas = register.opportunityAreas.map((a) => ({ id: a.id, name: a.name, districts: a.districtCodes.map((code) => ({ code, name: names.get(code) ?? code })) }));
  const prefix = request.prefix ?? DEFAULT_GIVING360_PREFIX;
  const awardDate = request.awardDate ?? PUBLISHED_AWARD_DATES[report.fund.id];
  if (awardDate === undefined) return { ok: false, error: `There is no published award date for ${report.fund.id}: give one as YYYY-MM-DD` };
  const run = await services.allocations.latestAllocationRun(report.fund.id);
  return buildGiving360Package(report, areas, {
    prefix,
    awardDate,
    funder: { id: `${prefix}-funder-dfe`, name: 'Department for Education' },
    publisherName: 'Department for Education (Opportunity Areas programme)',
    license: OPEN_GOVERNMENT_LICENCE,
  }, run);
}
