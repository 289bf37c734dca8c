import { describe, expect, it } from 'vitest';
import type { SignedInUser } from '../../web/src/api/types.ts';
import { decideAccessWithin } from '../../web/src/session/access-decision.ts';
import { INTERMEDIARY_READERS_WITHIN } from '../../web/src/pages/intermediaries/intermediary-kind.ts';

const user = (role: SignedInUser['role'], scope: string[]): SignedInUser => ({ email: `${role}@example.org`, role, roleLabel: role, scope });

describe('a page about whatever the user holds within some kinds of scope', () => {
  it('lets the national roles, area people and hub leads see local authorities and trusts', () => {
    for (const u of [user('admin', []), user('analyst', []), user('area_lead', ['area:blackpool']), user('board_viewer', ['area:derby']), user('hub_lead', ['hub:blackpool-research-school'])]) {
      expect(decideAccessWithin(u, 'aggregate:read', INTERMEDIARY_READERS_WITHIN), u.role).toEqual({ allowed: true });
    }
  });

  it('turns a school user away, as the server does, and sends a visitor to sign in', () => {
    expect(decideAccessWithin(user('school', ['school:141257']), 'aggregate:read', INTERMEDIARY_READERS_WITHIN)).toEqual({
      allowed: false,
      reason: 'forbidden',
      message: 'You need access to statistics for this area or school. It is outside the areas and schools you can access.',
    });
    expect(decideAccessWithin(null, 'aggregate:read', INTERMEDIARY_READERS_WITHIN)).toMatchObject({ allowed: false, reason: 'sign_in_required' });
  });

  it('names the missing permission for a role without it at all', () => {
    expect(decideAccessWithin(user('analyst', []), 'audit:read', ['area:'])).toMatchObject({ allowed: false, reason: 'forbidden', message: expect.stringContaining('Your role does not include it') as unknown });
  });
});
