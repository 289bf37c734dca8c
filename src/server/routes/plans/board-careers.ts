import type { CoverageRule } from '../../../domain/careers/index.ts';
import type { Cell } from '../../../domain/disclosure/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import type { CoverageTable } from '../careers/coverage-tables.ts';

/** The area's careers figures for its board: pupils reaching four encounters, and Enterprise Adviser coverage. */
export interface BoardCareers {
  /** Null when no pupil in the area has a careers record. */
  readonly coverage: {
    readonly pupils: Cell;
    readonly reached: Cell;
    readonly share: Cell;
    readonly fsmShare: Cell;
    readonly notFsmShare: Cell;
    readonly gap: Cell;
  } | null;
  /** Secondary schools and colleges that should have an Enterprise Adviser, and how many have one. */
  readonly advisers: { readonly schools: number; readonly covered: number };
}

/** An area's careers table by school, from its protected population, without pupil-level rights (careers/coverage-tables.ts). */
export type AreaCoverageTable = (districts: readonly string[], rule: CoverageRule) => Promise<CoverageTable>;

/** Four encounters: the Gatsby Benchmark 6 target the careers pages use by default (methodology §15). */
const BOARD_RULE = { target: 4, eachYear: false } as const;

/**
 * A board has no pupil-level rights, so its figures come from the area's protected population, exactly as
 * the area's careers page shows them to a board viewer (docs/methodology.md §15.4): a figure withheld
 * there is withheld here.
 */
export async function boardCareers(services: Pick<Services, 'careersAdvisers'>, areaTable: AreaCoverageTable, areaId: string): Promise<BoardCareers> {
  const districts = await services.careersAdvisers.districtsOfArea(areaId);
  const [table, schools] = await Promise.all([areaTable(districts, BOARD_RULE), services.careersAdvisers.adviserCoverage(districts)]);
  const advisers = { schools: schools.length, covered: schools.filter((s) => s.advisers.length > 0).length };
  const { total } = table;
  const hasPupils = table.rows.length > 0 && !(total.pupils.kind === 'value' && total.pupils.value === 0);
  return {
    coverage: hasPupils ? { pupils: total.pupils, reached: total.reached, share: total.share, fsmShare: total.fsmShare, notFsmShare: total.notFsmShare, gap: total.gap } : null,
    advisers,
  };
}
