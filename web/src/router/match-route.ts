export type Route =
  | { page: 'home' }
  | { page: 'area'; id: string }
  | { page: 'area-board'; id: string }
  | { page: 'funding' }
  | { page: 'sign-in' }
  | { page: 'audit' }
  | { page: 'users' }
  | { page: 'not-found' };

const FIXED_PAGES: Readonly<Record<string, Route>> = {
  '/': { page: 'home' },
  '/funding': { page: 'funding' },
  '/sign-in': { page: 'sign-in' },
  '/audit': { page: 'audit' },
  '/users': { page: 'users' },
};

const AREA_PATH = /^\/areas\/([^/]+)$/;
const AREA_BOARD_PATH = /^\/areas\/([^/]+)\/board$/;

/**
 * Which page a path shows. A trailing slash is ignored.
 * `matchRoute('/areas/blackpool')` → `{ page: 'area', id: 'blackpool' }`;
 * `matchRoute('/areas/blackpool/board')` → `{ page: 'area-board', id: 'blackpool' }`.
 */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const fixed = FIXED_PAGES[path];
  if (fixed !== undefined) return fixed;
  const areaId = decodeSegment(AREA_PATH.exec(path)?.[1]);
  if (areaId !== undefined) return { page: 'area', id: areaId };
  const boardAreaId = decodeSegment(AREA_BOARD_PATH.exec(path)?.[1]);
  if (boardAreaId !== undefined) return { page: 'area-board', id: boardAreaId };
  return { page: 'not-found' };
}

/** A path segment unescaped; undefined when absent or when a malformed escape ("%E0") cannot name anything. */
function decodeSegment(encoded: string | undefined): string | undefined {
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}
