/**
 * A long computation written as a generator that yields between steps, so a caller that must stay
 * responsive (the web server) can pause between them while others run it straight through.
 * `runToEnd(function* () { yield; return 2; }())` → 2.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing and returns its result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
