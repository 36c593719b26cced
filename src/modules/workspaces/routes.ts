import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { ROLES } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  csv,
  email,
  errorResponses,
  ListQuery,
  name,
  page,
  Uuid,
  version,
  WsParams,
} from '../../http/schemas.ts';
import {
  acceptInvitation,
  createInvitation,
  declineInvitation,
  INVITATION_STATUSES,
  listInvitations,
  revokeInvitation,
} from './invitations.ts';
import {
  createWorkspace,
  deleteWorkspace,
  getMember,
  getWorkspace,
  listMembers,
  listMyWorkspaces,
  presentWorkspace,
  removeMember,
  updateMember,
  updateWorkspace,
} from './workspaces.ts';

const Role = z.enum(ROLES);
const Workspace = z.object({
  id: Uuid,
  name: z.string(),
  role: Role,
  requireSecondApprover: z
    .boolean()
    .describe('Positioning and messaging are approved only by someone other than their author'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const Member = z.object({
  id: Uuid,
  userId: Uuid,
  name: z.string(),
  email: z.string(),
  role: Role,
  version: z.number().int(),
  createdAt: z.string(),
});
const Invitation = z.object({
  id: Uuid,
  email: z.string(),
  role: Role,
  status: z.enum(INVITATION_STATUSES),
  version: z.number().int(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
});
const InvitationCreated = z.object({
  kind: z.literal('invitation'),
  invitation: Invitation,
  /** One-time secret for the accept link; only in this answer. */
  token: z.string(),
});
/** An invitation waiting for me (GET /api/v1/me); never its token. */
export const MyInvitation = z.object({
  id: Uuid,
  workspaceId: Uuid,
  workspaceName: z.string(),
  role: Role,
  invitedByName: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
const InvitationRef = z.union([
  z.strictObject({ token: z.string().min(10).max(200) }),
  z.strictObject({ id: Uuid }),
]);
const MemberParams = z.strictObject({ workspaceId: Uuid, userId: Uuid });
const InvitationParams = z.strictObject({ workspaceId: Uuid, id: Uuid });

export const workspaceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['workspaces'];

  app.get(
    '/api/v1/workspaces',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Workspaces I belong to',
        response: {
          200: z.object({ items: z.array(z.object({ id: Uuid, name: z.string(), role: Role })) }),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ items: await listMyWorkspaces(req.ctx) }),
  );

  app.post(
    '/api/v1/workspaces',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Create a workspace; I become its admin',
        body: z.strictObject({ name: name() }),
        response: { 201: Workspace, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.ctx;
      return reply.code(201).send(await inTransaction(ctx, (tx) => createWorkspace(tx, req.body)));
    },
  );

  app.get(
    '/api/v1/workspaces/:workspaceId',
    {
      config: { access: { artefact: 'workspace', action: 'read' } },
      schema: {
        tags,
        summary: 'A workspace',
        params: WsParams,
        response: { 200: Workspace, ...errorResponses },
      },
    },
    async (req, reply) => {
      const w = await getWorkspace(req.wsCtx);
      setVersionHeader(reply, w.version);
      return w;
    },
  );

  app.patch(
    '/api/v1/workspaces/:workspaceId',
    {
      config: { access: { artefact: 'workspace', action: 'update' } },
      schema: {
        tags,
        summary: 'Rename a workspace or change its settings (admin)',
        params: WsParams,
        body: z.strictObject({
          name: name().optional(),
          requireSecondApprover: z
            .boolean()
            .optional()
            .describe(
              'true: an author may not approve their own positioning or messaging; a second product marketer or an admin does',
            ),
          version: version(),
        }),
        response: { 200: Workspace, ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      return inTransaction(ctx, (tx) => updateWorkspace(tx, input, expectedVersion(req, v)));
    },
  );

  app.delete(
    '/api/v1/workspaces/:workspaceId',
    {
      config: { access: { artefact: 'workspace', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a workspace and everything in it (admin)',
        params: WsParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteWorkspace(tx));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/workspaces/:workspaceId/members',
    {
      config: { access: { artefact: 'member', action: 'read' } },
      schema: {
        tags,
        summary: 'Members (sort: name, email, role, createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({ role: csv(Role).optional() }),
        response: { 200: page(Member), ...errorResponses },
      },
    },
    async (req) => listMembers(req.wsCtx, req.query),
  );

  app.post(
    '/api/v1/workspaces/:workspaceId/members',
    {
      config: { access: { artefact: 'member', action: 'create' } },
      schema: {
        tags,
        summary:
          'Add a member (admin): always an invitation the invitee accepts; the same answer whether or not the address has an account',
        params: WsParams,
        body: z.strictObject({ email: email(), role: Role }),
        response: { 202: InvitationCreated, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const created = await inTransaction(ctx, (tx) => createInvitation(tx, req.body));
      return reply.code(202).send({ kind: 'invitation' as const, ...created });
    },
  );

  app.get(
    '/api/v1/workspaces/:workspaceId/members/:userId',
    {
      config: { access: { artefact: 'member', action: 'read' } },
      schema: {
        tags,
        summary: 'A member',
        params: MemberParams,
        response: { 200: Member, ...errorResponses },
      },
    },
    async (req) => getMember(req.wsCtx, req.params.userId),
  );

  app.patch(
    '/api/v1/workspaces/:workspaceId/members/:userId',
    {
      config: { access: { artefact: 'member', action: 'update' } },
      schema: {
        tags,
        summary: "Change a member's role (admin)",
        params: MemberParams,
        body: z.strictObject({ role: Role, version: version() }),
        response: { 200: Member, ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.wsCtx;
      return inTransaction(ctx, (tx) =>
        updateMember(tx, req.params.userId, req.body, expectedVersion(req, req.body.version)),
      );
    },
  );

  app.delete(
    '/api/v1/workspaces/:workspaceId/members/:userId',
    {
      config: {
        access: {
          artefact: 'member',
          action: 'delete',
          orRule: 'anyone may leave: remove their own membership',
        },
      },
      schema: {
        tags,
        summary: 'Remove a member (admin), or leave (yourself)',
        params: MemberParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => removeMember(tx, req.params.userId));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/workspaces/:workspaceId/invitations',
    {
      config: { access: { artefact: 'invitation', action: 'read' } },
      schema: {
        tags,
        summary: 'Pending invitations (admin)',
        params: WsParams,
        querystring: ListQuery,
        response: { 200: page(Invitation), ...errorResponses },
      },
    },
    async (req) => listInvitations(req.wsCtx, req.query),
  );

  app.post(
    '/api/v1/workspaces/:workspaceId/invitations',
    {
      config: { access: { artefact: 'invitation', action: 'create' } },
      schema: {
        tags,
        summary: 'Invite an email address with a role (admin); the answer carries the one-time token',
        params: WsParams,
        body: z.strictObject({ email: email(), role: Role }),
        response: { 201: InvitationCreated, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const created = await inTransaction(ctx, (tx) => createInvitation(tx, req.body));
      return reply.code(201).send({ kind: 'invitation' as const, ...created });
    },
  );

  app.delete(
    '/api/v1/workspaces/:workspaceId/invitations/:id',
    {
      config: { access: { artefact: 'invitation', action: 'delete' } },
      schema: {
        tags,
        summary: 'Revoke a pending invitation (admin)',
        params: InvitationParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => revokeInvitation(tx, req.params.id));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/invitations/accept',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary:
          'Accept an invitation addressed to my email, by its token or its id (a retry answers the same workspace)',
        body: InvitationRef,
        response: { 200: Workspace, ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.ctx;
      const { workspace, role } = await inTransaction(ctx, (tx) => acceptInvitation(tx, req.body));
      return presentWorkspace(workspace, role);
    },
  );

  app.post(
    '/api/v1/invitations/decline',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Decline an invitation addressed to my email, by its token or its id',
        body: InvitationRef,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.ctx;
      await inTransaction(ctx, (tx) => declineInvitation(tx, req.body));
      return reply.code(204).send(null);
    },
  );
};
