import type { Fund } from './fund.ts';

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
