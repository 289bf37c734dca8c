import type { Kysely } from 'kysely';
import { nationalLeftOut as describeNational, type LeftOut } from '../../domain/places/index.ts';
import { countUnplacedNationally } from '../../storage/repositories/unplaced-schools.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { leftOutSchema } from './shared-schemas.ts';

/**
 * The open state-funded schools in England with no district, in the one sentence district views (index,
 * map, twins) show beside their figures, linking to the About the data page (docs/methodology.md §6.9).
 */
export async function nationalLeftOut(db: Kysely<Database>): Promise<LeftOut> {
  const { unplaced, total } = await countUnplacedNationally(db);
  return describeNational(unplaced, total);
}

export const nationalLeftOutSchema = leftOutSchema.describe(
  'Open state-funded schools in England with no district: district figures built from schools do not count them (GET /api/schools/placement lists them)',
);
