import type { ReactNode } from 'react';
import type { Markers } from '../../api/public-data-types.ts';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { SymbolsKey } from '../../components/SymbolsKey.tsx';
import { formatFigure } from '../../format/format-figure.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** A text column, such as the period; the first one heads each row. */
export interface LabelColumn<R> {
  readonly header: string;
  readonly text: (row: R) => ReactNode;
}

/** A figure column: its value, the published columns whose code explains a missing value, and its format. */
export interface FigureColumn<R> {
  readonly header: string;
  readonly value: (row: R) => number | null;
  /** Column names as the publisher's file has them (`pct_eal`), most specific first. */
  readonly markerKeys: readonly string[];
  readonly format: (value: number) => string;
  /** A second line under the figure, such as a confidence interval. */
  readonly hint?: (row: R) => string | null;
}

/** The code the publisher used instead of a figure, looked up under any of `keys`. */
export function markerFor(markers: Markers, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const code = markers[key];
    if (code !== undefined) return code;
  }
  return undefined;
}

/**
 * A GOV.UK table of figures by period: label columns, then right-aligned figures; missing figures show the
 * statistical symbol for why ([c] withheld, [x] not available), with a key to the symbols under the table.
 */
export function FigureTable<R extends { markers: Markers }>({ caption, rows, rowKey, labels, figures, csvHref }: {
  caption: string;
  /** The same table from the API as CSV. */
  csvHref: string;
  rows: readonly R[];
  rowKey: (row: R) => string;
  labels: readonly LabelColumn<R>[];
  figures: readonly FigureColumn<R>[];
}) {
  const used = new Set<string>();
  const body = rows.map((row) => (
    <tr key={rowKey(row)} className="govuk-table__row">
      {labels.map((label, index) =>
        index === 0 ? (
          <th key={label.header} scope="row" className="govuk-table__header oa-nowrap">
            {label.text(row)}
          </th>
        ) : (
          <td key={label.header} className="govuk-table__cell">
            {label.text(row)}
          </td>
        ),
      )}
      {figures.map((column) => {
        const value = column.value(row);
        const text = formatFigure(value, markerFor(row.markers, column.markerKeys), column.format);
        if (value === null) used.add(text);
        const hint = column.hint?.(row) ?? null;
        return (
          <td key={column.header} className="govuk-table__cell govuk-table__cell--numeric">
            {text}
            {hint !== null && <span className="oa-cell-hint">{hint}</span>}
          </td>
        );
      })}
    </tr>
  ));
  return (
    <>
      <TableRegion>
        <table className="govuk-table oa-table-s">
          <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {labels.map((label) => (
                <th key={label.header} scope="col" className="govuk-table__header">
                  {label.header}
                </th>
              ))}
              {figures.map((column) => (
                <th key={column.header} scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">{body}</tbody>
        </table>
      </TableRegion>
      <SymbolsKey used={used} />
      <DownloadCsvLink href={csvHref} description={caption.toLowerCase()} />
    </>
  );
}
