import { describe, expect, it } from 'vitest';
import { WEB_PAGES } from '../../src/server/static-web.ts';
import { matchRoute, type Route } from '../../web/src/router/match-route.ts';

/** A path the pattern stands for: a URN where one is asked for, plain words elsewhere. */
function examplePath(pattern: string): string {
  return pattern.replace(/:urn\b/g, '141257').replace(/:kind\b/g, 'trust').replace(/:code\b/g, 'TR00001').replace(/:(\w+)/g, 'blackpool');
}

/** Every page of the router but "not found"; the type makes a page added to the router and left out here an error. */
const PAGES: Readonly<Record<Exclude<Route['page'], 'not-found'>, true>> = {
  home: true, area: true, 'area-board': true, place: true, schools: true, data: true, school: true, map: true, toolkit: true, index: true,
  'index-recipe-editor': true, funding: true, fund: true, 'impact-national': true, 'sign-in': true, audit: true, users: true, 'user-new': true, user: true, 'area-plan': true, 'area-plan-actual': true,
  'area-plan-status': true, plans: true, 'plans-status': true, 'what-worked': true, 'what-worked-new': true, 'board-member-new': true, 'board-meeting-new': true, hubs: true,
  hub: true, 'hub-placement': true, 'hub-event': true, 'hub-programme-new': true, 'hub-school-engagement': true, 'hub-school-evidence-plan': true,
  'hub-school-follow-up': true, 'careers-school': true, 'careers-record': true, 'careers-area': true, 'careers-advisers': true, 'tutoring-school': true, 'tutoring-area': true, 'holiday-area': true, 'holiday-school': true, intermediaries: true,
  intermediary: true, accessibility: true, privacy: true, cookies: true, contact: true,
};

describe('the server answers 200 for every page the web app draws', () => {
  it('has a page of the app for every path it serves the app on', () => {
    for (const pattern of WEB_PAGES) expect(matchRoute(examplePath(pattern)).page, pattern).not.toBe('not-found');
  });

  it('serves the app on a path for every page of the app', () => {
    const served = new Set<Route['page']>(WEB_PAGES.map((pattern) => matchRoute(examplePath(pattern)).page));
    // A district's page shares /areas/:id with an Opportunity Area's, told apart by its GSS code.
    if (served.has('area') && matchRoute('/areas/E06000009').page === 'place') served.add('place');
    expect((Object.keys(PAGES) as Route['page'][]).filter((page) => !served.has(page))).toEqual([]);
  });
});
