import { Pagination } from './Pagination.tsx';

/** One page of a paged list as the API sends it: which page, the rows on it, and how many rows in all. */
export interface ListPage {
  readonly page: number;
  readonly total: number;
  readonly items: readonly unknown[];
}

/** Reads a page number (`page` unless named) from a query string; anything but a whole number from 1 is page 1. */
export function readPageParam(search: string, name = 'page'): number {
  const n = Number(new URLSearchParams(search).get(name) ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** Which rows of a paged table are shown ("Showing 1 to 100 of 230 funds"), and the GOV.UK pagination to the others. */
export function PageOf({ list, pageSize, noun, hrefFor, shown = list.items.length }: { list: ListPage; pageSize: number; noun: string; hrefFor: (page: number) => string; shown?: number }) {
  const lastPage = Math.max(1, Math.ceil(list.total / pageSize));
  const first = Math.min(list.total, (list.page - 1) * pageSize + 1);
  const last = Math.min(list.total, first + shown - 1);
  return (
    <>
      {shown === 0 ? (
        <p className="govuk-body">
          There {lastPage === 1 ? 'is only 1 page' : `are only ${String(lastPage)} pages`} of {noun}. <a className="govuk-link" href={hrefFor(1)}>Go to the first page</a>
        </p>
      ) : (
        <p className="govuk-body">
          Showing {String(first)} to {String(last)} of {String(list.total)} {noun}
        </p>
      )}
      <Pagination page={list.page} lastPage={lastPage} hrefFor={hrefFor} />
    </>
  );
}
