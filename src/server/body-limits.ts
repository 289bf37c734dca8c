/**
 * The largest request body each kind of route accepts, in bytes (README, "Limits"). Every write is a form or
 * a small JSON document, so 64 KB is many times the largest real one (a saved index recipe is under 3 KB);
 * a formula allocation may list tens of thousands of recipients with their measures; a school's file
 * uploaded on its page (a year of tutoring sessions, about 80 bytes a row) holds some 50,000 rows in 4 MB,
 * more than a large secondary school's year (the command line takes bigger files).
 */
export const BODY_LIMITS = {
  form: 64 * 1024,
  allocation: 4 * 1024 * 1024,
  schoolFile: 4 * 1024 * 1024,
} as const;
