import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { toCsv, type CsvColumn } from '../domain/shared/csv.ts';

/** Sends CSV as a download named `filename`, with a UTF-8 BOM so Excel reads £ and accents correctly. */
export function sendCsv(reply: FastifyReply, filename: string, csv: string): FastifyReply {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send('\uFEFF' + csv);
}

export type TableFormat = 'csv' | 'xlsx';

/**
 * Sends rows as a download in the format asked for: CSV, or an Excel workbook with one sheet whose header
 * row is bold and frozen. Numbers stay numbers in the workbook; text that a spreadsheet would run as a
 * formula is written as plain text in both.
 */
export async function sendTable<Row>(reply: FastifyReply, format: TableFormat, basename: string, columns: readonly CsvColumn<Row>[], rows: readonly Row[]): Promise<FastifyReply> {
  if (format === 'csv') return sendCsv(reply, `${basename}.csv`, toCsv(columns, rows));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(basename.slice(0, 31));
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  const buffer = await workbook.xlsx.writeBuffer();
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${basename}.xlsx"`)
    .send(Buffer.from(buffer));
}
