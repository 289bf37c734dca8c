import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../web/src/router/match-route.ts';

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
