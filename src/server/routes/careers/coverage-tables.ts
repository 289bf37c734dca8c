import type { Kysely } from 'kysely';
import { findNode, publishCoverage, summariseCoverage, type CoverageNode, type CoverageRule, type PublishedCoverage } from '../../../domain/careers/index.ts';
import { districtsOfArea, type CareersSchoolPlace } from '../../../storage/repositories/careers-advisers.repository.ts';
import { coverageTallies } from '../../../storage/repositories/careers-coverage.repository.ts';
import { areaPopulation, schoolPopulation } from '../../../storage/repositories/careers-population.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { publishedCells, pupilLevelCells, type CellRow } from './coverage-reply.ts';

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
export async function schoolTable(db: Kysely<Database>, cache: PublishedCoverageCache, school: CareersSchoolPlace, rule: CoverageRule, pupilLevel: boolean): Promise<CoverageTable> {
  if (pupilLevel) {
    const tallies = await coverageTallies(db, { by: 'year_group', rule, urns: [school.urn] });
    return pupilLevelCells(summariseCoverage(tallies.rows), tallies.labels);
  }
  const districts = school.opportunityAreaId === null ? [] : await districtsOfArea(db, school.opportunityAreaId);
  const urn = String(school.urn);
  const population = districts.length === 0 ? await schoolPopulation(db, school.urn, rule) : await areaPopulation(db, districts, rule);
  const published = cache.publish(population.tree);
  const path = districts.length === 0 ? [] : districts.length > 1 ? [school.districtCode ?? '', urn] : [urn];
  // A school with no pupils on roll has no node: no rows, and a total of none.
  const node = findNode(published.root, path) ?? publishCoverage({ key: urn, children: [] }).root;
  return publishedCells(node.children, node.row, (key) => `Year ${key}`);
}

/** An area's table by school, cut from the area's protected population without pupil-level rights. */
export async function areaTable(db: Kysely<Database>, cache: PublishedCoverageCache, districts: readonly string[], rule: CoverageRule, pupilLevel: boolean): Promise<CoverageTable> {
  if (pupilLevel) {
    const tallies = await coverageTallies(db, { by: 'school', rule, districtCodes: districts });
    return pupilLevelCells(summariseCoverage(tallies.rows), tallies.labels);
  }
  const population = await areaPopulation(db, districts, rule);
  const published = cache.publish(population.tree);
  const schools = districts.length > 1 ? published.root.children.flatMap((d) => d.children) : published.root.children;
  const byUrn = [...schools].sort((a, b) => Number(a.key) - Number(b.key));
  return publishedCells(byUrn, published.root.row, (key) => population.labels.get(key) ?? key);
}
