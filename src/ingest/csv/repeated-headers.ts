/** A header name that appears more than once, with the 1-based positions of its first and repeated column. */
export interface RepeatedHeader {
  /** The header as written in its first column. */
  readonly header: string;
  readonly first: number;
  readonly repeat: number;
}

/**
 * Every header that names the same column as an earlier one once `normalise` (the reader's own column
 * matching) has been applied: `Name` and `name ` in one file would otherwise leave it to chance which column
 * is read. Blank headers name no column (a spreadsheet's empty columns leave several), so they never repeat.
 */
export function findRepeatedHeaders(headers: readonly string[], normalise: (header: string) => string): RepeatedHeader[] {
  const firstAt = new Map<string, number>();
  const repeated: RepeatedHeader[] = [];
  headers.forEach((header, index) => {
    const name = normalise(header);
    if (name === '') return;
    const first = firstAt.get(name);
    if (first === undefined) firstAt.set(name, index);
    else repeated.push({ header: headers[first]?.trim() ?? header.trim(), first: first + 1, repeat: index + 1 });
  });
  return repeated;
}

/** `The column "URN" appears twice, in columns 2 (B) and 5 (E): remove or rename one of them`. */
export function repeatedHeaderReason(repeat: RepeatedHeader): string {
  return `The column "${repeat.header}" appears twice, in columns ${describeColumn(repeat.first)} and ${describeColumn(repeat.repeat)}: remove or rename one of them`;
}

/** A column's number and its spreadsheet letters: 28 → "28 (AB)". */
function describeColumn(position: number): string {
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${String(position)} (${letters})`;
}
