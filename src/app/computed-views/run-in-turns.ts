import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Steps } from '../../domain/shared/steps.ts';

/**
 * Runs a domain computation written as steps, letting other requests run between the steps, so a long
 * computation never holds the event loop for more than one step (docs/security.md, Bounded work).
 */
export async function runInTurns<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await nextTurn();
  }
}
