import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS } from '../../core/enums.ts';
import { SESSION_COOKIE } from '../../http/context.ts';
import { email, errorResponses, name, Uuid } from '../../http/schemas.ts';
import { MyInvitation } from '../workspaces/routes.ts';
import { listMyInvitations, listMyWorkspaces } from '../workspaces/workspaces.ts';
import {
  authenticate,
  closeSession,
  createToken,
  countSignup,
  createUser,
  getUser,
  listTokens,
  openSession,
  presentToken,
  presentUser,
  revokeToken,
} from './auth.ts';

const User = z.object({ id: Uuid, email: z.string(), name: z.string(), createdAt: z.string() });
const Password = z.string().min(LIMITS.password.min).max(LIMITS.password.max);
const Token = z.object({
  id: Uuid,
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const Me = z.object({
  user: User,
  workspaces: z.array(z.object({ id: Uuid, name: z.string(), role: z.string() })),
  invitations: z.array(MyInvitation),
});

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const cookieOptions = () => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.config.secureCookies,
    path: '/',
  });

  app.post(
    '/api/v1/auth/signup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Create an account and log in (the password must be strong: 422 says why not)',
        security: [],
        body: z.strictObject({ email: email(), password: Password, name: name() }),
        response: { 201: z.object({ user: User }), 429: errorResponses[400], ...errorResponses },
      },
    },
    async (req, reply) => {
      await countSignup(app.db, req.ip);
      const user = await createUser(app.db, req.body);
      const session = await openSession(app.db, user.id, app.config.sessionDays);
      reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions(), expires: session.expiresAt });
      return reply.code(201).send({ user: presentUser(user) });
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password (sets an HTTP-only session cookie)',
        security: [],
        body: z.strictObject({
          email: z.string().max(LIMITS.email),
          password: z.string().max(LIMITS.password.max),
        }),
        response: { 200: z.object({ user: User }), 429: errorResponses[400], ...errorResponses },
      },
    },
    async (req, reply) => {
      const user = await authenticate(app.db, req.body.email, req.body.password, req.ip);
      const session = await openSession(app.db, user.id, app.config.sessionDays);
      reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions(), expires: session.expiresAt });
      return { user: presentUser(user) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await closeSession(app.db, token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions());
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/me',
    {
      config: { access: 'user' },
      schema: {
        tags: ['auth'],
        summary: 'The current user, their workspaces and pending invitations',
        response: { 200: Me, ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.ctx;
      const [workspaces, invitations] = [await listMyWorkspaces(ctx), await listMyInvitations(ctx)];
      return {
        user: presentUser(await getUser(app.db, ctx.actor.userId)),
        workspaces,
        invitations,
      };
    },
  );

  app.get(
    '/api/v1/me/tokens',
    {
      config: { access: 'user' },
      schema: {
        tags: ['auth'],
        summary: 'My API tokens (never the secrets)',
        response: { 200: z.object({ items: z.array(Token) }), ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.ctx;
      return { items: (await listTokens(app.db, ctx.actor.userId)).map(presentToken) };
    },
  );

  app.post(
    '/api/v1/me/tokens',
    {
      config: { access: 'user' },
      schema: {
        tags: ['auth'],
        summary: 'Create a personal API token; the token is shown in this answer only',
        body: z.strictObject({ name: name() }),
        response: { 201: Token.extend({ token: z.string() }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.ctx;
      const { token, record } = await createToken(app.db, ctx.actor.userId, req.body.name);
      return reply.code(201).send({ ...presentToken(record), token });
    },
  );

  app.delete(
    '/api/v1/me/tokens/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: ['auth'],
        summary: 'Revoke an API token',
        params: z.strictObject({ id: Uuid }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.ctx;
      await revokeToken(app.db, ctx.actor.userId, req.params.id);
      return reply.code(204).send(null);
    },
  );
};
