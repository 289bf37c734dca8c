import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../web/src/router/match-route.ts';

describe('careers pages in the web app', () => {
  it('routes a school’s careers page, an area’s, and its advisers’, leaving other paths alone', () => {
    expect(matchRoute('/careers/schools/141257')).toEqual({ page: 'careers-school', urn: '141257' });
    expect(matchRoute('/careers/schools/141257/record')).toEqual({ page: 'careers-record', urn: '141257' });
    expect(matchRoute('/careers/areas/blackpool/')).toEqual({ page: 'careers-area', id: 'blackpool' });
    expect(matchRoute('/careers/areas/blackpool/advisers')).toEqual({ page: 'careers-advisers', id: 'blackpool' });
    expect(matchRoute('/careers/schools/14125')).toEqual({ page: 'not-found' });
    expect(matchRoute('/schools/141257')).toEqual({ page: 'school', urn: '141257' });
  });
});
