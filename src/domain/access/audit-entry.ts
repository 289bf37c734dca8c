/** Who made a change: a user, or the system acting for an operator at the command line. */
export interface AuditActor {
  readonly userId: number | null;
  /** An email, or `cli` / `system` for work not done through a signed-in user. */
  readonly label: string;
}

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly actorUserId: number | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly summary: unknown;
}

/**
 * The fields that differ between two versions of a record, as `{ field: { before, after } }`; unchanged
 * fields are left out so the log says what changed, not everything. Secrets are never passed in.
 * `changedFields({ chair: 'A' }, { chair: 'B' })` → `{ chair: { before: 'A', after: 'B' } }`.
 */
export function changedFields(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
): Record<string, { before: unknown; after: unknown }> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    const was = before?.[key] ?? null;
    const now = after?.[key] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = { before: was, after: now };
  }
  return changes;
}
