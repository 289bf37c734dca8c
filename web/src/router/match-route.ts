export type Route =
  | { page: 'home' }
  | { page: 'area'; id: string }
  | { page: 'area-board'; id: string }
  | { page: 'place'; code: string }
  | { page: 'schools' }
  | { page: 'data' }
  | { page: 'school'; urn: string }
  | { page: 'map' }
  | { page: 'toolkit' }
  | { page: 'index' }
  | { page: 'index-recipe-editor' }
  | { page: 'funding' }
  | { page: 'impact-national' }
  | { page: 'fund'; id: string }
  | { page: 'sign-in' }
  | { page: 'audit' }
  | { page: 'users' }
  | { page: 'user-new' }
  | { page: 'user'; id: string }
  | { page: 'area-plan'; id: string }
  | { page: 'area-plan-actual'; id: string; code: string }
  | { page: 'area-plan-status'; id: string; code: string }
  | { page: 'plans' }
  | { page: 'plans-status' }
  | { page: 'what-worked' }
  | { page: 'what-worked-new'; id: string }
  | { page: 'board-member-new'; id: string }
  | { page: 'board-meeting-new'; id: string }
  | { page: 'hubs' }
  | { page: 'hub'; id: string }
  | { page: 'hub-placement'; id: string }
  | { page: 'hub-event'; hubId: string; eventId: string }
  | { page: 'hub-programme-new'; hubId: string }
  | { page: 'hub-school-engagement'; hubId: string; urn: string }
  | { page: 'hub-school-evidence-plan'; hubId: string; urn: string }
  | { page: 'hub-school-follow-up'; hubId: string; urn: string }
  | { page: 'careers-school'; urn: string }
  | { page: 'careers-record'; urn: string }
  | { page: 'careers-area'; id: string }
  | { page: 'careers-advisers'; id: string }
  | { page: 'tutoring-school'; urn: string }
  | { page: 'tutoring-area'; id: string }
  | { page: 'holiday-area'; id: string }
  | { page: 'holiday-school'; urn: string }
  | { page: 'intermediaries' }
  | { page: 'intermediary'; kind: 'local-authority' | 'trust'; code: string }
  | { page: 'accessibility' }
  | { page: 'privacy' }
  | { page: 'cookies' }
  | { page: 'contact' }
  | { page: 'not-found' };

const FIXED_PAGES: Readonly<Record<string, Route>> = {
  '/': { page: 'home' },
  '/funding': { page: 'funding' },
  '/impact': { page: 'impact-national' },
  '/schools': { page: 'schools' },
  '/data': { page: 'data' },
  '/map': { page: 'map' },
  '/toolkit': { page: 'toolkit' },
  '/hubs': { page: 'hubs' },
  '/index': { page: 'index' },
  '/index/recipes/edit': { page: 'index-recipe-editor' },
  '/sign-in': { page: 'sign-in' },
  '/audit': { page: 'audit' },
  '/users': { page: 'users' },
  '/users/new': { page: 'user-new' },
  '/plans': { page: 'plans' },
  '/plans/status': { page: 'plans-status' },
  '/what-worked': { page: 'what-worked' },
  '/intermediaries': { page: 'intermediaries' },
  '/accessibility': { page: 'accessibility' },
  '/privacy': { page: 'privacy' },
  '/cookies': { page: 'cookies' },
  '/contact': { page: 'contact' },
};

/**
 * Each page's path patterns, `:name` standing for a part of the path. Not used to match (matchRoute does
 * that): it lets tests visit every page, and its type makes a page added to Route and left out here an error.
 */
export const PAGE_PATTERNS: Readonly<Record<Exclude<Route['page'], 'not-found'>, readonly string[]>> = {
  home: ['/'], funding: ['/funding'], 'impact-national': ['/impact'], schools: ['/schools'], data: ['/data'], map: ['/map'], toolkit: ['/toolkit'], hubs: ['/hubs'],
  index: ['/index'], 'index-recipe-editor': ['/index/recipes/edit'], 'sign-in': ['/sign-in'], audit: ['/audit'], users: ['/users'], plans: ['/plans'],
  'plans-status': ['/plans/status'], 'what-worked': ['/what-worked'], intermediaries: ['/intermediaries'], accessibility: ['/accessibility'], privacy: ['/privacy'],
  cookies: ['/cookies'], contact: ['/contact'], 'user-new': ['/users/new'],
  user: ['/users/:id'],
  area: ['/areas/:id'],
  place: ['/areas/:code'],
  'area-board': ['/areas/:id/board'],
  school: ['/schools/:urn'],
  fund: ['/funding/:id'],
  'area-plan': ['/areas/:id/plan'],
  'area-plan-actual': ['/areas/:id/plan/measures/:code/actual'],
  'area-plan-status': ['/areas/:id/plan/measures/:code/status'],
  'what-worked-new': ['/areas/:id/what-worked/new'],
  'board-member-new': ['/areas/:id/board/members/new'],
  'board-meeting-new': ['/areas/:id/board/meetings/new'],
  hub: ['/hubs/:id'],
  'hub-placement': ['/hubs/:id/placement'],
  'hub-event': ['/hubs/:id/events/:eventId'],
  'hub-programme-new': ['/hubs/:id/programmes/new'],
  'hub-school-engagement': ['/hubs/:id/schools/:urn/engagement'],
  'hub-school-evidence-plan': ['/hubs/:id/schools/:urn/evidence-plan'],
  'hub-school-follow-up': ['/hubs/:id/schools/:urn/follow-up'],
  'careers-school': ['/careers/schools/:urn'],
  'careers-record': ['/careers/schools/:urn/record'],
  'careers-area': ['/careers/areas/:id'],
  'careers-advisers': ['/careers/areas/:id/advisers'],
  'tutoring-school': ['/catch-up/schools/:urn'],
  'tutoring-area': ['/catch-up/areas/:id'],
  'holiday-area': ['/holiday/areas/:id'],
  'holiday-school': ['/holiday/schools/:urn'],
  intermediary: ['/intermediaries/:kind/:code'],
};

const AREA_PATH = /^\/areas\/([^/]+)$/;
const AREA_BOARD_PATH = /^\/areas\/([^/]+)\/board$/;
const SCHOOL_PATH = /^\/schools\/(\d{6})$/;
const FUND_PATH = /^\/funding\/([^/]+)$/;
const AREA_PLAN_PATH = /^\/areas\/([^/]+)\/plan$/;
const AREA_BOARD_MEMBER_NEW_PATH = /^\/areas\/([^/]+)\/board\/members\/new$/;
const AREA_BOARD_MEETING_NEW_PATH = /^\/areas\/([^/]+)\/board\/meetings\/new$/;
const AREA_WHAT_WORKED_NEW_PATH = /^\/areas\/([^/]+)\/what-worked\/new$/;
const AREA_PLAN_ACTUAL_PATH = /^\/areas\/([^/]+)\/plan\/measures\/([^/]+)\/actual$/;
const AREA_PLAN_STATUS_PATH = /^\/areas\/([^/]+)\/plan\/measures\/([^/]+)\/status$/;
const USER_PATH = /^\/users\/([^/]+)$/;
const HUB_PATH = /^\/hubs\/([^/]+)$/;
const HUB_PLACEMENT_PATH = /^\/hubs\/([^/]+)\/placement$/;
const HUB_EVENT_PATH = /^\/hubs\/([^/]+)\/events\/([^/]+)$/;
const HUB_PROGRAMME_NEW_PATH = /^\/hubs\/([^/]+)\/programmes\/new$/;
const HUB_SCHOOL_ENGAGEMENT_PATH = /^\/hubs\/([^/]+)\/schools\/(\d{6})\/engagement$/;
const HUB_SCHOOL_PLAN_PATH = /^\/hubs\/([^/]+)\/schools\/(\d{6})\/evidence-plan$/;
const HUB_SCHOOL_FOLLOW_UP_PATH = /^\/hubs\/([^/]+)\/schools\/(\d{6})\/follow-up$/;
const CAREERS_SCHOOL_PATH = /^\/careers\/schools\/(\d{6})$/;
const CAREERS_RECORD_PATH = /^\/careers\/schools\/(\d{6})\/record$/;
const CAREERS_AREA_PATH = /^\/careers\/areas\/([^/]+)$/;
const CAREERS_ADVISERS_PATH = /^\/careers\/areas\/([^/]+)\/advisers$/;
const TUTORING_SCHOOL_PATH = /^\/catch-up\/schools\/(\d{6})$/;
const TUTORING_AREA_PATH = /^\/catch-up\/areas\/([^/]+)$/;
const HOLIDAY_AREA_PATH = /^\/holiday\/areas\/([^/]+)$/;
const HOLIDAY_SCHOOL_PATH = /^\/holiday\/schools\/(\d{6})$/;
const INTERMEDIARY_PATH = /^\/intermediaries\/(local-authority|trust)\/([A-Za-z0-9]{1,10})$/;
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
  const planAreaId = decodeSegment(AREA_PLAN_PATH.exec(path)?.[1]);
  if (planAreaId !== undefined) return { page: 'area-plan', id: planAreaId };
  const actual = AREA_PLAN_ACTUAL_PATH.exec(path);
  const [actualAreaId, actualCode] = [decodeSegment(actual?.[1]), decodeSegment(actual?.[2])];
  if (actualAreaId !== undefined && actualCode !== undefined) return { page: 'area-plan-actual', id: actualAreaId, code: actualCode };
  const status = AREA_PLAN_STATUS_PATH.exec(path);
  const [statusAreaId, statusCode] = [decodeSegment(status?.[1]), decodeSegment(status?.[2])];
  if (statusAreaId !== undefined && statusCode !== undefined) return { page: 'area-plan-status', id: statusAreaId, code: statusCode };
  const whatWorkedAreaId = decodeSegment(AREA_WHAT_WORKED_NEW_PATH.exec(path)?.[1]);
  if (whatWorkedAreaId !== undefined) return { page: 'what-worked-new', id: whatWorkedAreaId };
  const memberAreaId = decodeSegment(AREA_BOARD_MEMBER_NEW_PATH.exec(path)?.[1]);
  if (memberAreaId !== undefined) return { page: 'board-member-new', id: memberAreaId };
  const meetingAreaId = decodeSegment(AREA_BOARD_MEETING_NEW_PATH.exec(path)?.[1]);
  if (meetingAreaId !== undefined) return { page: 'board-meeting-new', id: meetingAreaId };
  const userId = decodeSegment(USER_PATH.exec(path)?.[1]);
  if (userId !== undefined) return { page: 'user', id: userId };
  const hubId = decodeSegment(HUB_PATH.exec(path)?.[1]);
  if (hubId !== undefined) return { page: 'hub', id: hubId };
  const placementHubId = decodeSegment(HUB_PLACEMENT_PATH.exec(path)?.[1]);
  if (placementHubId !== undefined) return { page: 'hub-placement', id: placementHubId };
  const hubEvent = HUB_EVENT_PATH.exec(path);
  const [eventHubId, eventId] = [decodeSegment(hubEvent?.[1]), decodeSegment(hubEvent?.[2])];
  if (eventHubId !== undefined && eventId !== undefined) return { page: 'hub-event', hubId: eventHubId, eventId };
  const programmeHubId = decodeSegment(HUB_PROGRAMME_NEW_PATH.exec(path)?.[1]);
  if (programmeHubId !== undefined) return { page: 'hub-programme-new', hubId: programmeHubId };
  const hubSchool = HUB_SCHOOL_ENGAGEMENT_PATH.exec(path);
  const schoolHubId = decodeSegment(hubSchool?.[1]);
  if (schoolHubId !== undefined && hubSchool?.[2] !== undefined) return { page: 'hub-school-engagement', hubId: schoolHubId, urn: hubSchool[2] };
  const hubPlan = HUB_SCHOOL_PLAN_PATH.exec(path);
  const planHubId = decodeSegment(hubPlan?.[1]);
  if (planHubId !== undefined && hubPlan?.[2] !== undefined) return { page: 'hub-school-evidence-plan', hubId: planHubId, urn: hubPlan[2] };
  const followUp = HUB_SCHOOL_FOLLOW_UP_PATH.exec(path);
  const followUpHubId = decodeSegment(followUp?.[1]);
  if (followUpHubId !== undefined && followUp?.[2] !== undefined) return { page: 'hub-school-follow-up', hubId: followUpHubId, urn: followUp[2] };
  const careersUrn = CAREERS_SCHOOL_PATH.exec(path)?.[1];
  if (careersUrn !== undefined) return { page: 'careers-school', urn: careersUrn };
  const recordUrn = CAREERS_RECORD_PATH.exec(path)?.[1];
  if (recordUrn !== undefined) return { page: 'careers-record', urn: recordUrn };
  const careersArea = decodeSegment(CAREERS_AREA_PATH.exec(path)?.[1]);
  if (careersArea !== undefined) return { page: 'careers-area', id: careersArea };
  const advisersArea = decodeSegment(CAREERS_ADVISERS_PATH.exec(path)?.[1]);
  if (advisersArea !== undefined) return { page: 'careers-advisers', id: advisersArea };
  const tutoringUrn = TUTORING_SCHOOL_PATH.exec(path)?.[1];
  if (tutoringUrn !== undefined) return { page: 'tutoring-school', urn: tutoringUrn };
  const tutoringArea = decodeSegment(TUTORING_AREA_PATH.exec(path)?.[1]);
  if (tutoringArea !== undefined) return { page: 'tutoring-area', id: tutoringArea };
  const holidayArea = decodeSegment(HOLIDAY_AREA_PATH.exec(path)?.[1]);
  if (holidayArea !== undefined) return { page: 'holiday-area', id: holidayArea };
  const holidayUrn = HOLIDAY_SCHOOL_PATH.exec(path)?.[1];
  if (holidayUrn !== undefined) return { page: 'holiday-school', urn: holidayUrn };
  const intermediary = INTERMEDIARY_PATH.exec(path);
  if (intermediary?.[2] !== undefined) return { page: 'intermediary', kind: intermediary[1] === 'trust' ? 'trust' : 'local-authority', code: intermediary[2] };
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
