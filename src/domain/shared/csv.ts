/** One column of a CSV download: its header and how to read the cell from a row. */
export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string | number | null;
}

/**
 * Writes RFC 4180 CSV with CRLF line ends, quoting where needed. Text cells that a spreadsheet would run as a
 * formula (starting =, +, -, @, tab or CR) get a leading apostrophe (OWASP CSV injection guidance); a number,
 * or text that is only a plain decimal number such as "-1.7", is written as it is, since a number is never a
 * formula. `toCsv([{ header: 'name', value: (r) => r.name }], [{ name: 'Derby' }])` → "name\r\nDerby\r\n".
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [csvHeaderLine(columns)];
  for (const row of rows) lines.push(csvLine(columns.map((c) => c.value(row))));
  return lines.join('\r\n') + '\r\n';
}

/** The header line of `columns`, without its line end: `csvHeaderLine([{ header: 'name', … }])` → "name". */
export function csvHeaderLine(columns: readonly CsvColumn<never>[]): string {
  return columns.map((c) => quoteCsvCell(c.header)).join(',');
}

/**
 * One row's cells as a CSV line without its line end, escaped as `toCsv` does, so a download can be written
 * a few rows at a time: `csvLine(['=1+1', 2, null])` → "'=1+1,2,".
 */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return cells.map(formatCsvCell).join(',');
}

/** A plain decimal number, nothing else: "-1.7", "12", "0.5". "-1+2" or "-1e3" are text (a spreadsheet may compute them). */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function formatCsvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (PLAIN_NUMBER.test(value)) return value;
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return quoteCsvCell(safe);
}

function quoteCsvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
