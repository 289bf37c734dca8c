/**
 * The largest request body each kind of route accepts, in bytes (README, "Limits"). Every write is a form or
 * a small JSON document, so 64 KB is many times the largest real one (a saved index recipe is under 3 KB);
 * a formula allocation may list tens of thousands of recipients with their measures.
 */
export const BODY_LIMITS = {
  form: 64 * 1024,
  allocation: 4 * 1024 * 1024,
} as const;
