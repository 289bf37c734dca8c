import type { ImpactProblem } from '../domain/impact/index.ts';

/** One input at fault: a body field by its name (`chair`), or a part-prefixed name (`params.id`), and what to change. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** One thing wrong with an uploaded file: its row as a spreadsheet shows it (null for the whole file) and column. */
export interface FileProblem {
  readonly row: number | null;
  readonly column: string | null;
  readonly reason: string;
}

/**
 * Every expected failure a use case reports to either front door, by a stable code a client can switch on and
 * a plain-English message saying how to put it right. The server maps the code to an HTTP status once
 * (`server/errors.ts`), the CLI to an exit code once (`cli/failure.ts`); neither chooses per call.
 *
 * The codes are the ones clients see today (openapi.json's `Error`, the web app's `ApiError`): never rename one.
 */
export type AppError =
  /** The thing asked for does not exist (an area, a school, a fund, a saved version …). */
  | { readonly code: 'not_found'; readonly message: string }
  /** Input the caller can fix; `fields` names each input at fault. */
  | { readonly code: 'invalid_request'; readonly message: string; readonly fields?: readonly FieldProblem[] }
  /** A user's scope names an area or school that does not exist. */
  | { readonly code: 'unknown_scope'; readonly message: string; readonly fields?: readonly FieldProblem[] }
  /** A saved recipe that fails its checks. */
  | { readonly code: 'invalid_recipe'; readonly message: string; readonly fields?: readonly FieldProblem[] }
  /** A recipe that is valid but cannot be run on the data held. */
  | { readonly code: 'recipe_not_runnable'; readonly message: string }
  /** The request clashes with what is stored (a record already there, a change made meanwhile). */
  | { readonly code: 'conflict'; readonly message: string; readonly fields?: readonly FieldProblem[] }
  | { readonly code: 'duplicate_email'; readonly message: string; readonly fields?: readonly FieldProblem[] }
  | { readonly code: 'last_admin'; readonly message: string; readonly fields?: readonly FieldProblem[] }
  /** A spend line that its approver may not approve (their own, or one already decided). */
  | { readonly code: 'approval_refused'; readonly message: string }
  /** Signed in, but without the access this needs. */
  | { readonly code: 'forbidden'; readonly message: string }
  /** A wrong email or password. */
  | { readonly code: 'invalid_credentials'; readonly message: string }
  /** Too many failed sign-ins from one address or for one account: wait, then try again. */
  | { readonly code: 'too_many_attempts'; readonly message: string }
  /** The service lacks a setting it needs for this (a pseudonymisation key …). */
  | { readonly code: 'not_configured'; readonly message: string }
  /** Figures that could disclose a pupil and whose protection has not been computed. */
  | { readonly code: 'not_protected'; readonly message: string }
  /** No headless Chromium to print a PDF with. */
  | { readonly code: 'pdf_unavailable'; readonly message: string }
  /** Not signed in (no session or token), or an API token that is not valid. */
  | { readonly code: 'sign_in_required'; readonly message: string }
  | { readonly code: 'invalid_token'; readonly message: string }
  /** An API token whose user's scope has since changed so that it reaches nothing. */
  | { readonly code: 'token_out_of_scope'; readonly message: string }
  /** A state-changing request without the session's CSRF token. */
  | { readonly code: 'csrf_token_invalid'; readonly message: string }
  /** Too many downloads being prepared at once; the caller closed a request before its download began. */
  | { readonly code: 'too_many_downloads'; readonly message: string }
  | { readonly code: 'client_closed_request'; readonly message: string }
  /** Signing in with an organisation account (OpenID Connect): the provider did not answer, or refused. */
  | { readonly code: 'oidc_provider_unavailable'; readonly message: string }
  | { readonly code: 'oidc_sign_in_failed'; readonly message: string }
  /** The sign-in's state is unknown, expired or already used. */
  | { readonly code: 'oidc_state_invalid'; readonly message: string }
  /** The provider's claims, or the account they name, cannot be signed in (see docs/decisions/0004). */
  | { readonly code: 'oidc_claims_invalid'; readonly message: string }
  | { readonly code: 'oidc_email_unverified'; readonly message: string }
  | { readonly code: 'oidc_account_conflict'; readonly message: string }
  | { readonly code: 'oidc_change_refused'; readonly message: string }
  | { readonly code: 'account_disabled'; readonly message: string }
  /** An uploaded file refused whole: its first problems (row, column, reason; never a cell) and how many more. */
  | {
      readonly code: 'file_refused';
      readonly message: string;
      readonly file: string;
      readonly problems: readonly FileProblem[];
      readonly more: number;
    }
  /** An impact estimate refused, by the domain's own code (`unknown-area`, `no-pre-periods` …). */
  | ImpactProblem;

export type AppErrorCode = AppError['code'];

/** Codes whose error may carry the fields at fault. */
export type FieldErrorCode = AppError extends infer E ? (E extends { readonly code: infer C } ? ('fields' extends keyof E ? C : never) : never) : never;

/** Codes whose error is a code and a message, nothing more. */
export type PlainErrorCode = AppError extends infer E ? (E extends { readonly code: infer C } ? (Exclude<keyof E, 'code' | 'message'> extends never ? C : never) : never) : never;

/**
 * The error of a code, typed by it: `appError('not_found', 'There is no …')`, or with the fields at fault where
 * the code has them: `appError('invalid_request', 'Enter a URN', [{ field: 'urn', message: 'Enter a URN' }])`.
 * (A refused file has more members: build it whole.)
 */
export function appError<C extends PlainErrorCode | FieldErrorCode>(
  code: C,
  message: string,
  ...rest: C extends FieldErrorCode ? [fields?: readonly FieldProblem[]] : []
): Extract<AppError, { code: C }> {
  const [fields] = rest;
  // A cast: TypeScript does not narrow a generic code to its member of the union.
  return (fields === undefined ? { code, message } : { code, message, fields }) as Extract<AppError, { code: C }>;
}

/** The fields of an error that has them, else none. */
export function fieldsOf(error: AppError): readonly FieldProblem[] | undefined {
  return 'fields' in error ? error.fields : undefined;
}

/**
 * An `AppError` thrown, for a front door's adapter that fails deep inside a command (the CLI's commands throw it
 * to the top-level handler, which maps its code to an exit code). Use cases do not throw it: they return the error.
 */
export class AppFailure extends Error {
  override readonly name = 'AppFailure';

  constructor(readonly error: AppError) {
    super(error.message);
  }
}
