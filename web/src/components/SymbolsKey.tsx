import { SYMBOL_MEANINGS, type FigureSymbol } from '../format/format-figure.ts';

/** The key to the statistical symbols a table uses, shown under it; nothing when it uses none. */
export function SymbolsKey({ used }: { used: ReadonlySet<string> }) {
  const symbols = (Object.keys(SYMBOL_MEANINGS) as FigureSymbol[]).filter((symbol) => used.has(symbol));
  if (symbols.length === 0) return null;
  return (
    <p className="govuk-body-s oa-symbols-key">
      {symbols.map((symbol, index) => (
        <span key={symbol}>
          {index > 0 && '; '}
          {symbol} means {SYMBOL_MEANINGS[symbol]}
        </span>
      ))}
      .
    </p>
  );
}
