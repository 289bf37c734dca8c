import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { findImporter } from '../../../src/ingest/importers/index.ts';
import type { ImportOutcome } from '../../../src/ingest/report.ts';
import type { Database } from '../../../src/storage/schema.ts';
import { fixedClock } from '../../support/clock.ts';
import { createServices } from '../../../src/storage/services/create-services.ts';

/** The published files, in the `shared` folder beside the repository (never copied into it). */
export const SHARED_DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
export const haveSharedData = existsSync(SHARED_DATA);

/** The published files this suite loads, in dependency order. */
export const PUBLISHED_FILES = [
  { kind: 'education-authorities', path: 'lookups/education_la_codes.csv' },
  { kind: 'geography', path: 'lookups/lad13_to_education_la.csv' },
  { kind: 'boundaries', path: 'boundaries/england_lad_2013-2018_topo.json' },
  { kind: 'imd-lsoa', path: 'imd/imd2015_lsoa11_england.csv' },
  { kind: 'iod2019-lsoa', path: 'imd/idaci2019_imd2019_lsoa11.csv' },
] as const;

export const importOptions = { now: fixedClock(), actor: { userId: null, label: 'test' } };

export async function importFile(db: Kysely<Database>, kind: string, path: string): Promise<ImportOutcome> {
  const importer = findImporter(kind);
  if (importer === undefined) throw new Error(`There is no importer called ${kind}`);
  return importer.run(createServices(db), path, importOptions);
}

/** Writes `content` to a new file called `name` in a fresh temporary folder, and returns its path. */
export function writeTempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'oa-geography-')), name);
  writeFileSync(path, content);
  return path;
}

/** A small geography: Cambridgeshire with Fenland, Blackpool, and City of London (no LA in the lookup). */
export const SMALL_AUTHORITIES = [
  'la_code_old,la_code,la_name,region,la_type,schools_in_spine',
  '201,E09000001,City of London,Inner London,ILB,5',
  '873,E10000003,Cambridgeshire,East of England,SC,324',
  '890,E06000009,Blackpool,North West,UA,46',
].join('\n');

export const SMALL_DISTRICTS = [
  'lad13_code,lad13_name,la_code_old,la_code,la_name,schools_matched,schools_total',
  'E06000009,Blackpool,890,E06000009,Blackpool,35,35',
  'E07000010,Fenland,873,E10000003,Cambridgeshire,39,39',
  'E09000001,City of London,,,,,',
].join('\n');

/** Loads the small geography, failing loudly if it does not load. */
export async function loadSmallGeography(db: Kysely<Database>): Promise<void> {
  for (const [kind, name, content] of [
    ['education-authorities', 'authorities.csv', SMALL_AUTHORITIES],
    ['geography', 'districts.csv', SMALL_DISTRICTS],
  ] as const) {
    const outcome = await importFile(db, kind, writeTempFile(name, content));
    if (!outcome.ok) throw new Error(`The small geography did not load: ${JSON.stringify(outcome.problems)}`);
  }
}
