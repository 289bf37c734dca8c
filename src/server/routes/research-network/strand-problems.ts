import type { Kysely } from 'kysely';
import type { Database } from '../../../storage/schema.ts';
import { toolkitStrandSlugs } from '../../../storage/repositories/toolkit.repository.ts';

export type FieldProblem = { field: string; message: string };

/** Strands must be the Toolkit's, where the Toolkit is loaded; the refusal names the first unknown one. */
export async function strandProblems(db: Kysely<Database>, strands: readonly string[]): Promise<FieldProblem[]> {
  const known = await toolkitStrandSlugs(db);
  const unknown = strands.find((s) => known.size > 0 && !known.has(s));
  return unknown === undefined ? [] : [{ field: 'strands', message: `There is no Toolkit strand ${unknown}: use a strand’s slug, like feedback` }];
}
