import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { SOURCE_KINDS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  errorResponses,
  ListQuery,
  name,
  page,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { MAX_DOMAINS } from './domains.ts';
import {
  createSource,
  deleteSource,
  GRACE_HOURS,
  getSource,
  listSources,
  revokeSource,
  rotateSourceKey,
  updateSource,
} from './sources.ts';

const Kind = z.enum(SOURCE_KINDS);
const Source = z.object({
  id: Uuid,
  name: z.string(),
  kind: Kind,
  domains: z.array(z.string()),
  key: z.string().describe('The public write-only key: it can only send events to this source'),
  previousKeyExpiresAt: z
    .string()
    .nullable()
    .describe('Until when the key before the last rotation still works; null when it does not'),
  status: z.enum(['active', 'revoked']),
  revokedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const Domains = z
  .array(z.string().max(253))
  .max(100)
  .describe(
    `Exact host names (www.example.com), lower-cased; at most ${MAX_DOMAINS}; a host belongs to one source across the server; websites only`,
  );
const Create = z.strictObject({ name: name(), kind: Kind, domains: Domains.optional() });
const Update = z.strictObject({ name: name().optional(), domains: Domains.optional(), version: version() });
const Rotate = z.strictObject({
  graceHours: z
    .number()
    .int()
    .min(0)
    .max(GRACE_HOURS.max)
    .optional()
    .describe(`How long the old key keeps working (default ${GRACE_HOURS.default}; 0 stops it at once)`),
  version: version(),
});
const Revoke = z.strictObject({ version: version() });

export const sourcesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['sources'];
  const base = '/api/v1/workspaces/:workspaceId/sources';
  const read = { access: { artefact: 'source', action: 'read' } } as const;
  const update = { access: { artefact: 'source', action: 'update' } } as const;

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Event sources with their keys (sort: name (default), createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({ kind: Kind.optional() }),
        response: { 200: page(Source), ...errorResponses },
      },
    },
    async (req) => listSources(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'source', action: 'create' } },
      schema: {
        tags,
        summary: 'Add a source (website, app or server) with a new write-only key',
        params: WsParams,
        body: Create,
        response: { 201: Source, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await inTransaction(req.wsCtx, (tx) => createSource(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One source',
        params: WsIdParams,
        response: { 200: Source, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await getSource(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: update,
      schema: {
        tags,
        summary: "Rename a source or change a website's domains",
        params: WsIdParams,
        body: Update,
        response: { 200: Source, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(req.wsCtx, (tx) =>
        updateSource(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  app.post(
    `${base}/:id/rotate-key`,
    {
      config: update,
      schema: {
        tags,
        summary: 'Replace the key; the old one keeps working for graceHours (default 24, at most 168)',
        params: WsIdParams,
        body: Rotate.optional(),
        response: { 200: Source, ...errorResponses },
      },
    },
    async (req, reply) => {
      const body = req.body ?? {};
      const rotated = await inTransaction(req.wsCtx, (tx) =>
        rotateSourceKey(tx, req.params.id, body.graceHours, expectedVersion(req, body.version)),
      );
      setVersionHeader(reply, rotated.version);
      return rotated;
    },
  );

  app.post(
    `${base}/:id/revoke`,
    {
      config: update,
      schema: {
        tags,
        summary: 'Revoke a source for good: no event is accepted after; its events are kept',
        params: WsIdParams,
        body: Revoke.optional(),
        response: { 200: Source, ...errorResponses },
      },
    },
    async (req, reply) => {
      const revoked = await inTransaction(req.wsCtx, (tx) =>
        revokeSource(tx, req.params.id, expectedVersion(req, req.body?.version)),
      );
      setVersionHeader(reply, revoked.version);
      return revoked;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'source', action: 'delete' } },
      schema: {
        tags,
        summary:
          'Delete a source: its key stops at once and its domains are freed; the events it sent are kept and still count',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await inTransaction(req.wsCtx, (tx) =>
        deleteSource(tx, req.params.id, expectedVersion(req, undefined)),
      );
      return reply.code(204).send(null);
    },
  );
};
