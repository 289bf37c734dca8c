/**
 * A binary min-heap of (key, id) pairs in two parallel arrays: the schools at one hub, keyed by what it
 * would cost to move each to another hub. Entries go stale when a school moves; callers skip those.
 */
export class CostHeap {
  private readonly keys: number[] = [];
  private readonly ids: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, id: number): void {
    const keys = this.keys;
    const ids = this.ids;
    let at = keys.length;
    keys.push(key);
    ids.push(id);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentKey = keys[parent] ?? 0;
      if (parentKey <= key) break;
      keys[at] = parentKey;
      ids[at] = ids[parent] ?? 0;
      at = parent;
    }
    keys[at] = key;
    ids[at] = id;
  }

  topKey(): number {
    return this.keys[0] ?? Infinity;
  }

  topId(): number {
    return this.ids[0] ?? -1;
  }

  pop(): void {
    const keys = this.keys;
    const ids = this.ids;
    const lastKey = keys.pop();
    const lastId = ids.pop();
    if (lastKey === undefined || lastId === undefined || keys.length === 0) return;
    const n = keys.length;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && (keys[right] ?? 0) < (keys[left] ?? 0) ? right : left;
      const childKey = keys[child] ?? 0;
      if (childKey >= lastKey) break;
      keys[at] = childKey;
      ids[at] = ids[child] ?? 0;
      at = child;
    }
    keys[at] = lastKey;
    ids[at] = lastId;
  }
}
