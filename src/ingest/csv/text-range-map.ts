/**
 * A map from strings to values, looked up by a range of a longer text (`get(text, from, to)`) without
 * cutting the range out as a string of its own: for a reader that finds a row's cells as places in the
 * piece of file it holds, and meets the same few thousand spellings on most rows. Open addressing over an
 * FNV-1a hash of the characters. Holds at most `limit` keys, starting afresh when full, so memory stays
 * bounded whatever the file.
 */
export class TextRangeMap<V> {
  readonly #limit: number;
  readonly #mask: number;
  readonly #keys: (string | undefined)[];
  readonly #values: (V | undefined)[];
  #size = 0;

  constructor(limit: number) {
    this.#limit = limit;
    // At most half full, so a search ends within a slot or two.
    let capacity = 16;
    while (capacity < limit * 2) capacity *= 2;
    this.#mask = capacity - 1;
    this.#keys = new Array<string | undefined>(capacity).fill(undefined);
    this.#values = new Array<V | undefined>(capacity).fill(undefined);
  }

  get size(): number {
    return this.#size;
  }

  /** The value of the key spelt exactly as `text` from `from` up to `to`; undefined when there is none. */
  get(text: string, from: number, to: number): V | undefined {
    const length = to - from;
    const keys = this.#keys;
    for (let slot = hashOf(text, from, to) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const key = keys[slot];
      if (key === undefined) return undefined;
      if (key.length === length && text.startsWith(key, from)) return this.#values[slot];
    }
  }

  /** Sets `key`'s value, which `get` did not find; starts afresh first when `limit` keys are held. */
  set(key: string, value: V): void {
    if (this.#size >= this.#limit) this.clear();
    const keys = this.#keys;
    let slot = hashOf(key, 0, key.length) & this.#mask;
    for (;;) {
      const held = keys[slot];
      if (held === undefined) break;
      if (held === key) {
        this.#values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.#mask;
    }
    keys[slot] = key;
    this.#values[slot] = value;
    this.#size += 1;
  }

  clear(): void {
    this.#keys.fill(undefined);
    this.#values.fill(undefined);
    this.#size = 0;
  }
}

/** FNV-1a over the UTF-16 code units of `text` from `from` up to `to`. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
