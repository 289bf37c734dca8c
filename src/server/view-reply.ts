import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

interface Serialized {
  readonly body: string;
  readonly etag: string;
}

// Keyed by the view object a use case keeps (src/app/computed-views), so a view is serialized once and the
// text goes when the view does.
const SERIALIZED = new WeakMap<object, Serialized>();

/**
 * Sends a kept view as JSON, serialized (and checked against the route's reply schema) only the first time it
 * is sent, with the weak ETag @fastify/etag would give the same bytes, so If-None-Match still answers 304.
 */
export function sendView(reply: FastifyReply, view: object): FastifyReply {
  const kept = SERIALIZED.get(view) ?? serialize(reply, view);
  return reply.type('application/json; charset=utf-8').header('etag', kept.etag).send(kept.body);
}

function serialize(reply: FastifyReply, view: object): Serialized {
  const serialized = reply.serialize(view);
  const body = typeof serialized === 'string' ? serialized : Buffer.isBuffer(serialized) ? serialized.toString('utf8') : Buffer.from(serialized).toString('utf8');
  const kept = { body, etag: `W/"${createHash('sha1').update(body).digest('base64')}"` };
  SERIALIZED.set(view, kept);
  return kept;
}
