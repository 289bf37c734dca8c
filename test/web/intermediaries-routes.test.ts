import { describe, expect, it } from 'vitest';
import { intermediaryHref, kindFromSearch } from '../../web/src/pages/intermediaries/intermediary-kind.ts';
import { matchRoute } from '../../web/src/router/match-route.ts';

describe('the intermediaries pages in the web app', () => {
  it('routes the list and one local authority or trust, leaving other paths alone', () => {
    expect(matchRoute('/intermediaries')).toEqual({ page: 'intermediaries' });
    expect(matchRoute('/intermediaries/')).toEqual({ page: 'intermediaries' });
    expect(matchRoute('/intermediaries/trust/16784')).toEqual({ page: 'intermediary', kind: 'trust', code: '16784' });
    expect(matchRoute('/intermediaries/local-authority/E06000009')).toEqual({ page: 'intermediary', kind: 'local-authority', code: 'E06000009' });
    expect(matchRoute('/intermediaries/federation/1')).toEqual({ page: 'not-found' });
    expect(matchRoute('/intermediaries/trust/16784/schools')).toEqual({ page: 'not-found' });
  });

  it('reads the kind from the query, local authorities unless trusts are asked for, and links back to the same route', () => {
    expect(kindFromSearch('?kind=trust')).toBe('trust');
    expect(kindFromSearch('?kind=local-authority')).toBe('local-authority');
    expect(kindFromSearch('')).toBe('local-authority');
    expect(kindFromSearch('?kind=federation')).toBe('local-authority');
    expect(matchRoute(intermediaryHref('trust', '16784'))).toEqual({ page: 'intermediary', kind: 'trust', code: '16784' });
  });
});
