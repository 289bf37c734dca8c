import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';

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

/** Maps every failure to `{ error: { code, message } }` with the right status; never leaks a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => fieldOf(issue.instancePath, issue.message, error.validationContext));
      const message = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return reply.code(400).send(errorReply('invalid_request', message, fields));
    }
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
