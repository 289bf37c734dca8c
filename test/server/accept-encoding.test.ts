import { describe, expect, it } from 'vitest';
import { preferredEncoding } from '../../src/server/accept-encoding.ts';

describe('preferredEncoding', () => {
  it('prefers brotli, then gzip, among the encodings a client accepts', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
    expect(preferredEncoding('GZIP;q=0.5')).toBe('gzip');
  });

  it('honours q=0 and the wildcard, and sends nothing encoded to a client that names neither', () => {
    expect(preferredEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('')).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });
});
