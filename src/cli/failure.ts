import { CommanderError } from 'commander';
import { AppFailure, type AppErrorCode } from '../app/errors.ts';

/** Bad usage the user can fix by changing the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/**
 * The one table from an application error's code to the exit code `oa` ends with: input the operator can fix
 * on the command line is bad usage (2), as commander's own errors and UsageError are; everything else, a
 * conflict with what is stored included, is a failure (1).
 */
export const EXIT_CODE_OF = {
  not_found: EXIT_FAILURE,
  // Input the operator fixes on the command line, as UsageError.
  invalid_request: EXIT_USAGE,
  unknown_scope: EXIT_USAGE,
  invalid_recipe: EXIT_FAILURE,
  recipe_not_runnable: EXIT_FAILURE,
  conflict: EXIT_FAILURE,
  duplicate_email: EXIT_FAILURE,
  last_admin: EXIT_FAILURE,
  approval_refused: EXIT_FAILURE,
  forbidden: EXIT_FAILURE,
  invalid_credentials: EXIT_FAILURE,
  too_many_attempts: EXIT_FAILURE,
  not_configured: EXIT_FAILURE,
  not_protected: EXIT_FAILURE,
  pdf_unavailable: EXIT_FAILURE,
  file_refused: EXIT_FAILURE,
  sign_in_required: EXIT_FAILURE,
  invalid_token: EXIT_FAILURE,
  token_out_of_scope: EXIT_FAILURE,
  csrf_token_invalid: EXIT_FAILURE,
  too_many_downloads: EXIT_FAILURE,
  client_closed_request: EXIT_FAILURE,
  oidc_provider_unavailable: EXIT_FAILURE,
  oidc_sign_in_failed: EXIT_FAILURE,
  oidc_state_invalid: EXIT_FAILURE,
  oidc_claims_invalid: EXIT_FAILURE,
  oidc_email_unverified: EXIT_FAILURE,
  oidc_account_conflict: EXIT_FAILURE,
  oidc_change_refused: EXIT_FAILURE,
  account_disabled: EXIT_FAILURE,
  'unknown-measure': EXIT_FAILURE,
  'unknown-area': EXIT_FAILURE,
  'unknown-start': EXIT_FAILURE,
  'no-pre-periods': EXIT_FAILURE,
  'no-post-periods': EXIT_FAILURE,
  'no-neighbours': EXIT_FAILURE,
  'bad-option': EXIT_FAILURE,
  'no-rows': EXIT_FAILURE,
  'duplicate-rows': EXIT_FAILURE,
  'no-treated': EXIT_FAILURE,
  'different-starts': EXIT_FAILURE,
  'treatment-stops': EXIT_FAILURE,
  'no-comparison': EXIT_FAILURE,
  'unknown-treated': EXIT_FAILURE,
  'missing-values': EXIT_FAILURE,
  'no-region': EXIT_FAILURE,
} as const satisfies Record<AppErrorCode, number>;

/** What `oa` prints and exits with for a failure that reached the top: a message is null when commander printed its own. */
export interface CliOutcome {
  readonly exitCode: number;
  readonly message: string | null;
}

/**
 * Maps anything a command threw to its exit code and one-line reason, once for every command:
 * commander's usage errors and UsageError 2 (help and version 0); an AppFailure by EXIT_CODE_OF; any other error 1.
 */
export function failureOf(error: unknown): CliOutcome {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return { exitCode: EXIT_OK, message: null };
    return { exitCode: EXIT_USAGE, message: null };
  }
  if (error instanceof UsageError) return { exitCode: EXIT_USAGE, message: error.message };
  if (error instanceof AppFailure) return { exitCode: EXIT_CODE_OF[error.error.code], message: error.message };
  if (error instanceof Error) return { exitCode: EXIT_FAILURE, message: error.message };
  return { exitCode: EXIT_FAILURE, message: String(error) };
}
