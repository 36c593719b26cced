import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { FEATURE_STATUSES, LIMITS, NOTE_VISIBILITIES, RELEASE_STATUSES } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  errorResponses,
  ListQuery,
  longText,
  name,
  page,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { changelogRoutes } from './changelog-routes.ts';
import {
  changelog,
  createNote,
  deleteNote,
  getNote,
  listNotes,
  publishNote,
  unpublishNote,
  updateNote,
} from './release-notes.ts';

const Visibility = z.enum(NOTE_VISIBILITIES);
const Note = z.object({
  id: Uuid,
  releaseId: Uuid,
  releaseName: z.string(),
  releaseStatus: z.enum(RELEASE_STATUSES).describe('A note goes live once its release is released'),
  title: z.string(),
  body: z.string().describe('Markdown'),
  visibility: Visibility,
  publishAt: z.string().nullable().describe('When it is (or will be) published; null while a draft'),
  published: z
    .boolean()
    .describe('Live: publishAt has passed and its release and every feature it announces have shipped'),
  features: z.array(z.object({ id: Uuid, title: z.string(), status: z.enum(FEATURE_STATUSES) })),
  createdBy: Uuid.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const at = () => z.iso.datetime({ offset: true });
const fields = {
  body: longText().optional().describe('Markdown, customer-facing'),
  visibility: Visibility.optional().describe('internal (default) or public (shown in the changelog)'),
  publishAt: at().nullable().optional().describe('Publish time (ISO 8601); null keeps it a draft'),
  featureIds: z
    .array(Uuid)
    .max(LIMITS.listItems)
    .optional()
    .describe('Features it announces: planned ones while a draft; all shipped to publish'),
};
const Create = z.strictObject({ releaseId: Uuid, title: name(), ...fields });
const Update = z.strictObject({
  releaseId: Uuid.optional(),
  title: name().optional(),
  ...fields,
  version: version(),
});
const bool = () => z.enum(['true', 'false']).transform((v) => v === 'true');

export const releaseNotesRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(changelogRoutes);
  const tags = ['release notes'];
  const base = '/api/v1/workspaces/:workspaceId/release-notes';

  app.get(
    base,
    {
      config: { access: { artefact: 'release_note', action: 'read' } },
      schema: {
        tags,
        summary: 'Release notes (sort: publishAt (default, newest first, drafts last), createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          releaseId: Uuid.optional(),
          visibility: Visibility.optional(),
          published: bool().optional(),
        }),
        response: { 200: page(Note), ...errorResponses },
      },
    },
    async (req) => listNotes(req.wsCtx, req.query),
  );

  app.get(
    '/api/v1/workspaces/:workspaceId/changelog',
    {
      config: { access: { artefact: 'release_note', action: 'read' } },
      schema: {
        tags,
        summary: 'The changelog: published public release notes, newest first',
        params: WsParams,
        querystring: ListQuery.pick({ limit: true, cursor: true }),
        response: { 200: page(Note), ...errorResponses },
      },
    },
    async (req) => changelog(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'release_note', action: 'create' } },
      schema: {
        tags,
        summary: 'Write a release note',
        params: WsParams,
        body: Create,
        response: { 201: Note, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const note = await inTransaction(ctx, (tx) => createNote(tx, req.body));
      setVersionHeader(reply, note.version);
      return reply.code(201).send(note);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'release_note', action: 'read' } },
      schema: {
        tags,
        summary: 'One release note',
        params: WsIdParams,
        response: { 200: Note, ...errorResponses },
      },
    },
    async (req, reply) => {
      const note = await getNote(req.wsCtx, req.params.id);
      setVersionHeader(reply, note.version);
      return note;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'release_note', action: 'update' } },
      schema: {
        tags,
        summary: 'Edit a release note (featureIds replaces the announced features)',
        params: WsIdParams,
        body: Update,
        response: { 200: Note, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const note = await inTransaction(ctx, (tx) =>
        updateNote(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, note.version);
      return note;
    },
  );

  app.post(
    `${base}/:id/publish`,
    {
      config: { access: { artefact: 'release_note', action: 'update' } },
      schema: {
        tags,
        summary:
          'Publish now (422 unless its release and features have shipped), or schedule with a future publishAt',
        params: WsIdParams,
        body: z.strictObject({ publishAt: at().optional(), version: version() }),
        response: { 200: Note, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const note = await inTransaction(ctx, (tx) =>
        publishNote(tx, req.params.id, req.body.publishAt, expectedVersion(req, req.body.version)),
      );
      setVersionHeader(reply, note.version);
      return note;
    },
  );

  app.post(
    `${base}/:id/unpublish`,
    {
      config: { access: { artefact: 'release_note', action: 'update' } },
      schema: {
        tags,
        summary: 'Take a release note back to draft',
        params: WsIdParams,
        body: z.strictObject({ version: version() }),
        response: { 200: Note, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const note = await inTransaction(ctx, (tx) =>
        unpublishNote(tx, req.params.id, expectedVersion(req, req.body.version)),
      );
      setVersionHeader(reply, note.version);
      return note;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'release_note', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a release note',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteNote(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );
};
