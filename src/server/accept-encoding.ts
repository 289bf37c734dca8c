/** The compressions the server sends, best first: brotli, then gzip. */
export type ContentEncoding = 'br' | 'gzip';

/**
 * The best encoding of ours a client's Accept-Encoding allows (RFC 9110 §12.5.3): one it names, or `*`,
 * with a q-value above 0; null for none (send the body as it is).
 * `preferredEncoding('gzip, deflate, br')` → 'br'; `preferredEncoding('br;q=0, gzip')` → 'gzip'; `preferredEncoding(undefined)` → null.
 */
export function preferredEncoding(header: string | undefined): ContentEncoding | null {
  if (header === undefined) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const allowed = (encoding: ContentEncoding): boolean => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0;
  if (allowed('br')) return 'br';
  if (allowed('gzip')) return 'gzip';
  return null;
}
