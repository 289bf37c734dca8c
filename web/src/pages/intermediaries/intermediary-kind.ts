import type { IntermediaryKind } from '../../api/intermediaries-client.ts';

/** How the pages name each kind, one and many. */
export const KIND_NAMES: Readonly<Record<IntermediaryKind, { readonly one: string; readonly many: string }>> = {
  'local-authority': { one: 'Local authority', many: 'Local authorities' },
  trust: { one: 'Trust', many: 'Trusts' },
};

/**
 * Who may read local authorities' and trusts' figures: those who read statistics for an Opportunity Area
 * or a hub, as the server's `/api/intermediaries` decides (an intermediary's figures belong to the areas its
 * schools are in and those areas' hubs). A school user reads its own school's figures only, never a whole
 * authority's or trust's, so the pages neither ask for them nor link to them for a school user.
 */
export const INTERMEDIARY_READERS_WITHIN: readonly string[] = ['area:', 'hub:'];

/**
 * The kind a query string asks for: `?kind=trust` → trust; anything else → local authorities.
 * `kindFromSearch('?kind=trust')` → 'trust'.
 */
export function kindFromSearch(search: string): IntermediaryKind {
  return new URLSearchParams(search).get('kind') === 'trust' ? 'trust' : 'local-authority';
}

/** The page of one local authority or trust. */
export function intermediaryHref(kind: IntermediaryKind, code: string): string {
  return `/intermediaries/${kind}/${encodeURIComponent(code)}`;
}

/** The list page of one kind, at page `page`: `/intermediaries?kind=trust&page=2`. */
export function intermediariesPagePath(kind: IntermediaryKind, page: number): string {
  return `/intermediaries?kind=${kind}${page > 1 ? `&page=${String(page)}` : ''}`;
}
