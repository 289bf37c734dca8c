/** A unique pupil number's shape, permanent (check letter, 12 digits) or temporary (ending in a letter). */
const UPN_SHAPE = /\b[A-Z]\d{11}[0-9A-Z]\b/gi;
const PUPIL_KEYS = new Set(['upn', 'upns', 'pupilid', 'pupil_id', 'pupilids', 'candidatenumber']);

export const UPN_REMOVED = '[UPN removed]';

/**
 * An audit entry's summary as it may be shown or downloaded: no value anywhere in it that has the shape of a
 * UPN, and no field named for a pupil identifier. No writer records these today (careers and catch-up
 * imports log counts; a pupil's transfer logs the two schools and the reason typed); this keeps a future
 * writer, or a UPN typed into a free-text reason, from reaching the audit page.
 * `withoutPupilIdentifiers({ reason: 'B801200005001 moved' })` → `{ reason: '[UPN removed] moved' }`.
 */
export function withoutPupilIdentifiers(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(UPN_SHAPE, UPN_REMOVED);
  if (Array.isArray(value)) return value.map(withoutPupilIdentifiers);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = PUPIL_KEYS.has(key.toLowerCase()) ? UPN_REMOVED : withoutPupilIdentifiers(inner);
  }
  return out;
}
