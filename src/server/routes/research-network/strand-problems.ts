import type { Services } from '../../../storage/services/create-services.ts';

export type FieldProblem = { field: string; message: string };

/** Strands must be the Toolkit's, where the Toolkit is loaded; the refusal names the first unknown one. */
export async function strandProblems(services: Pick<Services, 'toolkit'>, strands: readonly string[]): Promise<FieldProblem[]> {
  const known = await services.toolkit.toolkitStrandSlugs();
  const unknown = strands.find((s) => known.size > 0 && !known.has(s));
  return unknown === undefined ? [] : [{ field: 'strands', message: `There is no Toolkit strand ${unknown}: use a strand’s slug, like feedback` }];
}
