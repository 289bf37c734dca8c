import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random token for cookies, CSRF and API secrets: 32 bytes, URL-safe base64. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 hex: enough for high-entropy random tokens (not for passwords; see password.ts). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Compares secrets in constant time so response timing reveals nothing. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
