import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { APPROVAL_STATUSES, LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import { STEP_RIGHT } from './approval.ts';
import {
  csv,
  errorResponses,
  ListQuery,
  page,
  shortText,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import {
  createPositioning,
  currentPositioning,
  deletePositioning,
  getPositioning,
  listPositionings,
  stepPositioning,
  updatePositioning,
} from './positioning.ts';

const Status = z.enum(APPROVAL_STATUSES);
export const ApprovalAction = z.enum(['update', 'delete', 'submit', 'approve', 'send_back', 'new_draft']);
const list = () => z.array(shortText().trim()).max(LIMITS.listItems);
const ValueTheme = z.strictObject({ theme: shortText().trim().min(1), proof: z.string().max(2_000) });

/** Who moved a version along, shared with messaging's schema. */
export const approvalFields = {
  revision: z.number().int(),
  status: Status,
  isCurrent: z.boolean().describe('This is the approved version'),
  basedOnId: Uuid.nullable(),
  reviewComment: z.string(),
  createdBy: Uuid.nullable(),
  submittedBy: Uuid.nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: Uuid.nullable(),
  approvedAt: z.string().nullable(),
  allowedActions: z.array(ApprovalAction).describe('What the caller may do next with this version'),
  approveRefusal: z
    .string()
    .nullable()
    .describe(
      'Why the caller may not approve this version although their role reviews it (the workspace requires a second approver and they wrote or submitted it); null otherwise',
    ),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

const Positioning = z.object({
  id: Uuid,
  productId: Uuid,
  productName: z.string(),
  competitiveAlternatives: z.array(z.string()),
  uniqueAttributes: z.array(z.string()),
  valueThemes: z.array(z.object({ theme: z.string(), proof: z.string() })),
  targetCustomer: z.string(),
  customerNeed: z.string(),
  marketCategory: z.string(),
  relevantTrends: z.array(z.string()),
  statement: z
    .string()
    .nullable()
    .describe('"For <target> who <need>, <product> is a <category> that …" — null while fields are missing'),
  statementMissing: z.array(z.string()).describe('Fields the statement still needs'),
  ...approvalFields,
});

const fields = {
  competitiveAlternatives: list()
    .optional()
    .describe('What customers would use if the product did not exist'),
  uniqueAttributes: list()
    .optional()
    .describe('What the product has that the alternatives lack (noun phrases)'),
  valueThemes: z
    .array(ValueTheme)
    .max(LIMITS.listItems)
    .optional()
    .describe('Value themes (noun phrases) with proof'),
  targetCustomer: shortText().trim().optional().describe('Characteristics of the customers who care most'),
  customerNeed: shortText().trim().optional().describe('Their need, as it ends "who …"'),
  marketCategory: shortText().trim().optional(),
  relevantTrends: list().optional(),
};
const Create = z.strictObject({
  productId: Uuid,
  basedOnId: Uuid.nullable().optional().describe('Copy from this version; default: the approved one'),
  ...fields,
});
const Update = z.strictObject({ ...fields, version: version() });
const StepBody = z.strictObject({ version: version() });
const ReviewBody = z.strictObject({
  comment: z.string().trim().max(LIMITS.shortText).optional(),
  version: version(),
});
const SendBackBody = z.strictObject({
  comment: z.string().trim().min(1).max(LIMITS.shortText).describe('What to change'),
  version: version(),
});

export const positioningVersionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['positioning'];
  const base = '/api/v1/workspaces/:workspaceId/positioning';

  app.get(
    base,
    {
      config: { access: { artefact: 'positioning', action: 'read' } },
      schema: {
        tags,
        summary: 'Positioning versions (sort: revision (default, newest first), updatedAt, createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({ productId: Uuid.optional(), status: csv(Status).optional() }),
        response: { 200: page(Positioning), ...errorResponses },
      },
    },
    async (req) => listPositionings(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'positioning', action: 'create' } },
      schema: {
        tags,
        summary: 'Start a new draft of a product’s positioning (the approved version is untouched)',
        params: WsParams,
        body: Create,
        response: { 201: Positioning, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const created = await inTransaction(ctx, (tx) => createPositioning(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/v1/workspaces/:workspaceId/products/:productId/positioning',
    {
      config: { access: { artefact: 'positioning', action: 'read' } },
      schema: {
        tags,
        summary: 'A product’s approved positioning and its statement (404 when none is approved)',
        params: z.strictObject({ workspaceId: Uuid, productId: Uuid }),
        response: { 200: Positioning, ...errorResponses },
      },
    },
    async (req) => currentPositioning(req.wsCtx, req.params.productId),
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'positioning', action: 'read' } },
      schema: {
        tags,
        summary: 'One positioning version',
        params: WsIdParams,
        response: { 200: Positioning, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await getPositioning(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'positioning', action: 'update' } },
      schema: {
        tags,
        summary: 'Edit a draft (other statuses are history: start a new draft)',
        params: WsIdParams,
        body: Update,
        response: { 200: Positioning, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(ctx, (tx) =>
        updatePositioning(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  const steps = [
    ['submit', 'Submit a draft for review', StepBody],
    [
      'approve',
      'Approve a version in review (needs a complete statement; supersedes the approved one; 403 for its own author when the workspace requires a second approver)',
      ReviewBody,
    ],
    ['send-back', 'Send a version in review back to draft with a comment', SendBackBody],
  ] as const;
  for (const [path, summary, body] of steps)
    app.post(
      `${base}/:id/${path}`,
      {
        config: {
          access: { artefact: 'positioning', action: STEP_RIGHT[path === 'send-back' ? 'send_back' : path] },
        },
        schema: {
          tags,
          summary,
          params: WsIdParams,
          body,
          response: { 200: Positioning, ...errorResponses },
        },
      },
      async (req, reply) => {
        const ctx = req.wsCtx;
        const b = req.body as { version?: number; comment?: string };
        const step = path === 'send-back' ? 'send_back' : path;
        const moved = await inTransaction(ctx, (tx) =>
          stepPositioning(tx, req.params.id, step, {
            comment: b.comment,
            expected: expectedVersion(req, b.version),
          }),
        );
        setVersionHeader(reply, moved.version);
        return moved;
      },
    );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'positioning', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a draft',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deletePositioning(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );
};
