export type Route =
  | { page: 'home' }
  | { page: 'area'; id: string }
  | { page: 'funding' }
  | { page: 'not-found' };

const AREA_PATH = /^\/areas\/([^/]+)$/;

/**
 * Which page a path shows. A trailing slash is ignored.
 * `matchRoute('/areas/blackpool')` → `{ page: 'area', id: 'blackpool' }`.
 */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  if (path === '/') return { page: 'home' };
  if (path === '/funding') return { page: 'funding' };
  const encodedId = AREA_PATH.exec(path)?.[1];
  if (encodedId !== undefined) {
    try {
      return { page: 'area', id: decodeURIComponent(encodedId) };
    } catch {
      // A malformed escape such as "%E0" cannot name an area.
      return { page: 'not-found' };
    }
  }
  return { page: 'not-found' };
}
