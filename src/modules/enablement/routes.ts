import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, Uuid } from '../../http/schemas.ts';
import type { Artefact } from '../../policies/ownership.ts';
import { ENABLEMENT_FORMATS, type EnablementKind, renderEnablement } from './enablement.ts';
import { EXPORT_STYLE_HASH } from './render.ts';

const Query = z.strictObject({
  format: z.enum(ENABLEMENT_FORMATS).default('markdown'),
  download: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Send as an attachment with a file name'),
});
const Doc = z.string().describe('text/markdown or a self-contained text/html page');

/** Sales-enablement exports: battlecards, one-pagers and launch briefs as Markdown or HTML. */
export const enablementRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['enablement'];
  // The last element is the artefact the document is read from (its readers may fetch it).
  const routes: [string, EnablementKind, string, z.ZodObject, Artefact][] = [
    ['battlecards/:id', 'battlecard', 'A battlecard for sales, as Markdown or HTML', Query, 'battlecard'],
    [
      'products/:id/one-pager',
      'one-pager',
      'A product one-pager: approved positioning statement, messaging for one persona, top shipped features',
      Query.extend({
        personaId: Uuid.optional().describe('Default: the first persona with approved messaging'),
      }),
      'messaging',
    ],
    [
      'launches/:id/brief',
      'launch-brief',
      'A launch brief: goals, scope, readiness by role, messaging, hand-off',
      Query,
      'launch',
    ],
  ];
  for (const [path, kind, summary, querystring, artefact] of routes)
    app.get(
      `/api/v1/workspaces/:workspaceId/enablement/${path}`,
      {
        // Documents made of user text: the security headers' locked-down policy, with the page's own style.
        config: { access: { artefact, action: 'read' }, userDocument: { styleHashes: [EXPORT_STYLE_HASH] } },
        schema: {
          tags,
          summary,
          params: z.strictObject({ workspaceId: Uuid, id: Uuid }),
          querystring,
          produces: ['text/markdown', 'text/html'],
          response: { 200: Doc, ...errorResponses },
        },
      },
      async (req, reply) => {
        const ctx = req.wsCtx;
        const q = req.query as { format: 'markdown' | 'html'; download?: boolean; personaId?: string };
        const doc = await renderEnablement(ctx, kind, req.params.id, {
          format: q.format,
          personaId: q.personaId,
        });
        reply.type(doc.contentType);
        if (q.download) reply.header('content-disposition', `attachment; filename="${doc.filename}"`);
        return reply.send(doc.body);
      },
    );
};
