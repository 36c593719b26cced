import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import { type Config, DEFAULT_REQUEST_TIMEOUT_MS, type TrustProxy } from '../config.ts';
import type { Database } from '../db/client.ts';
import { logSafeError } from '../db/sql.ts';
import { createEventSink } from '../modules/events/writer.ts';
import type { EventSink } from '../modules/events/types.ts';
import { installAccess } from './authorize.ts';
import { registerInputGuard } from './input-guard.ts';
import { clientErrorHandler, errorHandler, sendProblem } from './problem.ts';
import { registerRoutes } from './routes.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { createSerializerCompiler } from './serialize.ts';

export type AppOptions = {
  database: Database;
  config: Pick<Config, 'logLevel' | 'sessionDays' | 'secureCookies'> &
    Partial<Pick<Config, 'requestTimeoutMs' | 'importMaxBytes' | 'eventsRetentionMonths'>>;
  /** Where the log goes instead of stdout (tests read it). */
  logStream?: NodeJS.WritableStream;
  /** Which proxies to believe about the client address (X-Forwarded-For): Config.trustProxy. */
  trustProxy?: TrustProxy;
  /** The built web app (web/dist) to serve at /, with every other non-API path answering its index.html. */
  webDir?: string;
  /**
   * Check every answer against its zod schema as well as writing it (see serialize.ts). On by default, so
   * tests check every answer; `tandem serve` turns it off unless TANDEM_VERIFY_RESPONSES=true.
   */
  verifyResponses?: boolean;
  /** Where ingested events go; by default a group-commit writer on `database` (events/writer.ts). */
  events?: EventSink;
};

/** Largest request body accepted (bulk endpoints included). */
export const BODY_LIMIT = 1024 * 1024;

declare module 'fastify' {
  interface FastifyInstance {
    config: AppOptions['config'];
    /** Every route registered, for checking that the OpenAPI document covers them. */
    routeList: { method: string; url: string; hidden: boolean; response: Record<string, unknown> }[];
    /** The event writer every ingestion path hands its events to (committed before the answer). */
    events: EventSink;
  }
}

const isApiPath = (url: string) => url.startsWith('/api/') || url === '/api' || url.startsWith('/healthz');

/**
 * A hop count becomes a function: Fastify 5.12 trusts nothing when given a number, since a count cannot tell a
 * proxy from a client that connects directly (the operator who sets one says none can). Hop 0 is the socket.
 */
function fastifyTrustProxy(trust: TrustProxy): FastifyServerOptions['trustProxy'] {
  if (typeof trust === 'object' && !Array.isArray(trust)) return (_address, hop) => hop < trust.hops;
  return trust;
}

/** Builds the HTTP app on an open database; the caller listens (or injects, in tests). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const timeout = options.config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger:
      options.config.logLevel === 'silent'
        ? false
        : { level: options.config.logLevel, serializers: { err: logSafeError }, stream: options.logStream },
    bodyLimit: BODY_LIMIT,
    // A request (headers and body) must arrive within the timeout, or it is answered 408 and closed. Node
    // checks deadlines on an interval (30 s by default): often enough here to cut close to the limit.
    requestTimeout: timeout,
    http: {
      requestTimeout: timeout,
      headersTimeout: timeout,
      connectionsCheckingInterval: Math.min(Math.max(Math.floor(timeout / 10), 50), 5_000),
    },
    frameworkErrors: errorHandler,
    clientErrorHandler,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.decorate('db', options.database.db);
  app.decorate('config', options.config);
  app.decorate('routeList', []);
  app.decorate(
    'events',
    options.events ??
      createEventSink(options.database, { retentionMonths: options.config.eventsRetentionMonths }),
  );
  app.addHook('onClose', async () => app.events.close());
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schema = route.schema as { hide?: boolean; response?: Record<string, unknown> } | undefined;
    const hidden = Boolean(schema?.hide);
    const response = schema?.response ?? {};
    for (const method of methods)
      if (method !== 'HEAD') app.routeList.push({ method, url: route.url, hidden, response });
  });
  installAccess(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(createSerializerCompiler({ verify: options.verifyResponses ?? true }));
  app.setErrorHandler(errorHandler);
  registerInputGuard(app);
  const webDir = options.webDir;
  app.setNotFoundHandler((req, reply) => {
    // The web app routes in the browser: its pages' addresses all answer its shell.
    if (webDir && req.method === 'GET' && !isApiPath(req.url) && req.headers.accept?.includes('text/html'))
      return reply.header('cache-control', 'no-cache').sendFile('index.html', webDir);
    return sendProblem(reply, {
      type: 'https://tandem.dev/problems/not_found',
      title: 'Not found',
      status: 404,
      detail: `No route for ${req.method} ${req.url.split('?')[0]}`,
    });
  });

  await registerSecurityHeaders(app, options.config);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tandem API',
        version: '1',
        description:
          'Product management, product marketing and marketing on one source of truth. ' +
          'Authenticate with the session cookie (POST /api/v1/auth/login) or a personal API token as `Authorization: Bearer <token>`. ' +
          'Errors are RFC 9457 problem+json. Lists paginate with `limit` and `cursor` (pass back `nextCursor`) and sort with `sort=field` or `sort=-field`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'tandem_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'Answers 200 when the database answers', security: [] },
    },
    async (_req, reply) => {
      try {
        await app.db.execute(sql`select 1`);
        return { status: 'ok' };
      } catch (err) {
        app.log.error({ err }, 'health check failed');
        return reply.code(503).send({ status: 'unavailable' });
      }
    },
  );

  await registerRoutes(app);
  if (webDir)
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      // Hashed asset names never change content: cache them for a year; the shell is revalidated.
      setHeaders: (res, path) => {
        res.setHeader(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  return app;
}
