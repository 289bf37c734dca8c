import { randomBytes } from 'node:crypto';
import { randomToken, sha256Hex } from './secrets.ts';

/**
 * API tokens look like `oa_<public id>_<secret>`. The public id finds the row; only the secret's SHA-256 is
 * stored, so the token is shown once and cannot be read back.
 */
export interface NewApiToken {
  readonly token: string;
  readonly publicId: string;
  readonly secretHash: string;
}

export function generateApiToken(): NewApiToken {
  // Hex, so an id never starts with '-' and is safe as a command-line argument.
  const publicId = randomBytes(6).toString('hex');
  const secret = randomToken(32);
  return { token: `oa_${publicId}_${secret}`, publicId, secretHash: sha256Hex(secret) };
}

export function parseApiToken(token: string): { publicId: string; secret: string } | null {
  const match = /^oa_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(token.trim());
  if (match === null || match[1] === undefined || match[2] === undefined) return null;
  return { publicId: match[1], secret: match[2] };
}
