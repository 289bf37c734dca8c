/**
 * Placement benchmark: every school of the register (26,078) placed in a district on the shared data, as
 * each register, locations or boundaries import does, on SQLite and PostgreSQL: reading the evidence,
 * finding the district of each located school without one in the 326 boundaries, placing, writing.
 * References, same run: reading the same columns of `schools` alone (what the engine takes before any work),
 * and, for the point-in-polygon part, the plain even–odd test of every edge of every bounding-box candidate.
 * Needs ../shared/data beside the repository. Run: npx tsx bench/placement.bench.ts
 */
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createDistrictLocator, type DistrictGeometry } from '../src/domain/places/index.ts';
import { placeSchoolsInDatabase } from '../src/ingest/derive/place-schools.ts';
import { findImporter } from '../src/ingest/importers/index.ts';
import { openDatabase, type DatabaseHandle } from '../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../src/storage/migrate.ts';
import { transactionWithClient } from '../src/storage/postgres-client-transaction.ts';
import { readColumns } from '../src/storage/read-columns.ts';
import { readDistrictGeometries, readPlacementInputs } from '../src/storage/repositories/school-placement.repository.ts';
import { fixed, withBenchPostgres, withPeakMemory } from './support.ts';
import { createServices } from '../src/storage/services/create-services.ts';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
if (!existsSync(DATA)) {
  console.log('Placement benchmark skipped: the shared data folder is not beside the repository.');
  process.exit(0);
}
const options = { now: () => new Date(), actor: { userId: null, label: 'bench' } };
const FILES: readonly [kind: string, file: string][] = [
  ['education-authorities', 'lookups/education_la_codes.csv'],
  ['geography', 'lookups/lad13_to_education_la.csv'],
  ['postcodes', 'schools/school_postcode_centroids_2017.csv'],
  ['schools', 'schools/dfe_school_information_spine.csv'],
  ['school-locations', 'schools/schools_open_state_funded_joined.csv'],
  ['boundaries', 'boundaries/england_lad_2013-2018_topo.json'],
];

async function load(handle: DatabaseHandle): Promise<void> {
  await migrateToLatestOrThrow(handle.db);
  for (const [kind, file] of FILES) {
    const outcome = await findImporter(kind)?.run(createServices(handle.db, handle.engine), join(DATA, file), options);
    if (outcome?.ok !== true) throw new Error(`${kind} failed`);
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timeMedian(runs: number, work: () => Promise<unknown>): Promise<number> {
  const timings: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    timings.push(performance.now() - start);
  }
  return median(timings);
}

/** The obvious point-in-polygon: every edge of every ring of each district whose bounding box holds the point. */
function plainLocator(districts: readonly { code: string; geometry: DistrictGeometry }[]): (lon: number, lat: number) => string | null {
  const shapes = districts.map((d) => {
    const rings = (d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates).flat();
    const xs = rings.flat().map((p) => p[0] ?? 0);
    const ys = rings.flat().map((p) => p[1] ?? 0);
    return { code: d.code, rings, west: Math.min(...xs), east: Math.max(...xs), south: Math.min(...ys), north: Math.max(...ys) };
  });
  return (lon, lat) => {
    for (const s of shapes) {
      if (lon < s.west || lon > s.east || lat < s.south || lat > s.north) continue;
      let inside = false;
      for (const ring of s.rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi = 0, yi = 0] = ring[i] ?? [];
          const [xj = 0, yj = 0] = ring[j] ?? [];
          if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
        }
      }
      if (inside) return s.code;
    }
    return null;
  };
}

async function run(label: string, handle: DatabaseHandle): Promise<void> {
  await load(handle);
  const db = handle.db;
  const place = () => transactionWithClient(db, (trx) => placeSchoolsInDatabase(trx, { now: new Date().toISOString(), actor: options.actor }));
  console.log(`\n${label}`);
  // From nothing placed: every school's placement written.
  await db.updateTable('schools').set({ district_code: null, district_rule: null, district_confidence: null, district_basis: null, district_note: null }).execute();
  const start = performance.now();
  const { result: first, peakMb } = await withPeakMemory(place);
  const firstMs = performance.now() - start;
  const unchangedMs = await timeMedian(5, place);
  const readMs = await timeMedian(5, () => readColumns(db, 'schools', ['urn', 'postcode', 'la_code_old', 'gias_district_code', 'located_district_code', 'lat', 'lon']));
  const schools = first.placements.length;
  console.log(`  place every school, none placed before  ${String(schools)} schools in ${fixed(firstMs, 0)} ms = ${fixed((schools / firstMs) * 1000, 0)} schools/s (${String(first.changed)} written), peak RSS ${fixed(peakMb, 0)} MB`);
  console.log(`  place again, nothing changed (median 5)  ${fixed(unchangedMs, 0)} ms`);
  console.log(`    reference, reading the same 7 columns of schools alone (median 5): ${fixed(readMs, 0)} ms; placement is ${fixed(unchangedMs / readMs, 1)}× that`);

  // Point in polygon, on every located school (not only those placement has to locate), both ways.
  const [inputs, geometries] = await Promise.all([readPlacementInputs(db), readDistrictGeometries(db)]);
  const points = inputs.flatMap((s) => (s.lat === null || s.lon === null ? [] : [[s.lon, s.lat] as const]));
  let banded: (lon: number, lat: number) => string | null = () => null;
  const buildMs = await timeMedian(5, () => Promise.resolve((banded = createDistrictLocator(geometries))));
  const plain = plainLocator(geometries);
  const ours = await timeMedian(5, () => Promise.resolve(points.map(([lon, lat]) => banded(lon, lat))));
  const reference = await timeMedian(5, () => Promise.resolve(points.map(([lon, lat]) => plain(lon, lat))));
  const agree = points.every(([lon, lat]) => banded(lon, lat) === plain(lon, lat));
  console.log(`  locate ${String(points.length)} schools in 326 boundaries  ${fixed(ours, 0)} ms (+ ${fixed(buildMs, 0)} ms to index the boundaries) = ${fixed((points.length / ours) * 1000, 0)} points/s`);
  console.log(`    reference, every edge of each bounding-box candidate: ${fixed(reference, 0)} ms; ours is ${fixed(reference / ours, 1)}× as fast; same district for every point: ${agree ? 'yes' : 'NO'}`);
}

console.log(`Placement benchmark on ${cpus()[0]?.model ?? 'unknown CPU'} × ${String(cpus().length)}, ${fixed(totalmem() / 1024 ** 3, 0)} GB, Node ${process.version}`);

const sqlite = await openDatabase({ engine: 'sqlite', path: ':memory:' });
try {
  await run('sqlite (in memory)', sqlite);
} finally {
  await sqlite.close();
}

await withBenchPostgres('placement', (handle) => run('postgres', handle));
