import { findNode, publishCoverage, summariseCoverage, type CoverageNode, type CoverageRule, type PublishedCoverage } from '../../../domain/careers/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { publishedCells, pupilLevelCells, type CellRow } from './coverage-reply.ts';

/** What the tables read: the ledger's tallies, the protected populations and an area's districts. */
type CoverageReads = Pick<Services, 'careersAdvisers' | 'careersCoverage' | 'careersPopulation'>;

/** A school as the careers pages place it: its Opportunity Area and district. */
type CareersSchoolPlace = NonNullable<Awaited<ReturnType<Services['careersAdvisers']['findCareersSchool']>>>;

export interface CoverageTable {
  readonly rows: CellRow[];
  readonly total: CellRow;
}

/**
 * Protected populations by their counts (the tree, as JSON), the most recent `size` kept: a school's table
 * and its area's table under one rule are cut from one protection, worked out once, and a page asked for
 * again costs nothing. The key is the counts themselves, so any new record misses it.
 */
export class PublishedCoverageCache {
  private readonly entries = new Map<string, PublishedCoverage>();

  constructor(private readonly size = 32) {}

  publish(tree: CoverageNode): PublishedCoverage {
    const key = JSON.stringify(tree);
    const known = this.entries.get(key);
    if (known !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const published = publishCoverage(tree);
    this.entries.set(key, published);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value ?? key);
    return published;
  }
}

/**
 * A school's table by year group. With pupil-level rights, every figure; without, cut from the protected
 * population the school belongs to (its Opportunity Area, else the school alone), so it hides what the
 * area's table and every other school's table hide (docs/methodology.md §15.4).
 */
export async function schoolTable(services: CoverageReads, cache: PublishedCoverageCache, school: CareersSchoolPlace, rule: CoverageRule, pupilLevel: boolean): Promise<CoverageTable> {
  if (pupilLevel) {
    const tallies = await services.careersCoverage.coverageTallies({ by: 'year_group', rule, urns: [school.urn] });
    return pupilLevelCells(summariseCoverage(tallies.rows), tallies.labels);
  }
  const districts = school.opportunityAreaId === null ? [] : await services.careersAdvisers.districtsOfArea(school.opportunityAreaId);
  const urn = String(school.urn);
  const population = districts.length === 0 ? await services.careersPopulation.schoolPopulation(school.urn, rule) : await services.careersPopulation.areaPopulation(districts, rule);
  const published = cache.publish(population.tree);
  const path = districts.length === 0 ? [] : districts.length > 1 ? [school.districtCode ?? '', urn] : [urn];
  // A school with no pupils on roll has no node: no rows, and a total of none.
  const node = findNode(published.root, path) ?? publishCoverage({ key: urn, children: [] }).root;
  return publishedCells(node.children, node.row, (key) => `Year ${key}`);
}

/** An area's table by school, cut from the area's protected population without pupil-level rights. */
export async function areaTable(services: CoverageReads, cache: PublishedCoverageCache, districts: readonly string[], rule: CoverageRule, pupilLevel: boolean): Promise<CoverageTable> {
  if (pupilLevel) {
    const tallies = await services.careersCoverage.coverageTallies({ by: 'school', rule, districtCodes: districts });
    return pupilLevelCells(summariseCoverage(tallies.rows), tallies.labels);
  }
  const population = await services.careersPopulation.areaPopulation(districts, rule);
  const published = cache.publish(population.tree);
  const schools = districts.length > 1 ? published.root.children.flatMap((d) => d.children) : published.root.children;
  const byUrn = [...schools].sort((a, b) => Number(a.key) - Number(b.key));
  return publishedCells(byUrn, published.root.row, (key) => population.labels.get(key) ?? key);
}
