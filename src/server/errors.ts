import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppFailure, fieldsOf, type AppError, type AppErrorCode } from '../app/errors.ts';

/** Every error reply has this one shape, with a stable code a client can switch on. */
export const errorReplySchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable identifier: not_found, invalid_request, internal_error, …'),
      message: z.string().describe('What went wrong and how to put it right, in plain English'),
      fields: z
        .array(z.object({ field: z.string(), message: z.string() }))
        .optional()
        .describe('For invalid_request: each field at fault (a body field by its name; others prefixed, as params.id or querystring.format) and its message'),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorReply = z.infer<typeof errorReplySchema>;

export function errorReply(code: string, message: string, fields?: { field: string; message: string }[]): ErrorReply {
  return fields === undefined ? { error: { code, message } } : { error: { code, message, fields } };
}

/**
 * The one table from an application error's code to its HTTP status. Route handlers never choose a 4xx or 5xx
 * status themselves (lint forbids it in src/server/routes): they send the error with `sendError`.
 */
export const HTTP_STATUS_OF = {
  not_found: 404,
  invalid_request: 400,
  unknown_scope: 400,
  invalid_recipe: 400,
  recipe_not_runnable: 400,
  conflict: 409,
  duplicate_email: 409,
  last_admin: 409,
  approval_refused: 409,
  forbidden: 403,
  invalid_credentials: 401,
  too_many_attempts: 429,
  not_configured: 503,
  not_protected: 503,
  pdf_unavailable: 503,
  file_refused: 422,
  // Who is asking and whether they may (the access guard); downloads refused for now (export limits).
  sign_in_required: 401,
  invalid_token: 401,
  token_out_of_scope: 403,
  csrf_token_invalid: 403,
  too_many_downloads: 429,
  client_closed_request: 499,
  oidc_provider_unavailable: 502,
  oidc_sign_in_failed: 400,
  oidc_state_invalid: 400,
  oidc_claims_invalid: 403,
  oidc_email_unverified: 403,
  oidc_account_conflict: 403,
  oidc_change_refused: 403,
  account_disabled: 403,
  // An impact estimate: 404 for what does not exist, 400 for a request that cannot be answered as asked,
  // 422 for data that cannot give an estimate.
  'unknown-measure': 404,
  'unknown-area': 404,
  'unknown-start': 400,
  'no-pre-periods': 400,
  'no-post-periods': 400,
  'no-neighbours': 400,
  'bad-option': 400,
  'no-rows': 422,
  'duplicate-rows': 422,
  'no-treated': 422,
  'different-starts': 422,
  'treatment-stops': 422,
  'no-comparison': 422,
  'unknown-treated': 422,
  'missing-values': 422,
  'no-region': 422,
} as const satisfies Record<AppErrorCode, number>;

/** The status an error is sent with. */
export function httpStatusOf(error: AppError): (typeof HTTP_STATUS_OF)[AppErrorCode] {
  return HTTP_STATUS_OF[error.code];
}

/**
 * Sends an application error as `{ error: { code, message, fields? } }` (a refused file adds its problems beside
 * `error`) with its status from the one table.
 */
export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  if (error.code === 'file_refused') {
    const { code, message, file, problems, more } = error;
    return reply.code(httpStatusOf(error)).send({ error: { code, message }, file, problems, more });
  }
  const fields = fieldsOf(error);
  return reply.code(httpStatusOf(error)).send(errorReply(error.code, error.message, fields === undefined ? undefined : [...fields]));
}

/** Maps every failure to `{ error: { code, message } }` with the right status; never leaks a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => fieldOf(issue.instancePath, issue.message, error.validationContext));
      const message = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return reply.code(400).send(errorReply('invalid_request', message, fields));
    }
    if (error instanceof AppFailure) return sendError(reply, error.error);
    const status = error.statusCode ?? 500;
    if (status === 413) {
      const limit = request.routeOptions.bodyLimit;
      return reply.code(413).send(errorReply('payload_too_large', `The request is too large: this address takes at most ${formatKilobytes(limit)}. Send less at a time`));
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send(errorReply(clientCode(status, error.code), error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorReply('internal_error', 'Sorry, there is a problem with the service. Try again later.'));
  });
}

/** Body fields are named as sent (`chair`); others carry their part: `params.id`, `querystring.format`. */
function fieldOf(path: string, message: string | undefined, context: string | undefined): { field: string; message: string } {
  const name = path.replace(/^\//, '').replaceAll('/', '.');
  const field = context === undefined || context === 'body' ? name : `${context}${name === '' ? '' : `.${name}`}`;
  return { field: field === '' ? '(request)' : field, message: message ?? 'is not valid' };
}

/** 65536 → "64 KB", 4194304 → "4 MB". */
function formatKilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${String(Math.floor(bytes / (1024 * 1024)))} MB` : `${String(Math.floor(bytes / 1024))} KB`;
}

function clientCode(status: number, code: string | undefined): string {
  if (status === 404) return 'not_found';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'too_many_requests';
  return code === undefined ? 'bad_request' : code.toLowerCase().replace(/^fst_err_/, '');
}
