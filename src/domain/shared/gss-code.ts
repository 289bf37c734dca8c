import { err, ok, type Result } from './result.ts';

/** A GSS code as ONS publishes it: a letter, two digits, six digits, e.g. E06000009 (Blackpool). */
export type GssCode = string & { readonly __brand: 'GssCode' };

const GSS_CODE = /^[EWSNK]\d{8}$/;

export function parseGssCode(input: string): Result<GssCode, string> {
  const code = input.trim().toUpperCase();
  if (!GSS_CODE.test(code)) {
    return err(`"${input}" is not a GSS code: expected a letter and 8 digits, like E06000009`);
  }
  return ok(code as GssCode);
}

/**
 * The kind of English area an ONS entity prefix names.
 * E06 unitary authority, E07 non-metropolitan district, E08 metropolitan district, E09 London borough,
 * E10 county, E12 region, E92 England.
 */
function gssEntityOf(code: GssCode): string {
  return code.slice(0, 3);
}

/** Single-tier authorities are both a district and the local education authority. */
export function isSingleTierAuthority(code: GssCode): boolean {
  const entity = gssEntityOf(code);
  return entity === 'E06' || entity === 'E08' || entity === 'E09';
}
