import { createHmac, hash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The installation's pseudonymisation key could not be read or created; the message says how to fix it. */
export class PseudonymKeyError extends Error {
  override readonly name = 'PseudonymKeyError';
}

/**
 * Reads this installation's pseudonymisation key, creating it on first use: 32 random bytes written as hex
 * to `path` with mode 0600, refusing to overwrite a file that appears meanwhile. It lives outside the
 * database on purpose: a copy of the database alone cannot be used to test guessed UPNs. Lose it and
 * pupils imported later no longer match those imported before, so it must be backed up with the database
 * (README, "Careers").
 */
export function loadOrCreatePseudonymKey(path: string): Buffer {
  const existing = readPseudonymKey(path);
  if (existing !== null) return existing;
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(32);
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    // Another process created it first: use theirs, so both agree.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return parseKey(readFileSync(path, 'utf8'), path);
    throw new PseudonymKeyError(`Cannot create the pseudonymisation key ${path}: ${String(error)}`);
  }
  try {
    writeSync(fd, formatPseudonymKey(key));
  } finally {
    closeSync(fd);
  }
  return key;
}

/** Reads the key at `path`, or null when there is no file there; never creates one. */
export function readPseudonymKey(path: string): Buffer | null {
  try {
    const stat = statSync(path);
    if ((stat.mode & 0o077) !== 0) {
      throw new PseudonymKeyError(`The pseudonymisation key ${path} can be read by other users: run chmod 600 ${path}`);
    }
    return parseKey(readFileSync(path, 'utf8'), path);
  } catch (error) {
    if (error instanceof PseudonymKeyError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new PseudonymKeyError(`Cannot read the pseudonymisation key ${path}: ${String(error)}`);
  }
}

/** What the fingerprint is an HMAC of: a fixed label, so it says which key it is and nothing more. */
const FINGERPRINT_LABEL = 'opportunity-areas careers pseudonym key fingerprint v1';

/**
 * A key's fingerprint, kept beside the ledger to recognise the key without storing it: HMAC-SHA256 of a
 * fixed label with the key, in hex. It cannot be turned back into the key, nor used to test UPNs.
 */
export function pseudonymKeyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update(FINGERPRINT_LABEL, 'utf8').digest('hex');
}

/** The key written as its file holds it: 64 hexadecimal characters and a newline. */
export function formatPseudonymKey(key: Buffer): string {
  return `${key.toString('hex')}\n`;
}

export function parseKey(text: string, path: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new PseudonymKeyError(`The pseudonymisation key ${path} is not 64 hexadecimal characters: restore it from your backup`);
  return Buffer.from(hex, 'hex');
}

/** UPNs whose pseudonyms a pseudonymiser remembers before starting afresh: memory stays bounded. */
const REMEMBERED = 50_000;

/** A UPN's length: its HMAC input is built in place, in a buffer made once. */
const UPN_LENGTH = 13;

/**
 * A function from a validated UPN to its pseudonym: HMAC-SHA256 with the installation key, in hex
 * (docs/methodology.md, "Careers encounters and coverage"), worked out as RFC 2104 defines it,
 * H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)) for a key of at most a block, with two one-shot hashes (`crypto.hash`)
 * of buffers holding the padded key, made once: the UPN is written after the inner one's padded key, the
 * inner hash after the outer one's. No hash object, key set-up or buffer is made per UPN (only the inner
 * digest), which halves its cost against copying hashes set up once. Recent results are remembered, as a
 * pupil has several encounters in one file; at most REMEMBERED of them, so a national file does not grow it.
 */
export function createPseudonymiser(key: Buffer): (upn: string) => string {
  const block = 64;
  if (key.length > block) throw new RangeError('A pseudonymisation key is at most 64 bytes');
  const padded = Buffer.alloc(block);
  key.copy(padded);
  const innerPad = padded.map((b) => b ^ 0x36);
  const outerPad = padded.map((b) => b ^ 0x5c);
  const inner = Buffer.alloc(block + UPN_LENGTH);
  inner.set(innerPad);
  const outer = Buffer.alloc(block + 32);
  outer.set(outerPad);
  const seen = new Map<string, string>();
  const pseudonymise = (upn: string) => {
    let pseudonym = seen.get(upn);
    if (pseudonym === undefined) {
      let message = inner;
      // A UPN is 13 ASCII characters, so 13 bytes; any other text is hashed from a buffer of its own.
      if (upn.length === UPN_LENGTH && Buffer.byteLength(upn, 'utf8') === UPN_LENGTH) inner.write(upn, block, 'latin1');
      else message = Buffer.concat([innerPad, Buffer.from(upn, 'utf8')]);
      hash('sha256', message, 'buffer').copy(outer, block);
      pseudonym = hash('sha256', outer, 'hex');
      if (seen.size >= REMEMBERED) seen.clear();
      seen.set(upn, pseudonym);
    }
    return pseudonym;
  };
  KEYS.set(pseudonymise, Buffer.from(key));
  return pseudonymise;
}

const KEYS = new WeakMap<(upn: string) => string, Buffer>();

/**
 * The key of a pseudonymiser made by `createPseudonymiser`, so another thread can make the same one (a
 * function cannot be sent to a thread); undefined for any other function. The key stays in this process.
 */
export function pseudonymKeyOf(pseudonymise: (upn: string) => string): Buffer | undefined {
  return KEYS.get(pseudonymise);
}
