import { describe, expect, it } from 'vitest';
import { GRANTS, PERMISSION_DESCRIPTIONS, ROLE_LABELS } from '../../src/domain/access/index.ts';
import * as web from '../../web/src/session/permissions.ts';

// The web app keeps its own copy of the role table to decide which links to show (it may not import the
// server's code). The server stays the authority, but a stale copy would hide or show the wrong links.
describe('the web app’s copy of the role table', () => {
  it('matches the server’s grants, permission wording and role labels', () => {
    expect(web.GRANTS).toEqual(GRANTS);
    expect(web.PERMISSION_DESCRIPTIONS).toEqual(PERMISSION_DESCRIPTIONS);
    expect(web.ROLE_LABELS).toEqual(ROLE_LABELS);
  });
});
