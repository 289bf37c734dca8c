import { toCsv } from '../../domain/shared/csv.ts';
import { compareNeighbourLists, DEFAULT_NEIGHBOURS, findNeighbours, type ListOverlap } from '../../domain/twinning/index.ts';
import type { TwinInputs, TwinTier } from '../../app/twinning/load-twin-inputs.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { loadTwinInputsOrThrow } from './load-twin-matrix.ts';

export interface CompareOptions {
  readonly tier: TwinTier;
  readonly recipe: string;
  readonly with?: string;
  readonly k?: number;
  readonly format: 'table' | 'json' | 'csv';
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

const listsOf = (inputs: TwinInputs, k: number) => findNeighbours(inputs.matrix, { k }).areas.map((a) => ({ areaCode: a.code, neighbours: a.neighbours.map((n) => n.code) }));

/**
 * `oa twins compare --recipe A --with B`: for each Opportunity Area's authority (or districts) at the tier,
 * the neighbours both recipes list, the Jaccard index and what each lists alone; and the same means over
 * every area both recipes list (docs/methodology.md §11.12).
 */
export async function printRecipeComparison(services: Services, io: CliIo, options: CompareOptions): Promise<void> {
  if (options.with === undefined) throw new UsageError('oa twins compare needs --with <recipe>: the recipe to compare --recipe with, e.g. --recipe context-upper-tier-2019 --with proxy-district-2019.');
  const k = options.k ?? DEFAULT_NEIGHBOURS;
  const first = await loadTwinInputsOrThrow(services, { tier: options.tier, recipe: options.recipe });
  const second = await loadTwinInputsOrThrow(services, { tier: options.tier, recipe: options.with });
  for (const note of new Set([...first.notes, ...second.notes])) io.stderr(`${note}\n`);
  const [a, b] = [listsOf(first, k), listsOf(second, k)];
  const names = first.geography.names;
  const rows = first.geography.opportunityAreas.flatMap((oa) => oa.areaCodes.map((code) => ({ oa, code })));
  const programme = compareNeighbourLists(a, b, rows.map((r) => r.code));
  const everywhere = compareNeighbourLists(a, b, [...new Set(a.map((l) => l.areaCode))]);
  const overlapOf = new Map(programme.overlaps.map((o) => [o.areaCode, o]));
  const named = (codes: readonly string[]) => codes.map((code) => ({ code, name: names.get(code) ?? code }));
  const shown = rows.flatMap(({ oa, code }) => {
    const o = overlapOf.get(code);
    return o === undefined ? [] : [{ oa, code, o }];
  });
  const notCompared = programme.missing.map((code) => ({ code, name: names.get(code) ?? code }));
  if (options.format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          tier: options.tier,
          k,
          first: first.recipe.name,
          second: second.recipe.name,
          opportunity_areas: shown.map(({ oa, code, o }) => ({
            id: oa.id,
            name: oa.name,
            area_code: code,
            area_name: names.get(code) ?? code,
            shared: o.shared,
            jaccard: round(o.jaccard),
            only_first: named(o.onlyFirst),
            only_second: named(o.onlySecond),
          })),
          mean_shared: round(programme.meanShared),
          mean_jaccard: round(programme.meanJaccard),
          all_areas: { compared: everywhere.overlaps.length, mean_shared: round(everywhere.meanShared), mean_jaccard: round(everywhere.meanJaccard) },
          not_compared: notCompared,
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  if (options.format === 'csv') {
    const names2 = (codes: readonly string[]) => codes.map((c) => names.get(c) ?? c).join('; ');
    io.stdout(
      toCsv(
        [
          { header: 'opportunity_area', value: (r: { oa: { id: string }; code: string; o: ListOverlap }) => r.oa.id },
          { header: 'area_code', value: (r) => r.code },
          { header: 'area_name', value: (r) => names.get(r.code) ?? r.code },
          { header: 'shared', value: (r) => r.o.shared },
          { header: 'jaccard', value: (r) => round(r.o.jaccard) },
          { header: `only_${first.recipe.name}`, value: (r) => names2(r.o.onlyFirst) },
          { header: `only_${second.recipe.name}`, value: (r) => names2(r.o.onlySecond) },
        ],
        shown,
      ),
    );
    return;
  }
  io.stdout(`${first.recipe.name} against ${second.recipe.name}, ${options.tier === 'upper' ? 'upper-tier authorities' : 'districts'}, ${String(k)} nearest each.\n`);
  io.stdout(
    formatTable(
      ['Opportunity Area', 'area', 'shared', 'Jaccard', `only ${first.recipe.name}`],
      shown.map(({ oa, code, o }) => [oa.name, `${names.get(code) ?? code} (${code})`, `${String(o.shared)} of ${String(k)}`, (round(o.jaccard) ?? 0).toFixed(3), o.onlyFirst.map((c) => names.get(c) ?? c).join(', ')]),
    ),
  );
  const mean = (x: number | null, places: number) => (x === null ? '-' : x.toFixed(places));
  io.stdout(`Opportunity Areas: ${mean(programme.meanShared, 1)} of ${String(k)} neighbours shared on average, mean Jaccard ${mean(programme.meanJaccard, 3)}.\n`);
  io.stdout(`All ${String(everywhere.overlaps.length)} areas listed by both: ${mean(everywhere.meanShared, 1)} shared on average, mean Jaccard ${mean(everywhere.meanJaccard, 3)}.\n`);
  if (notCompared.length > 0) io.stdout(`Not compared (left out by a recipe): ${notCompared.map((n) => `${n.name} (${n.code})`).join(', ')}.\n`);
}
