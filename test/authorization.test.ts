import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/core/enums.ts';
import { installAccess } from '../src/http/authorize.ts';
import {
  ALL_ROLES,
  anonymous,
  type Client,
  createTestEnv,
  newTeam,
  newUser,
  type Team,
  type TestEnv,
} from './harness.ts';

/**
 * Walks every operation of the OpenAPI document against the ownership matrix the API publishes: the cases
 * come from the document's `x-tandem-access` declarations and from GET /api/v1/ownership, never from a list
 * kept here. Each request carries an empty body: the answer must not depend on it.
 */

type Published =
  | { kind: 'public' }
  | { kind: 'user' }
  | { kind: 'workspace'; artefact: string; action: string; orRule?: string }
  | { kind: 'member'; rule: string; fromBody?: { field: string; action: string } };
type Schema = {
  type?: string;
  format?: string;
  enum?: string[];
  minLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
};
type Param = { in: string; name: string; schema?: { format?: string; enum?: string[]; pattern?: string } };
type Operation = {
  method: string;
  path: string;
  access: Published;
  params: Param[];
  hasBody: boolean;
  body?: Schema;
};
type Rule = {
  artefact: string;
  owners: string[];
  contributors: { role: string; may: string[] }[];
  readers: string[];
  reviewers: string[];
};
type Ownership = { roles: Role[]; adminMayDoEverything: true; artefacts: Rule[] };

let env: TestEnv;
let team: Team;
let stranger: Client;
let operations: Operation[];
let matrix: Ownership;

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Walked');
  stranger = await newUser(env.app, 'Stranger Danger');
  const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  operations = [];
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>))
    for (const [method, op] of Object.entries(ops))
      operations.push({
        method: method.toUpperCase(),
        path,
        access: op['x-tandem-access'],
        params: op.parameters ?? [],
        hasBody: Boolean(op.requestBody),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
  // Deleting the workspace ends the walk: every other case needs it.
  const last = (o: Operation) =>
    o.method === 'DELETE' && o.path === '/api/v1/workspaces/{workspaceId}' ? 1 : 0;
  operations.sort((a, b) => last(a) - last(b));
  matrix = (await anonymous(env.app).get('/api/v1/ownership')).data;
});
afterAll(() => env.close());

/** What the published matrix grants, read as a client would read it. */
function granted(role: Role, artefact: string, action: string): boolean {
  if (role === 'admin') return matrix.adminMayDoEverything;
  const rule = matrix.artefacts.find((a) => a.artefact === artefact);
  if (!rule) throw new Error(`the matrix has no artefact ${artefact}`);
  if (action === 'read') return rule.readers.includes(role);
  if (action === 'review') return rule.reviewers.includes(role);
  if (rule.owners.includes(role)) return true;
  return rule.contributors.some((c) => c.role === role && c.may.includes(action));
}

/** A URL for the operation: the team's workspace (or the one given) and ids of rows that do not exist. */
function urlOf(op: Operation, workspaceId = team.workspaceId): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'workspaceId') return workspaceId;
    const schema = op.params.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
    if (schema.enum) return schema.enum[0]!;
    return schema.format === 'uuid' ? randomUUID() : 'x';
  });
}

const send = (client: Client, op: Operation, url = urlOf(op)) =>
  client.request(op.method as 'GET', url, op.hasBody ? {} : undefined);

/** A body that passes validation: every required field filled from its schema, `set` over it. */
function validBody(schema: Schema, set: Record<string, string>): Record<string, unknown> {
  const value = (p: Schema): unknown =>
    p.enum
      ? p.enum[0]
      : p.format === 'uuid'
        ? randomUUID()
        : p.type === 'integer' || p.type === 'number'
          ? 1
          : 'x'.repeat(Math.max(1, p.minLength ?? 1));
  const body = Object.fromEntries(
    (schema.required ?? []).map((k) => [k, value(schema.properties?.[k] ?? {})]),
  );
  return { ...body, ...set };
}

const describeOp = (op: Operation) => `${op.method} ${op.path}`;
const inWorkspace = (op: Operation) => op.access.kind === 'workspace' || op.access.kind === 'member';
const workspaceNotFound = (res: { statusCode: number; data: any }) =>
  res.statusCode === 404 && res.data?.detail === 'Workspace not found';
/** Past the access check: whatever the domain answers next (400 for the empty body, 404 for a missing row, 2xx). */
const gotThrough = (res: { statusCode: number; data: any }) =>
  res.statusCode !== 401 && res.statusCode !== 403 && !workspaceNotFound(res) && res.statusCode < 500;

/** Cases and failures per group, printed at the end (the figures quoted in reports). */
const tally: Record<string, { cases: number; failures: number }> = {};

describe('access declarations', () => {
  const attempt = async (register: (app: FastifyInstance) => void) => {
    const app = Fastify();
    installAccess(app);
    register(app);
    await app.ready();
  };

  it('refuses to start with an /api route that declares no access, or one its path cannot honour', async () => {
    await expect(attempt((app) => app.get('/api/v1/forgotten', async () => 'x'))).rejects.toThrow(
      /GET \/api\/v1\/forgotten declares no access/,
    );
    await expect(
      attempt((app) =>
        app.get('/api/v1/workspaces/:workspaceId/x', { config: { access: 'user' } }, async () => 'x'),
      ),
    ).rejects.toThrow(/inside a workspace/);
    await expect(
      attempt((app) =>
        app.get(
          '/api/v1/x',
          { config: { access: { artefact: 'product', action: 'read' } } },
          async () => 'x',
        ),
      ),
    ).rejects.toThrow(/without :workspaceId/);
    await expect(attempt((app) => app.get('/elsewhere', async () => 'x'))).resolves.toBeUndefined();
  });

  it('decides before the body is read: even an unparsable body gets 401, 404 or 403', async () => {
    const garbage = (client: Client) =>
      client.request('POST', `${team.ws}/products`, '{"name": nope', { 'content-type': 'application/json' });
    expect((await garbage(anonymous(env.app))).statusCode).toBe(401);
    expect((await garbage(stranger)).statusCode).toBe(404);
    const refused = await garbage(team.viewer);
    expect(refused.statusCode).toBe(403);
    expect(refused.data.ownerRoles).toEqual(['admin', 'product_manager']);
    expect((await garbage(team.product_manager)).statusCode).toBe(400);
  });

  it('has an operation for every artefact of the matrix: no row grants rights on nothing', () => {
    const covered = new Set(
      operations.flatMap((op) => (op.access.kind === 'workspace' ? [op.access.artefact] : [])),
    );
    const bare = matrix.artefacts.map((a) => a.artefact).filter((a) => !covered.has(a));
    expect(bare).toEqual([]);
  });

  it('names who reviews in the matrix: programs by product marketing, not by the marketers who own them', () => {
    const program = matrix.artefacts.find((a) => a.artefact === 'program')!;
    expect(program.owners).toContain('marketer');
    expect(program.reviewers).toEqual(['admin', 'product_marketer']);
    expect(granted('marketer', 'program', 'review')).toBe(false);
  });
});

describe('authorization walk over the OpenAPI document', () => {
  it('finds a declared access on every operation', () => {
    expect(operations.length).toBeGreaterThan(150);
    expect(operations.filter((o) => !o.access).map(describeOp)).toEqual([]);
    expect(operations.filter(inWorkspace).length).toBeGreaterThan(130);
  });

  it('answers 401 without credentials on every operation not declared public', async () => {
    const failures: string[] = [];
    const walked = operations.filter((o) => o.access.kind !== 'public');
    for (const op of walked) {
      const res = await send(anonymous(env.app), op);
      if (res.statusCode !== 401) failures.push(`${describeOp(op)} → ${res.statusCode}`);
    }
    tally.anonymous = { cases: walked.length, failures: failures.length };
    expect(failures).toEqual([]);
  });

  it('answers 404 to a signed-in non-member, and to a malformed workspace id, on every workspace operation', async () => {
    const failures: string[] = [];
    const walked = operations.filter(inWorkspace);
    for (const op of walked) {
      const res = await send(stranger, op);
      if (!workspaceNotFound(res)) failures.push(`non-member ${describeOp(op)} → ${res.statusCode}`);
      const bad = await send(team.admin, op, urlOf(op, 'not-a-uuid'));
      if (!workspaceNotFound(bad)) failures.push(`malformed id ${describeOp(op)} → ${bad.statusCode}`);
    }
    tally.nonMember = { cases: walked.length * 2, failures: failures.length };
    expect(failures).toEqual([]);
  });

  it.each([...ALL_ROLES.filter((r) => r !== 'admin'), 'admin' as const])(
    'gives a %s the right a body names exactly where the matrix says so',
    async (role) => {
      const failures: string[] = [];
      let cases = 0;
      for (const op of operations) {
        const a = op.access;
        if (a.kind !== 'member' || !a.fromBody || !op.body) continue;
        const { field, action } = a.fromBody;
        const kinds = op.body.properties?.[field]?.enum ?? [];
        expect(kinds.length, `${describeOp(op)} names no kinds in ${field}`).toBeGreaterThan(0);
        for (const kind of kinds) {
          cases++;
          const res = await team[role].request(
            op.method as 'POST',
            urlOf(op),
            validBody(op.body, { [field]: kind }),
          );
          const allowed = granted(role, kind, action);
          const where = `${role} ${describeOp(op)} ${field}=${kind} → ${res.statusCode}`;
          if (allowed && !gotThrough(res)) failures.push(`${where}, but the matrix allows ${action}`);
          if (!allowed && res.statusCode !== 403) failures.push(`${where}, but the matrix refuses ${action}`);
        }
      }
      expect(cases).toBeGreaterThan(0);
      tally[`${role} (body)`] = { cases, failures: failures.length };
      expect(failures).toEqual([]);
    },
  );

  // Admins last: their walk ends by deleting the workspace.
  it.each([...ALL_ROLES.filter((r) => r !== 'admin'), 'admin' as const])(
    'lets a %s through exactly where the matrix says so',
    async (role) => {
      const client = team[role];
      const failures: string[] = [];
      const walked = operations.filter(inWorkspace);
      for (const op of walked) {
        const res = await send(client, op);
        const a = op.access;
        const where = `${role} ${describeOp(op)} → ${res.statusCode}`;
        if (
          a.kind === 'member' ||
          (a.kind === 'workspace' && a.orRule && !granted(role, a.artefact, a.action))
        ) {
          // The row or the body decides (declared on the route): the caller must at least get past membership,
          // and a refusal still names who may.
          const refused = res.statusCode === 403;
          if (!(gotThrough(res) || refused)) failures.push(`${where}, expected the domain to decide`);
          if (refused && !res.data?.detail) failures.push(`${where} without a reason`);
          if (a.kind === 'workspace' && !granted(role, a.artefact, 'read'))
            failures.push(`${where}: not even a reader, yet the hook let them through`);
          continue;
        }
        if (a.kind !== 'workspace') continue;
        const allowed = granted(role, a.artefact, a.action);
        if (allowed && !gotThrough(res))
          failures.push(`${where}, but the matrix allows ${a.action} on ${a.artefact}`);
        if (!allowed && res.statusCode !== 403)
          failures.push(`${where}, but the matrix refuses ${a.action} on ${a.artefact}`);
        if (!allowed && res.statusCode === 403 && !(res.data?.ownerRoles ?? []).includes('admin'))
          failures.push(`${where} without naming who may`);
      }
      tally[role] = { cases: walked.length, failures: failures.length };
      expect(failures).toEqual([]);
    },
  );

  afterAll(() => {
    const sum = (k: 'cases' | 'failures') => Object.values(tally).reduce((n, t) => n + t[k], 0);
    console.info(
      `authorization walk: ${operations.length} operations, ${sum('cases')} cases, ${sum('failures')} failures`,
      tally,
    );
  });
});
