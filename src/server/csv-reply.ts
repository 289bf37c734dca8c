import type { FastifyReply } from 'fastify';
import type { CsvColumn } from '../domain/shared/csv.ts';
import { csvStream, xlsxStream, type RowSource } from './exports/table-stream.ts';

export type TableFormat = 'csv' | 'xlsx';

/**
 * Sends rows as a download in the format asked for: CSV (with a UTF-8 byte order mark, so Excel reads £ and
 * accents correctly), or an Excel workbook with one sheet whose header row is bold and frozen. Numbers stay
 * numbers in the workbook; text that a spreadsheet would run as a formula is written as plain text in both.
 * The file is streamed a few hundred rows per turn of the event loop (docs/security.md, Bounded work); `rows`
 * may be an async iterable of pages, so a big download need not be read from the database at once.
 */
export function sendTable<Row>(reply: FastifyReply, format: TableFormat, basename: string, columns: readonly CsvColumn<Row>[], rows: RowSource<Row>): FastifyReply {
  if (format === 'csv') {
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${basename}.csv"`)
      .send(csvStream(columns, rows));
  }
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${basename}.xlsx"`)
    .send(xlsxStream(basename, columns, rows));
}
