import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '../../core/context.ts';
import type { Role } from '../../core/enums.ts';
import { conflict, notFound, unauthorized } from '../../core/errors.ts';
import { dummyPasswordHash, hashPassword, newSecret, sha256, verifyPassword } from '../../core/secrets.ts';
import type { Db } from '../../db/client.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { members } from '../workspaces/schema.ts';
import { requireStrongPassword } from './password-strength.ts';
import { apiTokens, sessions, users } from './schema.ts';
import {
  addressKey,
  type Backoff,
  clear,
  failed,
  type Rate,
  refund,
  sweep,
  take,
  throttled,
} from './throttle.ts';

export type User = typeof users.$inferSelect;

/**
 * Login throttling, per (account, client address) and per address, so nobody else's failures can block
 * the right password from your address. A pair's first five attempts are free; then each waits 2, 4, 8 …
 * seconds (at most 15 minutes), and a pair quiet for a day starts afresh. The address ceiling is a rate:
 * 100 failures at once, then one more every 36 s. A correct password during its pair's wait is refused
 * too: otherwise the wait would not slow guessing down.
 */
export const LOGIN_PAIR: Backoff = { kind: 'backoff', free: 5, capSeconds: 900, forgetSeconds: 86_400 };
export const LOGIN_ADDRESS: Rate = { kind: 'rate', limit: 100, periodSeconds: 3600 };
/** Sign-ups per client address: 20 at once, then one every 3 minutes. */
export const SIGNUP_ADDRESS: Rate = { kind: 'rate', limit: 20, periodSeconds: 3600 };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function presentUser(u: Pick<User, 'id' | 'email' | 'name' | 'createdAt'>) {
  return { id: u.id, email: u.email, name: u.name, createdAt: u.createdAt.toISOString() };
}

/** Creates an account with a strong enough password (422 saying why otherwise). A taken email is a 409 (sign-up cannot hide it, as every product's sign-up shows). */
export async function createUser(
  db: Db,
  input: { email: string; password: string; name: string },
): Promise<User> {
  await requireStrongPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  try {
    const [user] = await db
      .insert(users)
      .values({ email: normaliseEmail(input.email), name: input.name.trim(), passwordHash })
      .returning();
    return user!;
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation) throw conflict('An account with this email already exists');
    throw err;
  }
}

/** Opens a session for a user; returns the cookie value (only its hash is stored). */
export async function openSession(
  db: Db,
  userId: string,
  days: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db.insert(sessions).values({ tokenHash: sha256(token), userId, expiresAt });
  return { token, expiresAt };
}

export async function closeSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

/**
 * Checks an email and password from a client address. The attempt is counted before the password is
 * checked (throttle.ts), so concurrent guesses cannot slip past the limit. The error never says whether
 * the email exists: unknown emails are counted and timed like known ones.
 */
export async function authenticate(db: Db, email: string, password: string, ip: string): Promise<User> {
  const normalised = normaliseEmail(email);
  const address = addressKey(ip);
  const pair = `${address} ${normalised}`;
  await db.transaction(async (tx) => {
    // Pair first: an attempt its pair refuses never uses up the address's allowance. One refusal throws,
    // which rolls back the other's count.
    const forPair = await take(tx, 'login', pair, LOGIN_PAIR);
    if (!forPair.ok)
      throw throttled('Too many failed logins for this account from your address', forPair.retryAfter);
    const forAddress = await take(tx, 'login-address', address, LOGIN_ADDRESS);
    if (!forAddress.ok) throw throttled('Too many failed logins from your address', forAddress.retryAfter);
  });
  const [user] = await db.select().from(users).where(eq(users.email, normalised));
  let ok = false;
  if (user) ok = await verifyPassword(user.passwordHash, password);
  else await verifyPassword(await dummyPasswordHash(), password);
  if (!user || !ok) {
    await failed(db, 'login', pair, LOGIN_PAIR);
    await sweep(db);
    throw unauthorized('Invalid email or password');
  }
  await clear(db, 'login', pair);
  await refund(db, 'login-address', address, LOGIN_ADDRESS);
  return user;
}

/**
 * Counts a sign-up from a client address; too many answer 429. Counted before the account is checked, so a
 * sign-up that then fails (weak password, taken email) counts too: the limit also slows probing for emails.
 */
export async function countSignup(db: Db, ip: string): Promise<void> {
  const verdict = await take(db, 'signup', addressKey(ip), SIGNUP_ADDRESS);
  if (!verdict.ok) throw throttled('Too many sign-ups from your address', verdict.retryAfter);
}

/** An authenticated caller, with their role in the workspace asked about (null when not a member). */
export type Caller = Actor & { role: Role | null };

/** Joins the caller's membership of one workspace, so a request authenticates in one query. */
const membershipOf = (workspaceId: string | undefined) =>
  and(
    eq(members.userId, users.id),
    eq(members.workspaceId, workspaceId ?? '00000000-0000-0000-0000-000000000000'),
  );

/** The user behind a session cookie (and their role in a workspace), or undefined when unknown or expired. */
export async function userForSession(
  db: Db,
  token: string,
  workspaceId?: string,
): Promise<Caller | undefined> {
  const [found] = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: members.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(members, membershipOf(workspaceId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, new Date())));
  return found;
}

/** The user behind an API token (and their role in a workspace), or undefined when unknown or revoked. */
export async function userForToken(db: Db, token: string, workspaceId?: string): Promise<Caller | undefined> {
  const [found] = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: members.role,
      tokenId: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(members, membershipOf(workspaceId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)));
  if (!found) return undefined;
  // Record use at most once a minute: a write per request would be wasteful.
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, found.tokenId));
  }
  return { userId: found.userId, name: found.name, email: found.email, role: found.role };
}

export type ApiToken = typeof apiTokens.$inferSelect;

export function presentToken(t: ApiToken) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

/** Creates a personal API token; the token itself is returned once and only its hash is kept. */
export async function createToken(
  db: Db,
  userId: string,
  name: string,
): Promise<{ token: string; record: ApiToken }> {
  const token = newSecret('tdm_');
  const [record] = await db
    .insert(apiTokens)
    .values({ userId, name: name.trim(), tokenHash: sha256(token), prefix: token.slice(0, 8) })
    .returning();
  return { token, record: record! };
}

export async function listTokens(db: Db, userId: string): Promise<ApiToken[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

export async function revokeToken(db: Db, userId: string, tokenId: string): Promise<void> {
  const [done] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (!done) throw notFound('Token');
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [u] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return u;
}

export async function getUser(db: Db, id: string): Promise<User> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  if (!u) throw notFound('User');
  return u;
}
