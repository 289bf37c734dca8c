import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';

/**
 * The pseudonymisation key as a backup holds it: encrypted with AES-256-GCM under a key derived from a
 * passphrase with scrypt (N = 2^15, r = 8, p = 1; a fresh salt and nonce each time). Whoever holds the
 * backup without the passphrase holds the database but not the key, so cannot test guessed UPNs against it;
 * GCM's tag makes a wrong passphrase or a changed file fail rather than give a wrong key.
 */
export interface KeyEnvelope {
  readonly format: 'opportunity-areas-key';
  readonly version: 1;
  readonly kdf: { readonly name: 'scrypt'; readonly N: number; readonly r: number; readonly p: number; readonly salt: string };
  readonly cipher: 'aes-256-gcm';
  readonly iv: string;
  readonly tag: string;
  readonly ciphertext: string;
}

const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
/** scrypt needs 128 × N × r bytes (32 MiB here); Node's default ceiling is just that, so give it room. */
const MAXMEM = 64 * 1024 * 1024;
export const MIN_PASSPHRASE_LENGTH = 12;

const hex = z.string().regex(/^[0-9a-f]*$/);
const envelopeSchema = z.object({
  format: z.literal('opportunity-areas-key'),
  version: z.literal(1),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int().min(2 ** 14).max(2 ** 20), r: z.number().int().min(1).max(32), p: z.number().int().min(1).max(16), salt: hex }),
  cipher: z.literal('aes-256-gcm'),
  iv: hex,
  tag: hex,
  ciphertext: hex,
});

/** Why a passphrase cannot be used, or null when it can. */
export function passphraseProblem(passphrase: string): string | null {
  return passphrase.length < MIN_PASSPHRASE_LENGTH ? `The backup passphrase must be ${String(MIN_PASSPHRASE_LENGTH)} characters or more` : null;
}

/** Encrypts `key` under `passphrase`. */
export function sealKey(key: Buffer, passphrase: string): KeyEnvelope {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const derived = scryptSync(passphrase, salt, 32, { ...SCRYPT, maxmem: MAXMEM });
  const cipher = createCipheriv('aes-256-gcm', derived, iv);
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    format: 'opportunity-areas-key',
    version: 1,
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('hex') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('hex'),
    tag: cipher.getAuthTag().toString('hex'),
    ciphertext: ciphertext.toString('hex'),
  };
}

/** The key inside `envelope` (parsed JSON), or why it cannot be had: a wrong passphrase, or a damaged file. */
export function openKey(envelope: unknown, passphrase: string): { readonly ok: true; readonly key: Buffer } | { readonly ok: false; readonly reason: string } {
  const parsed = envelopeSchema.safeParse(envelope);
  if (!parsed.success) return { ok: false, reason: 'The key file in the backup is damaged or not one this service wrote' };
  const { kdf, iv, tag, ciphertext } = parsed.data;
  try {
    const derived = scryptSync(passphrase, Buffer.from(kdf.salt, 'hex'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r });
    const decipher = createDecipheriv('aes-256-gcm', derived, Buffer.from(iv, 'hex'));
    decipher.setAuthTag(Buffer.from(tag, 'hex'));
    return { ok: true, key: Buffer.concat([decipher.update(Buffer.from(ciphertext, 'hex')), decipher.final()]) };
  } catch {
    return { ok: false, reason: 'The passphrase does not open the key in this backup: give the passphrase the backup was made with' };
  }
}
