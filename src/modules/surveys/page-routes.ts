import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { embedCss, embedScript, pageScript, type ServedScript } from './client-scripts.ts';
import { loadSurveyPage, messageHtml, notFoundHtml, SURVEY_PAGE_STYLE_HASH, surveyHtml } from './page.ts';
import { EMBED_PATH, EMBED_VERSION } from './snippet.ts';

const YEAR = 31_536_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const PAGE_SCRIPT_PATH = '/s/page.js';

/**
 * Serves a script or style sheet: the address naming its current version is cached for a year (it never
 * changes), any other is revalidated daily by ETag. `anySite`: pages of other sites load it (the snippet).
 */
function sendAsset(
  req: { query: { v?: string | undefined }; headers: FastifyRequest['headers'] },
  reply: FastifyReply,
  asset: ServedScript,
  options: { type: string; version: string; anySite: boolean },
) {
  reply
    .header('content-type', options.type)
    .header('etag', asset.etag)
    .header(
      'cache-control',
      req.query.v === options.version ? `public, max-age=${YEAR}, immutable` : 'public, max-age=86400',
    );
  // The default (same-origin) would keep other sites from loading the widget.
  if (options.anySite) reply.header('cross-origin-resource-policy', 'cross-origin');
  if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
  return reply.send(asset.code);
}

const Version = z.object({ v: z.string().max(100).optional() });

/**
 * The hosted survey page (/s/{surveyId}, `?t=` a recipient's token, `?d=` a distinct id) and the scripts of
 * the page and of the embeddable snippet. No login; the answers go to the public answers route.
 */
export const surveyPageRoutes: FastifyPluginAsyncZod = async (app) => {
  const asset = { access: 'public' as const };
  const hidden = { hide: true, querystring: Version };

  app.get(PAGE_SCRIPT_PATH, { config: asset, schema: hidden }, (req, reply) =>
    sendAsset(req, reply, pageScript, {
      type: 'text/javascript; charset=utf-8',
      version: pageScript.version,
      anySite: false,
    }),
  );
  app.get(EMBED_PATH, { config: asset, schema: hidden }, (req, reply) =>
    sendAsset(req, reply, embedScript, {
      type: 'text/javascript; charset=utf-8',
      version: EMBED_VERSION,
      anySite: true,
    }),
  );
  app.get('/s/embed.css', { config: asset, schema: hidden }, (req, reply) =>
    sendAsset(req, reply, embedCss, {
      type: 'text/css; charset=utf-8',
      version: EMBED_VERSION,
      anySite: true,
    }),
  );

  app.get(
    '/s/:surveyId',
    {
      config: { access: 'public', publicPage: { styleHashes: [SURVEY_PAGE_STYLE_HASH] } },
      schema: {
        hide: true,
        params: z.object({ surveyId: z.string() }),
        querystring: z.object({ t: z.string().optional(), d: z.string().optional() }),
      },
    },
    async (req, reply) => {
      // A personal link (its token) stays out of caches and out of the Referer of anything the page loads.
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer');
      const page = UUID.test(req.params.surveyId)
        ? await loadSurveyPage(req.server.db, req.params.surveyId, req.query)
        : null;
      if (!page) return reply.code(404).send(notFoundHtml());
      if (page.state !== 'form') return reply.send(messageHtml(page.state, page.productName));
      return reply.send(surveyHtml(page, `${PAGE_SCRIPT_PATH}?v=${pageScript.version}`));
    },
  );
};
