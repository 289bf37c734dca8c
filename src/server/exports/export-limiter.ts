import { availableParallelism } from 'node:os';

/** How many downloads may be built at once, per client, and waiting for their turn (docs/security.md, Bounded work). */
export interface ExportLimits {
  /** Downloads being built at the same time across the service; the rest wait their turn. */
  readonly running: number;
  /** Downloads one client (a signed-in user, else an address) may have built or waiting at once. */
  readonly perClient: number;
  /** Downloads that may wait for a turn; beyond that the service is busy. */
  readonly waiting: number;
}

/**
 * Two downloads built at once where there are cores to spare, one on a two-core machine: each workbook
 * keeps a worker thread busy, and the event loop needs a core of its own to answer everyone else.
 */
export const DEFAULT_EXPORT_LIMITS: ExportLimits = { running: Math.min(2, Math.max(1, availableParallelism() - 1)), perClient: 2, waiting: 32 };

export type Admission =
  | {
      readonly kind: 'admitted';
      /** Resolves true when the download may be built, or false when it was released before its turn. */
      readonly turn: Promise<boolean>;
      /** Frees the place; safe to call more than once. */
      readonly release: () => void;
    }
  | { readonly kind: 'refused'; readonly reason: 'client' | 'busy' };

export interface ExportLimiter {
  admit(client: string): Admission;
  /** Downloads being built and waiting, for tests and logs. */
  counts(): { running: number; waiting: number };
}

interface Waiter {
  readonly start: (go: boolean) => void;
}

/**
 * Admits downloads first come, first served: at most `running` built at once, each client holding at most
 * `perClient` places (built or waiting), at most `waiting` in the queue. A refusal says whose limit it hit.
 */
export function createExportLimiter(limits: ExportLimits): ExportLimiter {
  let running = 0;
  const queue: Waiter[] = [];
  const held = new Map<string, number>();

  function startNext(): void {
    const next = queue.shift();
    if (next === undefined) return;
    running += 1;
    next.start(true);
  }

  return {
    admit(client) {
      const mine = held.get(client) ?? 0;
      if (mine >= limits.perClient) return { kind: 'refused', reason: 'client' };
      if (running >= limits.running && queue.length >= limits.waiting) return { kind: 'refused', reason: 'busy' };
      held.set(client, mine + 1);
      let state: 'waiting' | 'running' | 'released' = 'waiting';
      let waiter: Waiter | undefined;
      const turn = new Promise<boolean>((resolve) => {
        waiter = {
          start: (go) => {
            if (go) state = 'running';
            resolve(go);
          },
        };
      });
      if (running < limits.running) {
        running += 1;
        waiter?.start(true);
      } else if (waiter !== undefined) queue.push(waiter);
      const release = (): void => {
        if (state === 'released') return;
        const wasRunning = state === 'running';
        state = 'released';
        const left = (held.get(client) ?? 1) - 1;
        if (left === 0) held.delete(client);
        else held.set(client, left);
        if (wasRunning) {
          running -= 1;
          startNext();
        } else if (waiter !== undefined) {
          const at = queue.indexOf(waiter);
          if (at >= 0) queue.splice(at, 1);
          waiter.start(false);
        }
      };
      return { kind: 'admitted', turn, release };
    },
    counts: () => ({ running, waiting: queue.length }),
  };
}
