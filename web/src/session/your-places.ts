import type { SignedInUser } from '../api/types.ts';
import { GRANTS, type Permission } from '../../../src/domain/access/permissions.ts';

/** One place a user's scope gives them: their area, hub or school, as a link for their home page and menus. */
export interface YourPlace {
  readonly kind: 'area' | 'hub' | 'school';
  /** The id in the scope: an area's slug, a hub's slug or a school's URN. */
  readonly id: string;
  readonly href: string;
}

const PAGE_OF = { area: '/areas/', hub: '/hubs/', school: '/schools/' } as const;

/** The areas, hubs and schools in a user's scope, in the order the scope lists them; none for a national role. */
export function yourPlaces(user: SignedInUser | null): YourPlace[] {
  if (user === null) return [];
  const places: YourPlace[] = [];
  for (const ref of user.scope) {
    const [kind, id] = splitRef(ref);
    if (kind === undefined || id === undefined || id === '') continue;
    places.push({ kind, id, href: `${PAGE_OF[kind]}${encodeURIComponent(id)}` });
  }
  return places;
}

function splitRef(ref: string): [YourPlace['kind'] | undefined, string | undefined] {
  const colon = ref.indexOf(':');
  const kind = ref.slice(0, colon);
  return kind === 'area' || kind === 'hub' || kind === 'school' ? [kind, ref.slice(colon + 1)] : [undefined, undefined];
}

/** Whether a user holds `permission` everywhere (the national roles), not just within their own scope. */
export function holdsEverywhere(user: SignedInUser | null, permission: Permission): boolean {
  return user !== null && GRANTS[user.role][permission] === 'everywhere';
}
