import { withQuery } from '../../api/public-data-client.ts';

export const TOOLKIT_SORTS = ['impact', 'cost', 'evidence', 'name'] as const;
export type ToolkitSort = (typeof TOOLKIT_SORTS)[number];

export const SORT_NAMES: Readonly<Record<ToolkitSort, string>> = {
  impact: 'Impact (most months first)',
  cost: 'Cost (cheapest first)',
  evidence: 'Evidence (strongest first)',
  name: 'Name (A to Z)',
};

/** The Toolkit page's filters, as its query string holds them; empty means "any". */
export interface ToolkitFilters {
  readonly sort: ToolkitSort;
  readonly maxCost: string;
  readonly minEvidence: string;
}

/** `?sort=cost&maxCost=2` → { sort: 'cost', maxCost: '2', minEvidence: '' }; anything unexpected is ignored. */
export function parseToolkitFilters(search: string): ToolkitFilters {
  const params = new URLSearchParams(search);
  const rating = (name: string, min: number): string => {
    const value = params.get(name) ?? '';
    return /^\d$/.test(value) && Number(value) >= min && Number(value) <= 5 ? value : '';
  };
  return {
    sort: TOOLKIT_SORTS.find((sort) => sort === params.get('sort')) ?? 'impact',
    maxCost: rating('maxCost', 1),
    minEvidence: rating('minEvidence', 0),
  };
}

export function toolkitParams(filters: ToolkitFilters): Record<string, string | undefined> {
  return { sort: filters.sort === 'impact' ? undefined : filters.sort, maxCost: filters.maxCost, minEvidence: filters.minEvidence };
}

export function toolkitPagePath(filters: ToolkitFilters): string {
  return withQuery('/toolkit', toolkitParams(filters));
}
