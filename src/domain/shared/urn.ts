import { err, ok, type Result } from './result.ts';

/** A school's unique reference number (URN) in Get Information About Schools: six digits, e.g. 141257. */
export type Urn = number & { readonly __brand: 'Urn' };

export function parseUrn(input: string | number): Result<Urn, string> {
  const text = String(input).trim();
  if (!/^\d{6}$/.test(text)) {
    return err(`"${text}" is not a school URN: expected 6 digits, like 141257`);
  }
  return ok(Number(text) as Urn);
}
