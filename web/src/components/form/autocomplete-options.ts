/** One suggestion of an autocomplete: what the field is set to, what the list and the field show, and a line under it. */
export interface AutocompleteOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

/** The option highlighted after a key press: down from the field goes to the first, up from the first returns to the field (-1). */
export function moveHighlight(current: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  return current <= 0 ? -1 : current - 1;
}

/** What the status region announces after a search, as GOV.UK's accessible autocomplete words it. */
export function describeResults(query: string, count: number, minLength: number): string {
  if (query.trim().length < minLength) return '';
  if (count === 0) return 'No results found';
  return count === 1 ? '1 result is available' : `${String(count)} results are available`;
}

/** The strands whose name or code has every typed word, best first: names starting with the text, then the rest by name. */
export function matchStrands<S extends { slug: string; name: string }>(strands: readonly S[], text: string, limit = 10): S[] {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
  if (words.length === 0) return [];
  const matches = strands.filter((s) => {
    const haystack = `${s.name} ${s.slug}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const starts = (s: S) => (s.name.toLowerCase().startsWith(text.trim().toLowerCase()) ? 0 : 1);
  return [...matches].sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name)).slice(0, limit);
}

/** How a school search reads what was typed: six digits are a URN, anything else words of its name. */
export function schoolQuery(text: string): { urn: string } | { q: string } {
  const trimmed = text.trim();
  return /^\d{6}$/.test(trimmed) ? { urn: trimmed } : { q: trimmed };
}

/**
 * Names best first for what was typed: those that start with it, then those in which every typed word starts
 * a word, then the rest, each group in the order given. The register's search matches words anywhere in a
 * name ("st mary" finds "Pastures Primary"), so its answer is ranked before the few shown are picked.
 */
export function rankByName<T extends { name: string }>(items: readonly T[], text: string): T[] {
  const typed = text.trim().toLowerCase();
  const words = typed.split(/\s+/).filter((w) => w !== '');
  const rank = (name: string): number => {
    const lower = name.toLowerCase();
    if (lower.startsWith(typed)) return 0;
    const starts = lower.split(/[^a-z0-9’']+/).filter((w) => w !== '');
    return words.every((w) => starts.some((s) => s.startsWith(w))) ? 1 : 2;
  };
  return items.map((item, i) => ({ item, i, r: rank(item.name) })).sort((a, b) => a.r - b.r || a.i - b.i).map(({ item }) => item);
}
