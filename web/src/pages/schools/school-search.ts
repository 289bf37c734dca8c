import { withQuery } from '../../api/public-data-client.ts';
import type { FormErrors } from '../../components/form/form-errors.ts';

/** What someone searched for, as the /schools page's query string holds it (so results can be linked to). */
export interface SchoolSearch {
  readonly q: string;
  readonly postcode: string;
  readonly phase: string;
  readonly opportunityArea: string;
  readonly status: string;
  /** Set by links from an area page rather than by the form: a district's or education authority's GSS code. */
  readonly district: string;
  readonly la: string;
  readonly page: number;
}

/** Results per page, the API's default. */
export const SCHOOLS_PAGE_SIZE = 50;

/** The phases the register uses, in its own words (src/ingest/importers/schools/school-phase.ts). */
export const SCHOOL_PHASES = ['nursery', 'primary', 'middle', 'secondary', 'all-through', '16 plus', 'not applicable'] as const;

/** The statuses the API can filter on. */
export const SCHOOL_STATUSES = ['open', 'closed', 'other'] as const;

/** Reads the query string; unknown parameters are ignored and a bad page number means page 1. `?q=park&page=2` → { q: 'park', page: 2, … }. */
export function parseSchoolSearch(search: string): SchoolSearch {
  const params = new URLSearchParams(search);
  const text = (name: string): string => params.get(name)?.trim() ?? '';
  const page = Number(params.get('page'));
  return {
    q: text('q'),
    postcode: text('postcode'),
    phase: text('phase'),
    opportunityArea: text('opportunityArea'),
    status: text('status'),
    district: text('district'),
    la: text('la'),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The criteria as query parameters for the page and the API alike, leaving out empty ones and page 1. */
export function searchParams(search: SchoolSearch): Record<string, string | number | undefined> {
  return {
    q: search.q,
    postcode: search.postcode,
    phase: search.phase,
    opportunityArea: search.opportunityArea,
    status: search.status,
    district: search.district,
    la: search.la,
    page: search.page === 1 ? undefined : search.page,
  };
}

/** The /schools page showing `search`: `schoolsPagePath({ …, q: 'park', page: 2 })` → "/schools?q=park&page=2". */
export function schoolsPagePath(search: SchoolSearch): string {
  return withQuery('/schools', searchParams(search));
}

/** Whether anything narrows the search, so the page can say "all schools" otherwise. */
export function isFiltered(search: SchoolSearch): boolean {
  return [search.q, search.postcode, search.phase, search.opportunityArea, search.status, search.district, search.la].some((value) => value !== '');
}

/** "16 plus" → "16 plus", "all-through" → "All-through": a phase or status as a sentence-case label. */
export function sentenceCase(text: string): string {
  return text === '' ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export type SchoolSearchField = 'q' | 'postcode';
export const SCHOOL_SEARCH_FIELDS: readonly SchoolSearchField[] = ['q', 'postcode'];

const NAME_MAX = 100;
const POSTCODE_MAX = 10;
const POSTCODE_CHARACTERS = /^[A-Za-z0-9 ]*$/;

/**
 * Checks a search as the API will (GET /api/schools), with GOV.UK messages. The page checks the query
 * string itself, so a hand-edited or old link shows the same errors as the form would.
 */
export function checkSchoolSearch(search: SchoolSearch): FormErrors<SchoolSearchField> {
  const fields: Partial<Record<SchoolSearchField, string>> = {};
  if (search.q.length > NAME_MAX) fields.q = `School name must be ${String(NAME_MAX)} characters or fewer`;
  if (search.postcode.length > POSTCODE_MAX || !POSTCODE_CHARACTERS.test(search.postcode)) {
    fields.postcode = 'Enter a postcode, or its start, like FY1 or FY1 5AA';
  }
  return { fields, form: null };
}
