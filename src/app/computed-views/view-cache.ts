/**
 * Computed views kept by key, where the key holds the versions of everything the view is derived from (see
 * `viewVersionsReader`): a view is computed once per key and read from memory after that, so a request never
 * recomputes a view whose inputs have not changed, and never gets one whose inputs have (the new versions make
 * a new key). Concurrent first requests for one key share one computation (single flight). At most `limit`
 * views are kept, the least recently read dropped first, so memory is bounded by `limit` × a view's size.
 */
export class ViewCache<V> {
  private readonly kept = new Map<string, Promise<V>>();
  private computed = 0;

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`A view cache keeps at least one view, not ${String(limit)}`);
  }

  /** How many times a view has been computed (not read from memory) since the cache was made. */
  get computations(): number {
    return this.computed;
  }

  get size(): number {
    return this.kept.size;
  }

  /** The view for `key`, computed by `compute` only when no view is kept or being computed for it. */
  get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.kept.get(key);
    if (hit !== undefined) {
      // Most recently read last, so the oldest is dropped first.
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit;
    }
    this.computed += 1;
    const computing = compute();
    this.kept.set(key, computing);
    // A failed computation is not kept: the next request tries again.
    computing.catch(() => {
      if (this.kept.get(key) === computing) this.kept.delete(key);
    });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= this.limit) break;
      this.kept.delete(oldest);
    }
    return computing;
  }
}

/** A key from its parts, none of which can run into the next. */
export function viewKey(...parts: readonly (string | number | boolean)[]): string {
  return JSON.stringify(parts);
}
