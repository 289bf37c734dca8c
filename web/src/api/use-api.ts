import { useEffect, useState } from 'react';

export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T }
  | { status: 'failed'; error: unknown };

const LOADING = { status: 'loading' } as const;

/**
 * Runs `load` whenever `key` changes and reports its progress. A request still running when the key
 * changes or the page unmounts is aborted, so a slow reply can never overwrite a newer one.
 */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [settled, setSettled] = useState<{ key: string; state: ApiState<T> } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, state: { status: 'loaded', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, state: { status: 'failed', error } });
      },
    );
    return () => {
      controller.abort();
    };
    // `load` is a new function on every render; the key alone says what to fetch.
  }, [key]);

  return settled?.key === key ? settled.state : LOADING;
}
