import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** The file in a backup folder that says what the backup holds. */
export const MANIFEST_FILE = 'manifest.json';
export const KEY_FILE = 'pseudonym-key.enc';

const fileSchema = z.object({ file: z.string().regex(/^[\w.-]+$/), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

const manifestSchema = z.object({
  format: z.literal('opportunity-areas-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  engine: z.enum(['sqlite', 'postgres']),
  /** The newest migration applied to the database backed up. */
  migration: z.string().nullable(),
  database: fileSchema,
  /** Pupils in the careers ledger made with the key (not synthetic), when the backup was made. */
  keyedPupils: z.number().int().min(0),
  /** The pseudonymisation key, encrypted; null when the installation had none or it was left out. */
  pseudonymKey: fileSchema.extend({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
  keyLeftOut: z.boolean(),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupFile = z.infer<typeof fileSchema>;

/** A file's size and SHA-256, read as a stream (a database file may be large). */
export async function describeFile(folder: string, file: string): Promise<BackupFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(join(folder, file))) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    hash.update(buffer);
  }
  return { file, bytes, sha256: hash.digest('hex') };
}

/**
 * Reads and checks a backup folder's manifest and that each file it lists is there, whole and unchanged
 * (by size and SHA-256). Returns the manifest, or why the folder cannot be restored from.
 */
export async function readBackupOrProblem(folder: string): Promise<{ readonly ok: true; readonly manifest: BackupManifest } | { readonly ok: false; readonly reason: string }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' || code === 'ENOTDIR' ? `${folder} is not a backup: it has no ${MANIFEST_FILE}. Give the folder oa backup wrote` : `The manifest of ${folder} cannot be read: it is damaged` };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `The manifest of ${folder} is damaged, or from a version of this service that does not know its format` };
  const manifest = parsed.data;
  for (const expected of [manifest.database, ...(manifest.pseudonymKey === null ? [] : [manifest.pseudonymKey])]) {
    let found: BackupFile;
    try {
      found = await describeFile(folder, expected.file);
    } catch {
      return { ok: false, reason: `The backup is incomplete: ${expected.file} is missing from ${folder}` };
    }
    if (found.bytes !== expected.bytes || found.sha256 !== expected.sha256) {
      return { ok: false, reason: `The backup is damaged: ${expected.file} is not the file the backup wrote (its size or checksum differs). Use another copy of the backup` };
    }
  }
  return { ok: true, manifest };
}
