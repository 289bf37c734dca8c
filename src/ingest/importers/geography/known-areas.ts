import type { Kysely, Transaction } from 'kysely';
import { isSingleTierAuthority, parseGssCode } from '../../../domain/shared/gss-code.ts';
import type { Database } from '../../../storage/schema.ts';
import { areasHeld } from '../../../storage/repositories/lookups/exists.ts';

export interface KnownArea {
  readonly name: string;
  readonly kind: string;
  readonly parentCode: string | null;
}

/** Every area in the database by code (a few hundred rows), for checking the codes a file refers to. */
export async function readKnownAreas(db: Kysely<Database> | Transaction<Database>): Promise<Map<string, KnownArea>> {
  const rows = await areasHeld(db);
  return new Map(rows.map((r) => [r.code, { name: r.name, kind: r.kind, parentCode: r.parent_code }]));
}

/** E06 unitary, E08 metropolitan district or E09 London borough: a district that is its own education authority. */
export function isSingleTierCode(code: string): boolean {
  const parsed = parseGssCode(code);
  return parsed.ok && isSingleTierAuthority(parsed.value);
}

/** An area that runs schools: a county (`education_la`) or a single-tier authority (stored as a `district`). */
export function isEducationAuthority(code: string, area: KnownArea | undefined): boolean {
  return area !== undefined && (area.kind === 'education_la' || (area.kind === 'district' && isSingleTierCode(code)));
}
