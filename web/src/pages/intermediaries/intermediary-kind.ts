import type { IntermediaryKind } from '../../api/intermediaries-client.ts';

/** How the pages name each kind, one and many. */
export const KIND_NAMES: Readonly<Record<IntermediaryKind, { readonly one: string; readonly many: string }>> = {
  'local-authority': { one: 'Local authority', many: 'Local authorities' },
  trust: { one: 'Trust', many: 'Trusts' },
};

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
