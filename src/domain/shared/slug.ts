import { err, ok, type Result } from './result.ts';

/** A lower-case, hyphenated identifier used in URLs, e.g. `north-yorkshire-coast`. */
export type Slug = string & { readonly __brand: 'Slug' };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseSlug(input: string): Result<Slug, string> {
  if (input.length > 100 || !SLUG.test(input)) {
    return err(`"${input.slice(0, 100)}" is not a valid identifier: use lower-case letters, digits and hyphens`);
  }
  return ok(input as Slug);
}
