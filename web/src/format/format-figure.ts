/**
 * Figures that may be missing, shown with the symbols the Government Statistical Service uses in tables
 * ("Symbols in tables, definitions and footnotes"): [c] for a figure withheld to protect confidentiality,
 * [x] for one that is not available. A missing figure is never shown as 0.
 */

export type FigureSymbol = '[c]' | '[x]';

/** What each symbol means, for the key under a table that uses any. */
export const SYMBOL_MEANINGS: Readonly<Record<FigureSymbol, string>> = {
  '[c]': 'confidential: withheld by the publisher so that pupils cannot be identified',
  '[x]': 'not available',
};

/** Publisher codes for a withheld figure (DfE performance tables use SUPP; some files SUP or c). */
const CONFIDENTIAL_CODES = new Set(['SUPP', 'SUP', 'C']);

/** The symbol for a figure the publisher replaced with `code` (SUPP, NA, NE, LOWCOV…), or gave nothing for. */
export function symbolFor(code: string | undefined): FigureSymbol {
  return code !== undefined && CONFIDENTIAL_CODES.has(code.trim().toUpperCase()) ? '[c]' : '[x]';
}

/**
 * A figure as text: its value formatted, or the symbol for why it is missing.
 * `formatFigure(23.4, undefined, formatPercent)` → "23.4%"; `formatFigure(null, 'SUPP', formatPercent)` → "[c]";
 * `formatFigure(null, 'NE', formatPercent)` → "[x]"; `formatFigure(null, undefined, formatPercent)` → "[x]".
 */
export function formatFigure(value: number | null, code: string | undefined, format: (value: number) => string): string {
  return value === null ? symbolFor(code) : format(value);
}
