import { createHash } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

export interface Downloaded {
  readonly bytes: number;
  /** SHA-256 of the bytes as published, and of the UTF-8 file as saved (the same when no conversion). */
  readonly publishedSha256: string;
  readonly savedSha256: string;
}

export class DownloadError extends Error {
  override readonly name = 'DownloadError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/**
 * Fetches `url` and saves it at `path` as UTF-8, converting from Windows-1252 when the publisher uses it.
 * Writes to `path.part` first and renames at the end, so a failed or interrupted download leaves nothing
 * that looks complete. Reports progress as bytes arrive.
 */
export async function downloadFile(
  url: string,
  path: string,
  options: { encoding: 'utf-8' | 'windows-1252'; timeoutMs?: number; maxBytes?: number; onProgress?: (received: number, total: number | null) => void },
): Promise<Downloaded> {
  const part = `${path}.part`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 120_000), redirect: 'follow' });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'it took too long to answer' : 'it could not be reached';
    throw new DownloadError(`Could not download ${url}: ${reason}`, null);
  }
  if (!response.ok || response.body === null) {
    throw new DownloadError(`Could not download ${url}: the server answered ${String(response.status)} ${response.statusText}`, response.status);
  }
  const total = Number(response.headers.get('content-length') ?? '') || null;
  const maxBytes = options.maxBytes ?? 2 * 1024 ** 3;
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    // Node types the fetch body loosely; its chunks are bytes.
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      received += chunk.byteLength;
      if (received > maxBytes) throw new DownloadError(`Could not download ${url}: it is larger than ${String(maxBytes)} bytes`, null);
      chunks.push(chunk);
      options.onProgress?.(received, total);
    }
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    throw new DownloadError(`Could not download ${url}: the connection broke after ${String(received)} bytes`, null);
  }
  const published = Buffer.concat(chunks);
  const saved = options.encoding === 'utf-8' ? published : Buffer.from(new TextDecoder('windows-1252').decode(published), 'utf8');
  try {
    await writeFile(part, saved);
    await rename(part, path);
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  return { bytes: published.length, publishedSha256: sha(published), savedSha256: sha(saved) };
}
