import { describe, expect, it } from 'vitest';
import { UPN_REMOVED, withoutPupilIdentifiers } from '../../../src/domain/access/index.ts';

describe('audit summaries without pupil identifiers', () => {
  it('removes values shaped like a UPN, permanent or temporary, wherever they are', () => {
    expect(withoutPupilIdentifiers({ reason: 'b801200005001 joined', list: ['A80120000500B', 7], nested: { note: 'x' } })).toEqual({
      reason: `${UPN_REMOVED} joined`,
      list: [UPN_REMOVED, 7],
      nested: { note: 'x' },
    });
  });

  it('removes fields named for a pupil identifier whatever they hold', () => {
    expect(withoutPupilIdentifiers({ UPN: 'anything', pupilId: 12, pupils: 40 })).toEqual({ UPN: UPN_REMOVED, pupilId: UPN_REMOVED, pupils: 40 });
  });

  it('leaves URNs, counts, checksums and timestamps alone', () => {
    const summary = { from: 100002, urn: '100001', checksum: 'a'.repeat(64), at: '2026-12-07T10:00:00.000Z', file: 'careers-2018.csv' };
    expect(withoutPupilIdentifiers(summary)).toEqual(summary);
  });
});
