import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { errorResponses, WsParams } from '../../http/schemas.ts';
import {
  changelogPath,
  changelogSettings,
  publicChangelog,
  SLUG_PATTERN,
  setPublicChangelog,
} from './changelog.ts';
import { CHANGELOG_STYLE_HASH, changelogAtom, changelogHtml } from './public-page.ts';

const Settings = z.object({
  enabled: z.boolean(),
  slug: z.string().nullable().describe('The address part after /changelog/; null while off'),
  path: z.string().nullable().describe('The public page, relative to this server; null while off'),
});
const SlugParams = z.strictObject({
  slug: z.string().regex(SLUG_PATTERN, 'not a changelog address').describe('The public changelog address'),
});

/**
 * Cacheable but never stale: shared caches may keep a copy and must ask again each time (an ETag answers
 * 304), so a note taken back or an address turned off disappears from the next request.
 */
function sendCached(req: FastifyRequest, reply: FastifyReply, type: string, body: string) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  reply.header('cache-control', 'public, no-cache').header('etag', etag).type(type);
  if (req.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.send(body);
}

/** The public changelog's address: its setting (release notes' owners) and the page and feed it serves. */
export const changelogRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['release notes'];
  const settings = '/api/v1/workspaces/:workspaceId/public-changelog';

  app.get(
    settings,
    {
      config: { access: { artefact: 'release_note', action: 'read' } },
      schema: {
        tags,
        summary: 'Whether the public changelog address is on, and where',
        params: WsParams,
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (req) => changelogSettings(req.wsCtx),
  );

  app.put(
    settings,
    {
      config: { access: { artefact: 'release_note', action: 'update' } },
      schema: {
        tags,
        summary: 'Turn the public changelog address on (anyone with it reads live public notes) or off (404)',
        params: WsParams,
        body: z.strictObject({
          enabled: z.boolean(),
          name: z
            .string()
            .trim()
            .max(60)
            .optional()
            .describe('Readable start of the address; a random part always follows it'),
          renew: z.boolean().optional().describe('A new address; the old one answers 404 from now on'),
        }),
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (req) => inTransaction(req.wsCtx, (tx) => setPublicChangelog(tx, req.body)),
  );

  const page = {
    access: 'public' as const,
    // A document made of user text: nothing may run or load; only its own style sheet applies.
    userDocument: { styleHashes: [CHANGELOG_STYLE_HASH] },
  };
  app.get(
    '/changelog/:slug',
    {
      config: page,
      schema: {
        tags,
        summary: 'The public changelog page (HTML): live public release notes, no account needed',
        security: [],
        params: SlugParams,
        produces: ['text/html'],
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const entries = await publicChangelog(req.server.db, req.params.slug);
      if (!entries) throw notFound('Changelog');
      const path = changelogPath(req.params.slug);
      return sendCached(req, reply, 'text/html; charset=utf-8', changelogHtml(entries, `${path}/feed.atom`));
    },
  );

  app.get(
    '/changelog/:slug/feed.atom',
    {
      config: page,
      schema: {
        tags,
        summary: 'The public changelog as an Atom feed',
        security: [],
        params: SlugParams,
        produces: ['application/atom+xml'],
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const entries = await publicChangelog(req.server.db, req.params.slug);
      if (!entries) throw notFound('Changelog');
      const path = changelogPath(req.params.slug);
      return sendCached(
        req,
        reply,
        'application/atom+xml; charset=utf-8',
        changelogAtom(entries, path, `${path}/feed.atom`),
      );
    },
  );
};
