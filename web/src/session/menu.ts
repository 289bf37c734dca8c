import type { SignedInUser } from '../api/types.ts';
import { decideAccess } from './access-decision.ts';
import { holdsEverywhere, yourPlaces } from './your-places.ts';

/** One link of the service navigation: where it goes, and which paths make it the current one. */
export interface MenuItem {
  readonly href: string;
  readonly text: string;
  /** Path prefixes (besides `href` itself) under which this item is the current one. */
  readonly within: readonly string[];
}

const PUBLIC_ITEMS: readonly MenuItem[] = [
  { href: '/', text: 'Areas', within: ['/areas/'] },
  { href: '/schools', text: 'Schools', within: ['/schools/'] },
  { href: '/map', text: 'Map', within: [] },
  { href: '/index', text: 'Index', within: ['/index/'] },
  { href: '/hubs', text: 'Research Schools', within: ['/hubs/', '/intermediaries'] },
  { href: '/toolkit', text: 'Toolkit', within: [] },
  { href: '/funding', text: 'Funding', within: ['/funding/'] },
];

/**
 * The service navigation for a user: every capability their role has, each linked where it starts for
 * them. Delivery plans go to the national view for the national roles and to their own area's plan for an
 * area's people; careers to their area's or school's page (there is no national careers page).
 */
export function menuFor(user: SignedInUser | null): MenuItem[] {
  const items = [...PUBLIC_ITEMS];
  if (user === null) return items;
  const places = yourPlaces(user);
  const area = places.find((p) => p.kind === 'area');
  const school = places.find((p) => p.kind === 'school');
  if (holdsEverywhere(user, 'area:read')) items.push({ href: '/plans', text: 'Delivery plans', within: ['/plans/'] });
  else if (area !== undefined && decideAccess(user, 'area:read', `area:${area.id}`).allowed) {
    items.push({ href: `${area.href}/plan`, text: 'Delivery plan', within: [`${area.href}/plan/`] });
  }
  items.push({ href: '/what-worked', text: 'What worked', within: [] });
  if (area !== undefined && decideAccess(user, 'aggregate:read', `area:${area.id}`).allowed) {
    items.push({ href: `/careers/areas/${encodeURIComponent(area.id)}`, text: 'Careers', within: ['/careers/'] });
  } else if (school !== undefined && decideAccess(user, 'school:read', `school:${school.id}`).allowed) {
    items.push({ href: `/careers/schools/${encodeURIComponent(school.id)}`, text: 'Careers', within: ['/careers/'] });
  }
  if (decideAccess(user, 'audit:read').allowed) items.push({ href: '/audit', text: 'Audit log', within: [] });
  if (decideAccess(user, 'users:manage').allowed) items.push({ href: '/users', text: 'Users', within: [] });
  return items;
}

/** The item a path belongs to: the one whose href is the path, else the one with the longest matching prefix. */
export function currentItem(items: readonly MenuItem[], pathname: string): MenuItem | undefined {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const exact = items.find((item) => item.href === path);
  if (exact !== undefined) return exact;
  let best: { item: MenuItem; length: number } | undefined;
  for (const item of items) {
    for (const prefix of item.within) {
      if (path.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = { item, length: prefix.length };
    }
  }
  return best?.item;
}
