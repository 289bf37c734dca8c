/** A failed API call, carrying the API's stable error code and message (`not_found`, …) and HTTP status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** True when the thing asked for does not exist, or its id could never exist (a malformed id). */
  get isNotFound(): boolean {
    return this.status === 404 || this.status === 400;
  }
}
