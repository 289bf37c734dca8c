/** One field the API found fault with: a body field by its name (`chair`), with a message for the user. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A failed API call, carrying the API's stable error code and message (`not_found`, …) and HTTP status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** For `invalid_request`: each field at fault. */
    readonly fields: readonly FieldError[] = [],
    /** The whole reply, for an error that says more than its message (a refused file's problems). */
    readonly body?: unknown,
  ) {
    super(message);
  }

  /** True when the thing asked for does not exist, or its id could never exist (a malformed id). */
  get isNotFound(): boolean {
    return this.status === 404 || this.status === 400;
  }

  /** The caller is not signed in, or their session has ended. */
  get isSignInRequired(): boolean {
    return this.status === 401;
  }

  /** Signed in, but without the access needed; the message says which access. */
  get isForbidden(): boolean {
    return this.status === 403 && this.code === 'forbidden';
  }
}
