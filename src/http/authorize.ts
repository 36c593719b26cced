import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx, WsCtx } from '../core/context.ts';
import { notFound } from '../core/errors.ts';
import { type Action, type Artefact, assertCan } from '../policies/ownership.ts';
import { authenticate } from './context.ts';
import { Uuid } from './schemas.ts';

/**
 * Who may call a route, declared in its options (`config: { access }`) and enforced here by one hook, so a
 * handler cannot forget to check. Every /api route must declare one: the app refuses to start otherwise.
 *
 * - `'public'`: anyone, signed in or not (sign-up, login, the ownership matrix, health).
 * - `'user'`: a signed-in person, outside any workspace (their account, tokens, workspaces list, import).
 * - `{ artefact, action }`: a member of the route's `:workspaceId` whose role the ownership matrix allows.
 * - `{ artefact, action, orRule }`: the right may also come from the row or the body (a launch task's own
 *   role ticks it off; anyone leaves a workspace). The hook lets every reader of the artefact through and
 *   the domain function decides by the matrix or the rule named here.
 * - `{ member: rule, fromBody? }`: any member; the domain function decides by the rule (comments: the
 *   matrix's 'comment' right on the kind of artefact the body names, declared as `fromBody`; or the
 *   comment's author).
 */
export type Access = 'public' | 'user' | WorkspaceAccess;
export type WorkspaceAccess =
  { artefact: Artefact; action: Action; orRule?: string } | { member: string; fromBody?: BodyRight };

/** The right named by a body field: the matrix's `action` on the kind of artefact the field names. */
export type BodyRight = { field: string; action: Action };

/** How the declaration is published on each OpenAPI operation (`x-tandem-access`), for clients and tests. */
export type PublishedAccess =
  | { kind: 'public' }
  | { kind: 'user' }
  | { kind: 'workspace'; artefact: Artefact; action: Action; orRule?: string }
  | { kind: 'member'; rule: string; fromBody?: BodyRight };

export const ACCESS_EXTENSION = 'x-tandem-access';

/** The docs UI is registered by @fastify/swagger-ui, which takes no route options: it is public. */
const DOCS_PREFIX = '/api/docs';

type Resolved = { ctx: Ctx } | { ctx: WsCtx; workspace: true };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** What the access hook resolved; read it through `req.ctx` / `req.wsCtx`. */
    resolvedAccess: Resolved | null;
    /** The signed-in caller (routes declaring 'user' or a workspace access). */
    readonly ctx: Ctx;
    /** The caller inside the route's workspace, with their role (routes declaring a workspace access). */
    readonly wsCtx: WsCtx;
  }
}

export function publishedAccess(access: Access): PublishedAccess {
  if (access === 'public' || access === 'user') return { kind: access };
  if ('member' in access)
    return { kind: 'member', rule: access.member, ...(access.fromBody ? { fromBody: access.fromBody } : {}) };
  const { artefact, action, orRule } = access;
  return orRule ? { kind: 'workspace', artefact, action, orRule } : { kind: 'workspace', artefact, action };
}

/** Refuses, at registration, an /api route without a declared access or with one its path cannot honour. */
function checkDeclaration(method: string, url: string, access: Access | undefined): void {
  const where = `${method} ${url}`;
  if (!access)
    throw new Error(
      `${where} declares no access: add config: { access: … } to its options (see src/http/authorize.ts)`,
    );
  const inWorkspace = url.includes('/:workspaceId');
  const needsWorkspace = access !== 'public' && access !== 'user';
  if (inWorkspace && !needsWorkspace)
    throw new Error(`${where} is inside a workspace: declare its artefact and action, not '${access}'`);
  if (!inWorkspace && needsWorkspace)
    throw new Error(`${where} declares a workspace access without :workspaceId`);
}

/**
 * Installs the declaration check (onRoute) and the access hook (preParsing: before the body is parsed or
 * validated, so a stranger gets 401, a non-member 404 and a role without the right 403 whatever they send).
 * Call before any route is registered.
 */
export function installAccess(app: FastifyInstance): void {
  app.decorateRequest('resolvedAccess', null);
  app.decorateRequest('ctx', {
    getter(this: FastifyRequest) {
      const r = this.resolvedAccess;
      if (!r)
        throw new Error(
          `${this.method} ${this.url}: no caller resolved; the route must declare 'user' access`,
        );
      return r.ctx;
    },
  });
  app.decorateRequest('wsCtx', {
    getter(this: FastifyRequest) {
      const r = this.resolvedAccess;
      if (!r || !('workspace' in r))
        throw new Error(
          `${this.method} ${this.url}: no workspace resolved; the route must declare a workspace access`,
        );
      return r.ctx as WsCtx;
    },
  });

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith(DOCS_PREFIX);
    if (!isApi && !access) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    checkDeclaration(methods.join(','), route.url, access);
    const published = publishedAccess(access!);
    // @fastify/swagger copies a schema's x- keys onto the operation.
    route.schema = {
      ...route.schema,
      [ACCESS_EXTENSION]: published,
      ...(published.kind === 'public' ? { security: [] } : {}),
    } as typeof route.schema;
  });

  // preParsing: after every onRequest hook (the cookie parser's among them), before the body is read.
  app.addHook('preParsing', async (req, _reply, payload) => {
    await resolveAccess(req);
    return payload;
  });
}

async function resolveAccess(req: FastifyRequest): Promise<void> {
  const access = req.routeOptions.config.access;
  if (!access || access === 'public') return;
  const db = req.server.db;
  if (access === 'user') {
    const { role: _role, ...actor } = await authenticate(req);
    req.resolvedAccess = { ctx: { db, actor } };
    return;
  }
  const workspaceId = (req.params as { workspaceId?: string }).workspaceId;
  // A malformed id is a workspace that does not exist, told apart from no other after authentication.
  const wellFormed = Uuid.safeParse(workspaceId).success;
  const { role, ...actor } = await authenticate(req, wellFormed ? workspaceId : undefined);
  if (!wellFormed || !role) throw notFound('Workspace');
  if (!('member' in access)) assertCan(role, access.artefact, access.orRule ? 'read' : access.action);
  req.resolvedAccess = { ctx: { db, actor, workspaceId: workspaceId!, role }, workspace: true };
}
