import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../web/src/router/match-route.ts';
import { hubPagePath, readHubPages } from '../../web/src/api/research-network-client.ts';

describe('a hub’s pages in the web app', () => {
  it('routes the list of hubs, a hub, its placement and new-programme forms, its events and a school’s follow-up form, leaving other paths alone', () => {
    expect(matchRoute('/hubs')).toEqual({ page: 'hubs' });
    expect(matchRoute('/hubs/blackpool-research-school')).toEqual({ page: 'hub', id: 'blackpool-research-school' });
    expect(matchRoute('/hubs/blackpool-research-school/placement')).toEqual({ page: 'hub-placement', id: 'blackpool-research-school' });
    expect(matchRoute('/hubs/blackpool-research-school/programmes/new/')).toEqual({ page: 'hub-programme-new', hubId: 'blackpool-research-school' });
    expect(matchRoute('/hubs/blackpool-research-school/events/launch')).toEqual({ page: 'hub-event', hubId: 'blackpool-research-school', eventId: 'launch' });
    expect(matchRoute('/hubs/blackpool-research-school/schools/140128/follow-up')).toEqual({ page: 'hub-school-follow-up', hubId: 'blackpool-research-school', urn: '140128' });
    expect(matchRoute('/hubs/blackpool-research-school/programmes')).toEqual({ page: 'not-found' });
  });
});

describe('the hub page’s pages of schools', () => {
  it('reads which page of each table to show from the address, page 1 for anything else', () => {
    expect(readHubPages('?page=3&notReachedPage=2')).toEqual({ page: 3, notReachedPage: 2 });
    expect(readHubPages('')).toEqual({ page: 1, notReachedPage: 1 });
    expect(readHubPages('?page=0&notReachedPage=1.5')).toEqual({ page: 1, notReachedPage: 1 });
    expect(readHubPages('?page=abc')).toEqual({ page: 1, notReachedPage: 1 });
  });

  it('writes the address of a page, leaving out page 1', () => {
    expect(hubPagePath('blackpool-research-school', { page: 1, notReachedPage: 1 })).toBe('/hubs/blackpool-research-school');
    expect(hubPagePath('blackpool-research-school', { page: 2, notReachedPage: 1 })).toBe('/hubs/blackpool-research-school?page=2');
    expect(hubPagePath('blackpool-research-school', { page: 2, notReachedPage: 3 })).toBe('/hubs/blackpool-research-school?notReachedPage=3&page=2');
  });
});
