import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

// What any reply carries whatever its plugins: not the security headers.
const NOT_SECURITY = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/** The headers @fastify/helmet sets with these options, found once by asking a throwaway app for a page. */
export async function helmetHeaders(options: FastifyHelmetOptions): Promise<Readonly<Record<string, string>>> {
  const probe = Fastify();
  await probe.register(fastifyHelmet, options);
  probe.get('/', () => '');
  try {
    const response = await probe.inject({ method: 'GET', url: '/' });
    return Object.fromEntries(Object.entries(response.headers).filter((entry): entry is [string, string] => !NOT_SECURITY.has(entry[0]) && typeof entry[1] === 'string'));
  } finally {
    await probe.close();
  }
}

/**
 * Helmet's security headers on every reply. @fastify/helmet builds helmet's middleware again for every
 * request (parsing the Content Security Policy each time): about a twelfth of a small cached reply's time
 * under load (docs/benchmarks.md, Public reads under load). With no nonces the headers are the same for
 * every request, so they are worked out once, by @fastify/helmet itself, and set as they are; a route may
 * still set its own (the API docs page, the board report) over them.
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: FastifyHelmetOptions): Promise<void> {
  const headers = await helmetHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
