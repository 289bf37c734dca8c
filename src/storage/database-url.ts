/** Where the data lives, as chosen by `DATABASE_URL`. */
export type DatabaseTarget =
  | { readonly engine: 'sqlite'; readonly path: string }
  | { readonly engine: 'postgres'; readonly url: string; readonly host: string; readonly port: number; readonly database: string };

export const DEFAULT_DATABASE_URL = 'sqlite:data/oa.sqlite';

/** A setting that cannot work: the message says how to fix it. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/**
 * Reads `DATABASE_URL`: `sqlite:<path>` (`sqlite::memory:` for a throwaway database) or
 * `postgres://user@host:port/database`. Throws `ConfigurationError` on anything else.
 */
export function parseDatabaseUrlOrThrow(value: string | undefined): DatabaseTarget {
  const url = value === undefined || value.trim() === '' ? DEFAULT_DATABASE_URL : value.trim();
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') throw new ConfigurationError('DATABASE_URL "sqlite:" needs a file path, like sqlite:data/oa.sqlite');
    return { engine: 'sqlite', path };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigurationError(`DATABASE_URL is not a valid PostgreSQL URL: ${redactPassword(url)}`);
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (parsed.hostname === '' || database === '') {
      throw new ConfigurationError(
        `DATABASE_URL must name a host and a database, like postgres://127.0.0.1:5432/test (got ${redactPassword(url)})`,
      );
    }
    return { engine: 'postgres', url, host: parsed.hostname, port: parsed.port === '' ? 5432 : Number(parsed.port), database };
  }
  throw new ConfigurationError(
    `DATABASE_URL must start with sqlite: or postgres:// (got ${redactPassword(url)})`,
  );
}

/** Never print a password that came in a URL. */
export function redactPassword(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
