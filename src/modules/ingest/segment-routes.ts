import fastifyCors from '@fastify/cors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Overloaded, type IncomingEvent, type SourceRef } from '../events/types.ts';
import { findUnstorable } from '../../http/input-guard.ts';
import { InvalidRequest } from '../../http/problem.ts';
import { resolveSourceKey } from '../sources/keys.ts';
import {
  type SegmentType,
  SEGMENT_BATCH_LIMIT,
  SEGMENT_MESSAGE_LIMIT,
  SEGMENT_PATHS,
  parseSegment,
} from './segment.ts';
import { acceptRawBodies, rawBody } from './posthog-routes.ts';
import { decodeJsonBody } from './segment-body.ts';

/** The write key of `Authorization: Basic base64(key:)` (analytics-node), if any. */
export function basicUser(header: string | undefined): string | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const user = decoded.split(':')[0];
  return user || undefined;
}

/**
 * Segment's HTTP API under /ingest/segment: /v1/track … /v1/batch and analytics.js's short forms. Answers as
 * Segment does: 200 `{}` once the events are committed, 400 only for an undecodable or oversized body (the
 * libraries do not retry a 400), 401 for an unknown key (not retried either), 429/503 with Retry-After
 * under overload (retried). Never 500: a failure of the writer is a 503 the client retries.
 */
export async function segmentRoutes(app: FastifyInstance) {
  // analytics.js posts from the customer's pages (batching: with an Authorization header, so preflighted; it
  // may be set to send credentials): no cookie is ever read here, so any origin may send.
  await app.register(fastifyCors, {
    origin: true,
    credentials: true,
    methods: ['GET', 'POST'],
    maxAge: 86_400,
  });
  acceptRawBodies(app);
  app.setErrorHandler(ingestionErrorHandler('segment'));

  // analytics.js loads its settings from `${cdnURL}/v1/projects/KEY/settings` first: with cdnURL pointed here,
  // they send everything to this server and load nothing else (no destinations, no metrics).
  app.get<{ Params: { writeKey: string } }>(
    '/v1/projects/:writeKey/settings',
    { schema: { hide: true } },
    async (req, reply) => {
      const source = await resolveSourceKey(app.db, req.params.writeKey);
      if (!source)
        return reply.code(404).type('text/plain; charset=utf-8').send('Unknown or revoked write key.');
      return reply
        .header('cache-control', 'public, max-age=300')
        .send(segmentSettings(req, req.params.writeKey));
    },
  );

  for (const [segment, type] of Object.entries(SEGMENT_PATHS)) {
    const limit = type === 'batch' ? SEGMENT_BATCH_LIMIT : SEGMENT_MESSAGE_LIMIT;
    app.post(`/v1/${segment}`, { bodyLimit: limit, schema: { hide: true } }, (req, reply) =>
      receive(app, req, reply, type, limit),
    );
  }
}

/** The CDN settings analytics.js reads: Segment.io (this server) as the only integration. */
export function segmentSettings(req: FastifyRequest, writeKey: string) {
  const enabled = { __default: { enabled: true, integrations: {} } };
  return {
    integrations: {
      'Segment.io': { apiKey: writeKey, apiHost: `${req.host}/ingest/segment/v1`, protocol: req.protocol },
    },
    plan: { track: enabled, identify: enabled, group: enabled },
    enabledMiddleware: {},
    middlewareSettings: {},
    metrics: { sampleRate: 0 },
    legacyVideoPluginsEnabled: false,
    remotePlugins: [],
    edgeFunction: {},
  };
}

async function receive(
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
  path: SegmentType | 'batch',
  limit: number,
) {
  const receivedAt = new Date();
  const decoded = await decodeJsonBody(rawBody(req), req.headers['content-encoding'], limit);
  if (!decoded.ok)
    return reply.code(400).send({
      error: decoded.reason === 'too_large' ? 'The request is too large.' : 'The body is not JSON.',
    });
  const body = decoded.value as { batch?: unknown } | null;
  if (path === 'batch' && !Array.isArray(body?.batch))
    return reply.code(400).send({ error: 'A batch needs a `batch` array.' });
  // Text PostgreSQL cannot store drops its message alone, as any other unreadable message.
  const parsed = parseSegment(body, path, receivedAt, (m) => !findUnstorable(m, 'message'));
  const key = basicUser(req.headers.authorization) ?? parsed.writeKey;
  const source = key ? await resolveSourceKey(app.db, key) : null;
  if (!source) return reply.code(401).send({ error: 'Unknown or revoked write key.' });
  return deliver(app, reply, source, parsed.events, () => reply.code(200).send({}));
}

/**
 * Hands events to the writer and answers only once they are committed ("acknowledged means durable"). Under
 * overload the writer says how long to wait; any other failure of the writer is a 503 the SDKs retry, so a
 * message is never acknowledged unless stored and never lost to a 500 the sender would not retry.
 */
export async function deliver(
  app: FastifyInstance,
  reply: FastifyReply,
  source: SourceRef,
  events: IncomingEvent[],
  ok: () => FastifyReply,
): Promise<FastifyReply> {
  if (events.length === 0) return ok();
  try {
    await app.events.write(source, events);
  } catch (err) {
    if (err instanceof Overloaded)
      return reply
        .code(err.status)
        .header('retry-after', String(err.retryAfterSeconds))
        .send({ error: err.message });
    reply.log.error({ err }, 'event write failed');
    return reply.code(503).header('retry-after', '5').send({ error: 'Busy; retry later.' });
  }
  return ok();
}

/**
 * Errors before the handler (body too large while streaming, a broken Content-Length, a client that went
 * away) answered in the peer's shape instead of problem+json; nothing here is ever a 500.
 */
export function ingestionErrorHandler(peer: 'segment' | 'plausible') {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const tooLarge = err.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
    const status = tooLarge
      ? peer === 'segment'
        ? 400 // Segment answers an oversized request 400; its libraries never retry one.
        : 413
      : err instanceof InvalidRequest // the app's guard: text PostgreSQL cannot store in the query string
        ? 400
        : err.statusCode && err.statusCode >= 400 && err.statusCode < 500
          ? err.statusCode
          : 503;
    if (status === 503) {
      req.log.error({ err }, 'ingestion failed');
      reply.header('retry-after', '5');
    }
    const message = tooLarge
      ? 'The request is too large.'
      : status === 503
        ? 'Busy; retry later.'
        : err.message;
    return peer === 'segment'
      ? reply.code(status).send({ error: message })
      : reply.code(status).type('text/plain; charset=utf-8').send(message);
  };
}
