import { err, ok, type Result } from '../shared/result.ts';
import { parseSlug } from '../shared/slug.ts';
import { parseUrn } from '../shared/urn.ts';

/**
 * One thing a user's access, or a resource, belongs to: an Opportunity Area, a research-school hub or a
 * school. Written `area:blackpool`, `hub:blackpool-research-school`, `school:141257`.
 */
export type ScopeRef = `area:${string}` | `hub:${string}` | `school:${number}`;

/** Parses `area:<id>`, `hub:<id>` or `school:<urn>`, saying what is wrong otherwise. */
export function parseScopeRef(input: string): Result<ScopeRef, string> {
  const [kind, value = '', ...rest] = input.trim().split(':');
  if (rest.length > 0 || value === '') return err(`"${input}" is not a scope: use area:<id>, hub:<id> or school:<URN>`);
  switch (kind) {
    case 'area':
    case 'hub': {
      const slug = parseSlug(value);
      return slug.ok ? ok<ScopeRef>(`${kind}:${slug.value}`) : err(`"${input}": ${slug.error}`);
    }
    case 'school': {
      const urn = parseUrn(value);
      return urn.ok ? ok<ScopeRef>(`school:${urn.value}`) : err(`"${input}": ${urn.error}`);
    }
    case undefined:
    default:
      return err(`"${input}" is not a scope: use area:<id>, hub:<id> or school:<URN>`);
  }
}

/** True when the two lists share at least one entry. */
export function scopesOverlap(a: readonly ScopeRef[], b: readonly ScopeRef[]): boolean {
  const set = new Set<string>(a);
  return b.some((ref) => set.has(ref));
}
