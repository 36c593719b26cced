import fastifyCors from '@fastify/cors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveSourceKey } from '../sources/keys.ts';
import { PLAUSIBLE_BODY_LIMIT, isEngagement, parsePlausible, toIncoming } from './plausible.ts';
import { resolveSourceDomain } from './plausible-source.ts';
import { acceptRawBodies, rawBody } from './posthog-routes.ts';
import { decodeJsonBody } from './segment-body.ts';
import { deliver, ingestionErrorHandler } from './segment-routes.ts';
import { SNIPPET_PATH, SNIPPET_VERSION } from './snippet.ts';
import { snippetScript } from './snippet-bundle.ts';

const YEAR = 31_536_000;

/**
 * Plausible's events API under /ingest/plausible, so its tracker (and the website snippet built from it) sends
 * here: `POST /api/event` answers 202 `ok` as Plausible does, 400 with Plausible's `{errors}` for a body it
 * cannot read, 401 for an unknown `?key=`; with no key, the website source listing the event's domain takes it
 * and an unknown domain is dropped with 202 and `x-plausible-dropped`, as Plausible drops it. Also serves the
 * snippet's script.
 */
export async function plausibleRoutes(app: FastifyInstance) {
  await app.register(fastifyCors, { origin: true, methods: ['GET', 'POST'], maxAge: 86_400 });
  acceptRawBodies(app);
  app.setErrorHandler(ingestionErrorHandler('plausible'));

  app.post<{ Querystring: { key?: string } }>(
    '/api/event',
    { bodyLimit: PLAUSIBLE_BODY_LIMIT, schema: { hide: true } },
    (req, reply) => receive(app, req, reply),
  );

  app.get<{ Querystring: { v?: string } }>(
    SNIPPET_PATH.replace('/ingest/plausible', ''),
    { schema: { hide: true } },
    async (req, reply) => {
      const script = await snippetScript();
      const current = req.query.v === SNIPPET_VERSION;
      reply
        .header('content-type', 'text/javascript; charset=utf-8')
        // Pages of any site load it; the default (same-origin) would block it there.
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('etag', script.etag)
        // The address with the current version never changes content; any other is revalidated daily.
        .header('cache-control', current ? `public, max-age=${YEAR}, immutable` : 'public, max-age=86400');
      if (req.headers['if-none-match'] === script.etag) return reply.code(304).send();
      return reply.send(script.code);
    },
  );
}

const ok = (reply: FastifyReply) => reply.code(202).type('text/plain; charset=utf-8').send('ok');

async function receive(
  app: FastifyInstance,
  req: FastifyRequest<{ Querystring: { key?: string } }>,
  reply: FastifyReply,
) {
  const now = new Date();
  const decoded = await decodeJsonBody(rawBody(req), req.headers['content-encoding'], PLAUSIBLE_BODY_LIMIT);
  if (!decoded.ok)
    return decoded.reason === 'too_large'
      ? reply.code(413).type('text/plain; charset=utf-8').send('The request is too large.')
      : reply.code(400).send({ errors: { request: ['Send a JSON object.'] } });
  const parsed = parsePlausible(decoded.value);
  if ('errors' in parsed) return reply.code(400).send({ errors: parsed.errors });
  const event = parsed.event;
  const key = req.query.key;
  const source =
    key !== undefined ? await resolveSourceKey(app.db, key) : await resolveSourceDomain(app.db, event.domain);
  if (!source && key !== undefined)
    return reply.code(401).type('text/plain; charset=utf-8').send('Unknown or revoked key.');
  if (!source) return ok(reply.header('x-plausible-dropped', '1'));
  if (isEngagement(event)) return ok(reply);
  const incoming = toIncoming(event, { address: req.ip, userAgent: req.headers['user-agent'] ?? '' }, now);
  return deliver(app, reply, source, [incoming], () => ok(reply));
}
