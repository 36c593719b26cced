import type { Caller } from './auth.ts';

/**
 * Callers authenticated by API token in the last moment, by token and workspace, so that a burst of requests
 * with the same token (scripts, integrations) costs one authentication query per CALLER_TTL_MS instead of one
 * each. Session cookies are not kept: logging out ends a browser session on every process at once.
 *
 * Only answers that grant something are kept: an unknown or revoked credential, or a workspace the caller is
 * not a member of, is looked up again on every request (a new token or a new membership works at once).
 * Whatever takes access away (revoking a token, changing or removing a member, deleting a workspace) calls
 * forgetCallers(), so this process applies it at once; another process serving the same database applies it
 * to tokens within CALLER_TTL_MS.
 */
export const CALLER_TTL_MS = 2_000;
const MAX_ENTRIES = 10_000;
const callers = new Map<string, { caller: Caller; until: number }>();

const keyOf = (token: string, workspaceId: string | undefined) => `${workspaceId ?? ''}\u0000${token}`;

export function cachedCaller(token: string, workspaceId: string | undefined): Caller | undefined {
  const key = keyOf(token, workspaceId);
  const hit = callers.get(key);
  if (!hit) return undefined;
  if (hit.until < Date.now()) {
    callers.delete(key);
    return undefined;
  }
  return hit.caller;
}

export function rememberCaller(token: string, workspaceId: string | undefined, caller: Caller): void {
  if (workspaceId && !caller.role) return;
  if (callers.size >= MAX_ENTRIES) callers.clear();
  callers.set(keyOf(token, workspaceId), { caller, until: Date.now() + CALLER_TTL_MS });
}

/** Drops every remembered caller: called by each write that takes access away. */
export function forgetCallers(): void {
  callers.clear();
}
