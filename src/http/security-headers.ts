import { type FastifyHelmetOptions, fastifyHelmet } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route answers a document made of user text (the enablement exports). Its policy allows no script,
     * no resource of any kind and no style but the inline style sheets whose CSP hashes are listed here.
     */
    userDocument?: { styleHashes: readonly string[] };
    /**
     * A public page made of user text that runs this server's own scripts (the hosted survey page): scripts
     * and requests to this origin only, no other resource, no style but the hashed sheets, never framed.
     */
    publicPage?: { styleHashes: readonly string[] };
  }
}

type Directives = Record<string, string[]>;

/**
 * The web app's shell and its assets. Mantine writes its CSS variables in a <style> element, hence inline
 * styles; scripts only from the app's own files (the Vite build has no inline script).
 */
const appDirectives = (secure: boolean): Directives => ({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  ...(secure ? { 'upgrade-insecure-requests': [] } : {}),
});

/**
 * API answers and documents made of user text: nothing may load or run, the page cannot be framed, and it is
 * sandboxed (an opaque origin) should a browser ever render one.
 */
const lockedDirectives = (styleHashes: readonly string[] = []): Directives => ({
  'default-src': ["'none'"],
  ...(styleHashes.length > 0 ? { 'style-src': [...styleHashes] } : {}),
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  sandbox: [],
});

const publicPageDirectives = (styleHashes: readonly string[]): Directives => ({
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'"],
  ...(styleHashes.length > 0 ? { 'style-src': [...styleHashes] } : {}),
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
});

/** Swagger UI (/api/docs): its own scripts, its inline styles, its data: logo; still never framed. */
const docsDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const REFERRER_POLICY = 'strict-origin-when-cross-origin';
const HSTS_MAX_AGE = 31_536_000;

const isDocs = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');
const isApi = (url: string) => url.startsWith('/api/') || url === '/healthz';

/**
 * Security headers on every answer, from one place: Content-Security-Policy, nosniff, no framing
 * (frame-ancestors and X-Frame-Options), Referrer-Policy, and HSTS when the app is served over HTTPS
 * (TANDEM_SECURE_COOKIES=true). The policy follows what a route serves, decided here when the route is
 * added: API routes and user documents get the locked-down one, /api/docs its own, everything else (the app
 * shell, its assets, 404s) the app's. Call before any route is added.
 */
export async function registerSecurityHeaders(app: FastifyInstance, config: { secureCookies: boolean }) {
  app.addHook('onRoute', (route) => {
    const document = route.config?.userDocument;
    const page = route.config?.publicPage;
    const directives = document
      ? lockedDirectives(document.styleHashes)
      : page
        ? publicPageDirectives(page.styleHashes)
        : isDocs(route.url)
          ? docsDirectives
          : isApi(route.url)
            ? lockedDirectives()
            : null;
    if (!directives) return;
    const helmet: Omit<FastifyHelmetOptions, 'global'> = {
      contentSecurityPolicy: { useDefaults: false, directives },
    };
    // @fastify/helmet reads a route's own options from its config, over the global ones.
    route.config = Object.assign(route.config ?? {}, { helmet });
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: appDirectives(config.secureCookies) },
    xFrameOptions: { action: 'deny' },
    // The origin, not the path (workspace and record ids), to other sites; the whole URL within Tandem.
    referrerPolicy: { policy: REFERRER_POLICY },
    strictTransportSecurity: config.secureCookies ? { maxAge: HSTS_MAX_AGE, includeSubDomains: true } : false,
  });
  // Fastify answers a malformed URL itself, before any hook runs: a floor of headers is set on every raw
  // answer first, and the hooks above replace it with the route's own.
  const lockedDown = fastifyHelmet.contentSecurityPolicy({
    useDefaults: false,
    directives: lockedDirectives(),
  });
  app.server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    lockedDown(req, res, () => {});
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', REFERRER_POLICY);
    if (config.secureCookies)
      res.setHeader('strict-transport-security', `max-age=${HSTS_MAX_AGE}; includeSubDomains`);
  });
}
