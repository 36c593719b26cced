import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_IMPORT_MAX_BYTES } from '../../config.ts';
import { errorResponses, name, Uuid, WsParams } from '../../http/schemas.ts';
import { exportWorkspaceAs, FORMAT, FORMAT_VERSION } from './export.ts';
import { importWorkspace } from './import.ts';
import { TABLE_NAMES } from './tables.ts';

const Document = z
  .object({
    format: z.literal(FORMAT),
    formatVersion: z.literal(FORMAT_VERSION),
    exportedAt: z.string(),
    workspace: z.object({ id: Uuid, name: z.string() }).loose(),
    users: z.array(z.object({ id: Uuid, email: z.string(), name: z.string() })),
    tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  })
  .describe(`A workspace export: tables ${TABLE_NAMES.join(', ')}, rows keyed by camelCase column names`);

const Imported = z.object({
  workspaceId: Uuid,
  name: z.string(),
  counts: z.record(z.string(), z.number().int()),
  invited: z.number().int().describe("The file's other members, invited with their role"),
  notes: z
    .array(z.string())
    .describe("What was left out, a sentence each (a source's domain already held by another source)"),
});

export const transferRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['workspaces'];

  app.get(
    '/api/v1/workspaces/:workspaceId/export',
    {
      config: { access: { artefact: 'workspace', action: 'update' } },
      schema: {
        tags,
        summary: 'Export the whole workspace as one JSON document (admin): backup, or move to another server',
        params: WsParams,
        response: { 200: Document, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const doc = await exportWorkspaceAs(ctx);
      const day = doc.exportedAt.slice(0, 10);
      reply.header('content-disposition', `attachment; filename="tandem-${doc.workspace.id}-${day}.json"`);
      return doc;
    },
  );

  app.post(
    '/api/v1/workspaces/import',
    {
      config: { access: 'user' },
      // Fastify refuses a declared Content-Length over this before reading, and cuts a chunked body at it.
      bodyLimit: app.config.importMaxBytes ?? DEFAULT_IMPORT_MAX_BYTES,
      schema: {
        tags,
        summary:
          "Import an export document as a new workspace: I am its only member (admin), the file's other members are invited; too large (TANDEM_IMPORT_MAX_BYTES) is 413",
        querystring: z.strictObject({ name: name().optional().describe('Name of the new workspace') }),
        // The document is checked in full by importWorkspace, which names the offending row and column.
        body: z.looseObject({}).describe('A document from GET /api/v1/workspaces/{workspaceId}/export'),
        response: { 201: Imported, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.ctx;
      const result = await importWorkspace(ctx.db, req.body, {
        ownerEmail: ctx.actor.email,
        name: req.query.name,
      });
      return reply.code(201).send(result);
    },
  );
};
