/** A clock stopped at one instant, so recorded times are predictable in tests. */
export function fixedClock(iso = '2026-01-15T09:30:00.000Z'): () => Date {
  return () => new Date(iso);
}
