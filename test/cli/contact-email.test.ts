import { describe, expect, it } from 'vitest';
import { contactEmailOrThrow } from '../../src/cli/config.ts';

describe('OA_CONTACT_EMAIL, the address the contact, privacy and accessibility pages give', () => {
  it('is read when set, and null when unset or empty', () => {
    expect(contactEmailOrThrow({ OA_CONTACT_EMAIL: ' oa-team@example.gov.uk ' })).toBe('oa-team@example.gov.uk');
    expect(contactEmailOrThrow({})).toBeNull();
    expect(contactEmailOrThrow({ OA_CONTACT_EMAIL: '' })).toBeNull();
  });

  it('stops the server, saying what to write, when it is not one email address', () => {
    expect(() => contactEmailOrThrow({ OA_CONTACT_EMAIL: 'a@b.gov.uk, c@d.gov.uk' })).toThrow('OA_CONTACT_EMAIL must be one email address');
    expect(() => contactEmailOrThrow({ OA_CONTACT_EMAIL: 'the team' })).toThrow('OA_CONTACT_EMAIL must be one email address');
  });
});
