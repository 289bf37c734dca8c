import { withQuery } from '../../api/public-data-client.ts';

/** The audit page's filters as its address holds them; empty means "any". Dates are ISO (`2026-12-07`). */
export interface AuditFilters {
  readonly actor: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly area: string;
  readonly from: string;
  readonly to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { actor: '', action: '', entityType: '', entityId: '', area: '', from: '', to: '' };

const FIELDS = Object.keys(NO_AUDIT_FILTERS) as readonly (keyof AuditFilters)[];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `?actor=alice&from=2026-12-01&x=1` → the filters (unknown parameters and malformed dates ignored). */
export function parseAuditFilters(search: string): AuditFilters {
  const params = new URLSearchParams(search);
  const read = (name: keyof AuditFilters): string => (params.get(name) ?? '').trim().slice(0, 200);
  const date = (name: 'from' | 'to'): string => (ISO_DATE.test(read(name)) ? read(name) : '');
  return { actor: read('actor'), action: read('action'), entityType: read('entityType'), entityId: read('entityId'), area: read('area'), from: date('from'), to: date('to') };
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return FIELDS.some((field) => filters[field] !== '');
}

function params(filters: AuditFilters, page: number): Record<string, string | undefined> {
  return { ...filters, page: page > 1 ? String(page) : undefined };
}

/** The audit page's address for these filters and page. */
export function auditPagePath(filters: AuditFilters, page = 1): string {
  return withQuery('/audit', params(filters, page));
}

/** The API call for one page of `limit` entries. */
export function auditApiPath(filters: AuditFilters, page: number, limit: number): string {
  return withQuery('/api/audit', { ...params(filters, page), limit: String(limit) });
}

/** The download of the page shown, as CSV (the Excel link is made from it). */
export function auditCsvPath(filters: AuditFilters, page: number, limit: number): string {
  return withQuery('/api/audit', { ...params(filters, page), limit: String(limit), format: 'csv' });
}
