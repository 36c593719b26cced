import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect, inject } from 'vitest';
import type { Role } from '../src/core/enums.ts';
import { hashPassword } from '../src/core/secrets.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { createToken } from '../src/modules/auth/auth.ts';
import { users } from '../src/modules/auth/schema.ts';
import {
  type Answer,
  type CallArgs,
  type Method,
  type Operation,
  type PathOf,
  resolveUrl,
} from './openapi.ts';

/**
 * Test harness: a real database (PGlite in memory, or the PostgreSQL server named by
 * TEST_DATABASE_URL) behind the real HTTP app, driven through app.inject.
 */

export type TestEnv = { app: FastifyInstance; database: Database; close(): Promise<void> };

/** A migrated database: the run's own on PostgreSQL, or a fresh copy of the migrated template on PGlite. */
export async function openTestDatabase(): Promise<Database> {
  // Both are made once per run by test/global-setup.ts.
  const url = inject('databaseUrl');
  if (url) return openDatabase({ engine: 'postgres', url, poolSize: 4 });
  const template = inject('pgliteTemplate');
  if (template) return openDatabase({ engine: 'pglite', loadDataDir: new Blob([fs.readFileSync(template)]) });
  const database = await openDatabase({ engine: 'pglite' });
  await migrate(database.db);
  return database;
}

export async function createTestEnv(): Promise<TestEnv> {
  const database = await openTestDatabase();
  const app = await buildApp({
    database,
    config: { logLevel: 'silent', sessionDays: 30, secureCookies: false },
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
/** A unique email per call, so tests never collide on a shared PostgreSQL database. */
export const uniqueEmail = (label = 'user') =>
  `${label}.${Date.now().toString(36)}.${process.pid}.${++counter}@example.test`;

/**
 * A client address of its own for each person signed up, as real people have: sign-ups are limited per
 * address (an IPv6 one by its /64), and test files share one PostgreSQL database (random, so parallel files
 * never share one).
 */
export const uniqueAddress = () =>
  `fd${randomBytes(7)
    .toString('hex')
    .match(/^..|..../g)!
    .join(':')}::1`;

export type Res = LightMyRequestResponse & { body: string; data: any };

/** An HTTP client acting as one user (by API token). */
export class Client {
  constructor(
    readonly app: FastifyInstance,
    readonly token: string | null,
    readonly user: { id: string; email: string; name: string },
  ) {}

  async request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Res> {
    const res = await this.app.inject({
      method,
      url,
      headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...headers },
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
    });
    let data: unknown;
    try {
      data = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      data = undefined;
    }
    return Object.assign(res, { data }) as Res;
  }
  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('PATCH', url, body ?? {}, headers);
  put = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('PUT', url, body ?? {}, headers);
  delete = (url: string, headers?: Record<string, string>) => this.request('DELETE', url, undefined, headers);

  /**
   * The same requests typed from the OpenAPI paths:
   * `client.api.post('/api/v1/workspaces/{workspaceId}/products', { path: { workspaceId }, body: { name } })`.
   */
  readonly api = {
    get: <P extends PathOf<'get'>>(path: P, ...args: CallArgs<Operation<P, 'get'>>) =>
      this.call('get', path, args[0]),
    post: <P extends PathOf<'post'>>(path: P, ...args: CallArgs<Operation<P, 'post'>>) =>
      this.call('post', path, args[0]),
    patch: <P extends PathOf<'patch'>>(path: P, ...args: CallArgs<Operation<P, 'patch'>>) =>
      this.call('patch', path, args[0]),
    put: <P extends PathOf<'put'>>(path: P, ...args: CallArgs<Operation<P, 'put'>>) =>
      this.call('put', path, args[0]),
    delete: <P extends PathOf<'delete'>>(path: P, ...args: CallArgs<Operation<P, 'delete'>>) =>
      this.call('delete', path, args[0]),
  };

  private async call<M extends Method, P extends PathOf<M>>(
    method: M,
    path: P,
    options: { path?: object; query?: object; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<TypedRes<Operation<P, M>>> {
    const url = resolveUrl(path, options);
    const body = method === 'get' || method === 'delete' ? undefined : (options.body ?? {});
    const res = await this.request(
      method.toUpperCase() as InjectOptions['method'],
      url,
      body,
      options.headers,
    );
    return res as unknown as TypedRes<Operation<P, M>>;
  }
}

/**
 * Asserts an answer's status and narrows a typed answer's `data` to that status's body:
 * `expectStatus(res, 201); res.data.id`.
 */
export function expectStatus<R extends { statusCode: number; body: string }, S extends R['statusCode']>(
  res: R,
  status: S,
): asserts res is Extract<R, { statusCode: S }> {
  expect(res.statusCode, res.body).toBe(status);
}

/** An answer of the typed client: `data` follows `statusCode`. */
export type TypedRes<O> = Omit<LightMyRequestResponse, 'statusCode'> & { body: string } & Answer<O>;

/** The password of every test user. */
export const TEST_PASSWORD = 'correct horse battery';

/**
 * Its argon2 hash, computed once per process: hashing it for each of the dozen users a test file makes cost
 * more than the file's own requests. It is a real hash, so these users log in like anyone else.
 */
let testPasswordHash: Promise<string> | undefined;

/**
 * A new user with a fresh API token, written through the same table and token function sign-up and
 * `POST /me/tokens` use (the sign-up route itself is tested in auth.test.ts).
 */
export async function newUser(app: FastifyInstance, name = 'Test User'): Promise<Client> {
  const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await app.db
    .insert(users)
    .values({ email, name, passwordHash: await testPasswordHash })
    .returning({ id: users.id, email: users.email, name: users.name });
  const { token } = await createToken(app.db, user!.id, 'tests');
  return new Client(app, token, user!);
}

/**
 * Signs a person up through the real sign-up route (password strength, sign-up limits), from an address of
 * their own so that test files never share a sign-up budget; returns their email.
 */
export async function signedUp(app: FastifyInstance, label: string): Promise<string> {
  const email = uniqueEmail(label);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { email, password: TEST_PASSWORD, name: label },
    remoteAddress: uniqueAddress(),
  });
  expect(res.statusCode, res.body).toBe(201);
  return email;
}

/** An unauthenticated client. */
export const anonymous = (app: FastifyInstance) => new Client(app, null, { id: '', email: '', name: '' });

export type Team = {
  workspaceId: string;
  ws: string;
  admin: Client;
} & Record<Exclude<Role, 'admin'>, Client>;

/** A workspace with one member of every role; `ws` is its URL prefix. */
export async function newTeam(app: FastifyInstance, name = 'Acme'): Promise<Team> {
  const admin = await newUser(app, 'Ada Admin');
  const created = await admin.post('/api/v1/workspaces', { name });
  if (created.statusCode !== 201) throw new Error(`workspace: ${created.body}`);
  const workspaceId = created.data.id as string;
  const ws = `/api/v1/workspaces/${workspaceId}`;
  const roles = ['product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as const;
  const team = { workspaceId, ws, admin } as Team;
  for (const role of roles) {
    const client = await newUser(app, `${role.replace('_', ' ')} person`);
    await join(admin, client, ws, role);
    team[role] = client;
  }
  return team;
}

/** Membership needs consent: `admin` invites `invitee` to the workspace at `ws`, and the invitee accepts. */
export async function join(admin: Client, invitee: Client, ws: string, role: Role): Promise<void> {
  const invited = await admin.post(`${ws}/members`, { email: invitee.user.email, role });
  if (invited.statusCode !== 202) throw new Error(`invitation: ${invited.body}`);
  const accepted = await invitee.post('/api/v1/invitations/accept', { id: invited.data.invitation.id });
  if (accepted.statusCode !== 200) throw new Error(`accept: ${accepted.body}`);
}

export const ALL_ROLES: Role[] = [
  'admin',
  'product_manager',
  'product_marketer',
  'marketer',
  'sales',
  'viewer',
];
