import type { Fund } from './fund.ts';

/**
 * Funds listed parents first (each top-level fund followed by the pots below it, as the funds repository
 * orders them) cut into families: a top-level fund (or a pot whose parent is not in the list) with every pot
 * below it. A page of the funds list is whole families, so a fund is never shown apart from its pots and
 * what its pots add up to can be checked on the same page.
 */
export function fundFamilies(ordered: readonly Fund[]): Fund[][] {
  const ids = new Set(ordered.map((f) => f.id));
  const families: Fund[][] = [];
  for (const fund of ordered) {
    const family = families.at(-1);
    if (fund.parentId === null || !ids.has(fund.parentId) || family === undefined) families.push([fund]);
    else family.push(fund);
  }
  return families;
}

/** One fund with every pot below it, from funds listed parents first; empty when there is no such fund. */
export function fundWithPots(ordered: readonly Fund[], id: string): Fund[] {
  const start = ordered.findIndex((f) => f.id === id);
  const fund = ordered[start];
  if (fund === undefined) return [];
  const within = new Set([id]);
  const found: Fund[] = [fund];
  for (const pot of ordered.slice(start + 1)) {
    if (pot.parentId === null || !within.has(pot.parentId)) break;
    within.add(pot.id);
    found.push(pot);
  }
  return found;
}
