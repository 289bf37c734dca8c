export type Route =
  | { page: 'home' }
  | { page: 'area'; id: string }
  | { page: 'area-board'; id: string }
  | { page: 'place'; code: string }
  | { page: 'schools' }
  | { page: 'school'; urn: string }
  | { page: 'map' }
  | { page: 'toolkit' }
  | { page: 'index' }
  | { page: 'index-recipe-editor' }
  | { page: 'funding' }
  | { page: 'fund'; id: string }
  | { page: 'sign-in' }
  | { page: 'audit' }
  | { page: 'users' }
  | { page: 'careers-school'; urn: string }
  | { page: 'careers-record'; urn: string }
  | { page: 'careers-area'; id: string }
  | { page: 'careers-advisers'; id: string }
  | { page: 'not-found' };

const FIXED_PAGES: Readonly<Record<string, Route>> = {
  '/': { page: 'home' },
  '/funding': { page: 'funding' },
  '/schools': { page: 'schools' },
  '/map': { page: 'map' },
  '/toolkit': { page: 'toolkit' },
  '/index': { page: 'index' },
  '/index/recipes/edit': { page: 'index-recipe-editor' },
  '/sign-in': { page: 'sign-in' },
  '/audit': { page: 'audit' },
  '/users': { page: 'users' },
};

const AREA_PATH = /^\/areas\/([^/]+)$/;
const AREA_BOARD_PATH = /^\/areas\/([^/]+)\/board$/;
const SCHOOL_PATH = /^\/schools\/(\d{6})$/;
const FUND_PATH = /^\/funding\/([^/]+)$/;
const CAREERS_SCHOOL_PATH = /^\/careers\/schools\/(\d{6})$/;
const CAREERS_RECORD_PATH = /^\/careers\/schools\/(\d{6})\/record$/;
const CAREERS_AREA_PATH = /^\/careers\/areas\/([^/]+)$/;
const CAREERS_ADVISERS_PATH = /^\/careers\/areas\/([^/]+)\/advisers$/;
/** Districts, education authorities and regions share /areas/ with Opportunity Areas, told apart by their GSS code. */
const GSS_CODE = /^[EWSNK]\d{8}$/i;

/**
 * Which page a path shows. A trailing slash is ignored.
 * `matchRoute('/areas/blackpool')` → `{ page: 'area', id: 'blackpool' }`;
 * `matchRoute('/areas/blackpool/board')` → `{ page: 'area-board', id: 'blackpool' }`;
 * `matchRoute('/areas/E06000009')` → `{ page: 'place', code: 'E06000009' }`;
 * `matchRoute('/schools/119250')` → `{ page: 'school', urn: '119250' }`.
 */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const fixed = FIXED_PAGES[path];
  if (fixed !== undefined) return fixed;
  const areaId = decodeSegment(AREA_PATH.exec(path)?.[1]);
  if (areaId !== undefined) return GSS_CODE.test(areaId) ? { page: 'place', code: areaId.toUpperCase() } : { page: 'area', id: areaId };
  const urn = SCHOOL_PATH.exec(path)?.[1];
  if (urn !== undefined) return { page: 'school', urn };
  const boardAreaId = decodeSegment(AREA_BOARD_PATH.exec(path)?.[1]);
  if (boardAreaId !== undefined) return { page: 'area-board', id: boardAreaId };
  const fundId = decodeSegment(FUND_PATH.exec(path)?.[1]);
  if (fundId !== undefined) return { page: 'fund', id: fundId };
  const careersUrn = CAREERS_SCHOOL_PATH.exec(path)?.[1];
  if (careersUrn !== undefined) return { page: 'careers-school', urn: careersUrn };
  const recordUrn = CAREERS_RECORD_PATH.exec(path)?.[1];
  if (recordUrn !== undefined) return { page: 'careers-record', urn: recordUrn };
  const careersArea = decodeSegment(CAREERS_AREA_PATH.exec(path)?.[1]);
  if (careersArea !== undefined) return { page: 'careers-area', id: careersArea };
  const advisersArea = decodeSegment(CAREERS_ADVISERS_PATH.exec(path)?.[1]);
  if (advisersArea !== undefined) return { page: 'careers-advisers', id: advisersArea };
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
