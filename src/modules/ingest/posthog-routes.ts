import fastifyCors from '@fastify/cors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidRequest } from '../../http/problem.ts';
import { Overloaded } from '../events/types.ts';
import { resolveSourceKey } from '../sources/keys.ts';
import { recordPosthogSurveyAnswers } from '../surveys/posthog.ts';
import { TooLarge, Undecodable } from './body.ts';
import { decodePosthogBody, readPosthogPayload } from './posthog.ts';

/**
 * PostHog's capture API under /ingest/posthog, so posthog-js, posthog-node and the other SDKs work with
 * only their host changed. Answers are PostHog's own: 200 {"status":1}; 400 validation_error for a body
 * that cannot be read; 401 authentication_error for a missing, unknown or revoked key; 413 over the size
 * limit; 503 or 429 with Retry-After when the writer is full. A bad event inside a batch is dropped alone.
 * Authenticated by the source key only, never by cookie; answered only after the events are committed.
 */

/** PostHog's limits: a batch request, and a request to a single-event path. */
export const BATCH_LIMIT = 20 * 1024 * 1024;
export const SINGLE_LIMIT = 2 * 1024 * 1024;

const CAPTURE_PATHS = ['/i/v0/e', '/e', '/capture', '/track', '/engage', '/batch'];

type PosthogError = { type: string; code: string; detail: string; attr: null };
const problem = (type: string, code: string, detail: string): PosthogError => ({
  type,
  code,
  detail,
  attr: null,
});

const invalidPayload = (detail: string) => problem('validation_error', 'invalid_payload', detail);
const invalidKey = problem(
  'authentication_error',
  'invalid_api_key',
  'Project API key invalid. You can find the key in the source settings of your Tandem workspace.',
);

/** Cross-origin browsers (posthog-js on the customer's site) may read these answers; nothing here is secret. */
const routeConfig = {
  helmet: {
    crossOriginResourcePolicy: { policy: 'cross-origin' as const },
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], sandbox: [] },
    },
  },
};

function sendError(reply: FastifyReply, status: number, body: PosthogError) {
  return reply.code(status).type('application/json').send(body);
}

/** Every error in this plugin in PostHog's shape, so no path of it can answer a problem+json or a 500. */
function errorHandler(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) {
  const status = 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : 500;
  if (err instanceof TooLarge || status === 413)
    return sendError(
      reply,
      413,
      problem('validation_error', 'payload_too_large', 'The payload is too large.'),
    );
  if (err instanceof Overloaded) return overloaded(reply, err);
  if (err instanceof Undecodable || err instanceof InvalidRequest || (status >= 400 && status < 500))
    return sendError(reply, 400, invalidPayload(err.message || 'The request could not be read.'));
  req.log.error({ err }, 'posthog ingestion failed');
  // The store failed (a lost connection, a restart): the SDKs retry a 503, and nothing was acknowledged.
  return reply
    .code(503)
    .header('retry-after', '5')
    .type('application/json')
    .send(problem('server_error', 'unavailable', 'Temporarily unavailable; retry later.'));
}

function overloaded(reply: FastifyReply, err: Overloaded) {
  return reply
    .code(err.status)
    .header('retry-after', String(err.retryAfterSeconds))
    .type('application/json')
    .send(problem('throttled', err.status === 429 ? 'rate_limited' : 'overloaded', err.message));
}

/**
 * The request's bytes, kept out of sight of the app's input guard: it walks the parsed body's own keys, and
 * a Buffer's are its byte indexes. The events decoded from it are checked one by one instead.
 */
class RawBody {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes() {
    return this.#bytes;
  }
}

/**
 * In the calling plugin's scope (any ingestion path's), within each route's `bodyLimit`: Fastify refuses a
 * larger Content-Length before reading and stops a longer stream.
 * Reads any content type (or none) as bytes for `rawBody`. Shared by the ingestion plugins.
 */
export function acceptRawBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => {
    done(null, new RawBody(body as Buffer));
  });
}

const EMPTY = Buffer.alloc(0);

/** The bytes of a request read by `acceptRawBodies` (empty for a GET or an empty body). */
export function rawBody(req: FastifyRequest): Buffer {
  return req.body instanceof RawBody ? req.body.bytes : EMPTY;
}

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function capture(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, maxBytes: number) {
  const now = new Date();
  const payload = await decodePosthogBody({
    method: req.method,
    query: req.query as Record<string, unknown>,
    contentType: header(req.headers['content-type']),
    contentEncoding: header(req.headers['content-encoding']),
    body: rawBody(req),
    maxBytes,
  });
  const read = readPosthogPayload(payload, { now, userAgent: header(req.headers['user-agent']) });
  // Text PostgreSQL cannot store (NUL, lone surrogates) and absurd nesting are the writer's to clean
  // (events/prepare.ts), once, for every ingestion path.
  if (!read.key) return sendError(reply, 401, invalidKey);
  const source = await resolveSourceKey(app.db, read.key);
  if (!source) return sendError(reply, 401, invalidKey);
  if (read.dropped.length) {
    req.log.warn(
      { sourceId: source.sourceId, dropped: read.dropped.length, first: read.dropped[0] },
      'posthog events dropped',
    );
    // One event, and it cannot be read: PostHog refuses the request (a batch only loses that event).
    if (read.single)
      return sendError(reply, 400, invalidPayload(`Event refused: ${read.dropped[0]!.reason}.`));
  }
  if (read.events.length) await app.events.write(source, read.events);
  // posthog-js surveys answering a Tandem survey: recorded before the acknowledgement, like the events.
  await recordPosthogSurveyAnswers(app.db, source, read.events, (detail, message) =>
    req.log.warn(detail, message),
  );
  return reply.code(200).type('application/json').send({ status: 1 });
}

/**
 * What /flags (?v=2) and /decide answer: no flags, nothing to switch on. posthog-js reads these shapes
 * without complaint and sends events as usual.
 */
const flagsAnswer = () => ({
  flags: {},
  featureFlags: {},
  featureFlagPayloads: {},
  errorsWhileComputingFlags: false,
  quotaLimited: [],
  requestId: crypto.randomUUID(),
  config: { enable_collect_everything: false },
  supportedCompression: ['gzip', 'gzip-js'],
  autocapture_opt_out: true,
  capturePerformance: false,
  autocaptureExceptions: false,
  sessionRecording: false,
  heatmaps: false,
  toolbarParams: {},
  siteApps: [],
  isAuthenticated: false,
});

/**
 * What posthog-js loads first (`/array/<token>/config[.js]`): nothing switched on, capture as usual. `surveys`
 * is left out on purpose: posthog-js fetches its surveys script for `surveys: false` (from this host, where it
 * is not), and skips it only when the key is absent.
 */
const remoteConfig = (token: string) => ({
  token,
  supportedCompression: ['gzip', 'gzip-js'],
  hasFeatureFlags: false,
  autocapture_opt_out: true,
  autocaptureExceptions: false,
  capturePerformance: false,
  captureDeadClicks: false,
  sessionRecording: false,
  heatmaps: false,
  siteApps: [],
});

/** A key as it may appear in a URL and, escaped by JSON, in a script; anything else is not one. */
const TOKEN = /^[A-Za-z0-9_.-]{1,200}$/;

/** Registered as `app.register(posthogIngestRoutes, { prefix: '/ingest/posthog' })`. */
export async function posthogIngestRoutes(app: FastifyInstance) {
  await app.register(fastifyCors, {
    origin: '*',
    credentials: false,
    methods: ['GET', 'POST'],
    maxAge: 86400,
  });
  acceptRawBodies(app);
  app.setErrorHandler(errorHandler);
  for (const base of CAPTURE_PATHS) {
    const bodyLimit = base === '/batch' ? BATCH_LIMIT : SINGLE_LIMIT;
    for (const url of [base, `${base}/`])
      app.route({
        method: ['GET', 'POST'],
        url,
        bodyLimit,
        config: routeConfig,
        schema: { hide: true },
        handler: (req, reply) => capture(app, req, reply, bodyLimit),
      });
  }
  for (const url of ['/flags', '/flags/', '/decide', '/decide/'])
    app.route({
      method: ['GET', 'POST'],
      url,
      bodyLimit: SINGLE_LIMIT,
      config: routeConfig,
      schema: { hide: true },
      handler: async (_req, reply) => reply.type('application/json').send(flagsAnswer()),
    });
  const config = (req: FastifyRequest, reply: FastifyReply, script: boolean) => {
    const { token } = req.params as { token: string };
    if (!TOKEN.test(token)) return sendError(reply, 404, invalidKey);
    if (!script) return reply.type('application/json').send(remoteConfig(token));
    const body = JSON.stringify({ config: remoteConfig(token), siteApps: [] });
    return reply
      .type('application/javascript')
      .send(
        `(function(){var w=window;w._POSTHOG_REMOTE_CONFIG=w._POSTHOG_REMOTE_CONFIG||{};w._POSTHOG_REMOTE_CONFIG[${JSON.stringify(token)}]=${body};})();`,
      );
  };
  for (const script of [false, true])
    app.route({
      method: 'GET',
      url: script ? '/array/:token/config.js' : '/array/:token/config',
      config: routeConfig,
      schema: { hide: true },
      handler: async (req, reply) => config(req, reply, script),
    });
}
