/**
 * A UK postcode in capitals with one space before the last three characters (" ec3a5de" → "EC3A 5DE"), or
 * null when the text does not have a postcode's shape (outward code, then a digit and two letters). The shape
 * only: whether the postcode exists is for a lookup to say.
 */
export function normalisePostcode(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : null;
}
