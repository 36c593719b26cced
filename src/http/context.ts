import type { FastifyReply, FastifyRequest } from 'fastify';
import { unauthorized } from '../core/errors.ts';
import type { Db } from '../db/client.ts';
import { type Caller, userForSession, userForToken } from '../modules/auth/auth.ts';

export const SESSION_COOKIE = 'tandem_session';

/**
 * Who is calling: a session cookie or a Bearer API token (401 when neither is valid), with their role in
 * the workspace when one is named. The access hook (authorize.ts) calls it once per request.
 */
export async function authenticate(req: FastifyRequest, workspaceId?: string): Promise<Caller> {
  const db = req.server.db;
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const token = match?.[1];
    // Looked up on every request, never remembered: a revoked token, a removed member or a changed role
    // is refused by the very next request on every process.
    const caller = token ? await userForToken(db, token, workspaceId) : undefined;
    if (!caller) throw unauthorized('Invalid or revoked API token');
    return caller;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  // Sessions are looked up every time: logging out must end a browser session on every process at once.
  const caller = cookie ? await userForSession(db, cookie, workspaceId) : undefined;
  if (!caller) throw unauthorized('Log in or send an API token (Authorization: Bearer …)');
  return caller;
}

/** Reads the expected version from If-Match (a bare or quoted number, or W/"n") or the body's field. */
export function expectedVersion(req: FastifyRequest, bodyVersion: number | undefined): number | undefined {
  const h = req.headers['if-match'];
  if (typeof h === 'string') {
    const n = Number.parseInt(h.replace(/^W\//, '').replaceAll('"', ''), 10);
    if (Number.isInteger(n)) return n;
  }
  return bodyVersion;
}

export function setVersionHeader(reply: FastifyReply, version: number) {
  reply.header('etag', `"${version}"`);
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}
