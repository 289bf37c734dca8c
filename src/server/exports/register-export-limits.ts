import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { appError } from '../../app/errors.ts';
import { errorReplySchema, sendError } from '../errors.ts';
import { createExportLimiter, type ExportLimiter, type ExportLimits } from './export-limiter.ts';

/** Seconds a client refused a download is told to wait: about as long as a national download takes to build. */
export const EXPORT_RETRY_AFTER_SECONDS = 10;

declare module 'fastify' {
  interface FastifyRequest {
    /** Frees this request's download place; set while it holds one. */
    releaseExport: (() => void) | null;
  }
}

function isDownload(request: FastifyRequest): boolean {
  const query = request.query as { format?: unknown } | undefined;
  return query?.format === 'csv' || query?.format === 'xlsx';
}

/** A signed-in user counts as one client wherever they connect from; anyone else by address (TRUST_PROXY decides which). */
function clientOf(request: FastifyRequest): string {
  return request.principal === null ? `address:${request.ip}` : `user:${String(request.principal.userId)}`;
}

function takesFormat(querystring: unknown): boolean {
  return querystring instanceof z.ZodObject && 'format' in querystring.shape;
}

/**
 * Every CSV or XLSX download (a GET or HEAD with `format=csv` or `xlsx`) takes a place from the limiter before its
 * query runs and gives it back when the file has been sent: a few are built at a time, the rest wait their
 * turn, and a client over its share, or a queue that is full, gets 429 with Retry-After. Every route that
 * takes `format` documents that 429. Register before the OpenAPI plugin, so the documented 429 is seen.
 */
export function registerExportLimits(app: FastifyInstance, limits: ExportLimits): ExportLimiter {
  const limiter = createExportLimiter(limits);
  app.decorateRequest('releaseExport', null);

  app.addHook('onRoute', (route) => {
    const schema = route.schema as { querystring?: unknown; response?: Record<string, unknown> } | undefined;
    if (schema === undefined || !takesFormat(schema.querystring)) return;
    route.schema = { ...schema, response: { ...schema.response, 429: errorReplySchema } };
  });

  app.addHook('preHandler', async (request, reply) => {
    // HEAD too: Fastify answers it by running the GET handler, so it builds the whole file.
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isDownload(request)) return undefined;
    const admission = limiter.admit(clientOf(request));
    if (admission.kind === 'refused') {
      const message =
        admission.reason === 'client'
          ? `You already have ${String(limits.perClient)} downloads being prepared. Wait for one to finish, then try again`
          : 'The service is preparing as many downloads as it can. Try again in a few seconds';
      return sendError(reply.header('retry-after', String(EXPORT_RETRY_AFTER_SECONDS)), appError('too_many_downloads', message));
    }
    request.releaseExport = admission.release;
    const go = await admission.turn;
    // Released before its turn: the client went away while waiting, so nobody is there to answer.
    if (!go) return sendError(reply, appError('client_closed_request', 'The request was closed before its download was prepared'));
    return undefined;
  });

  const release = (request: FastifyRequest): void => {
    request.releaseExport?.();
    request.releaseExport = null;
  };
  app.addHook('onResponse', (request, _reply, done) => {
    release(request);
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    release(request);
    done();
  });
  return limiter;
}
