import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { recordActivity } from '../../core/activity.ts';
import type { Actor, WsCtx } from '../../core/context.ts';
import { type FieldError, invalid } from '../../core/errors.ts';
import { hashPassword, newSecret } from '../../core/secrets.ts';
import type { Db } from '../../db/client.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { normaliseEmail } from '../auth/auth.ts';
import { users } from '../auth/schema.ts';
import { members, workspaces } from '../workspaces/schema.ts';
import { FORMAT, FORMAT_VERSION } from './export.ts';
import { type Row, TABLES, type TableInfo, type TableName } from './tables.ts';

/** The shape of an export document, checked before anything is written. */
const DocumentSchema = z.object({
  format: z.literal(FORMAT, { error: `not a Tandem workspace export (format must be "${FORMAT}")` }),
  formatVersion: z.literal(FORMAT_VERSION, {
    error: `unsupported formatVersion (this Tandem reads ${FORMAT_VERSION})`,
  }),
  exportedAt: z.string(),
  workspace: z.object({ id: z.uuid(), name: z.string().trim().min(1).max(200) }).loose(),
  users: z.array(z.strictObject({ id: z.uuid(), email: z.email(), name: z.string().min(1).max(200) })),
  tables: z.strictObject(
    Object.fromEntries(TABLES.map((t) => [t.name, z.array(t.rowSchema).default([])])) as Record<
      TableName,
      z.ZodDefault<z.ZodArray<z.ZodType<Row>>>
    >,
  ),
});

export type ImportOptions = {
  /** This user (by email) becomes admin of the new workspace; required unless the file has an admin member. */
  ownerEmail?: string;
  /** Name of the new workspace; the exported name by default. */
  name?: string;
};

export type ImportResult = { workspaceId: string; name: string; counts: Record<TableName, number> };

/**
 * Imports an export document as a NEW workspace, in one transaction: validates it first (a bad file writes
 * nothing), matches users by email (creating missing ones with an unusable password), then inserts every
 * table in foreign-key order. Row ids, versions and timestamps are kept (keys are per workspace), and so are
 * activity ids (the sequence is moved past them). What differs in a re-export: the workspace's id (and
 * wherever a row names it), its name when renamed, its timestamps, user ids when the users already existed
 * here under other ids, and one extra activity row recording the import.
 */
export async function importWorkspace(
  db: Db,
  input: unknown,
  options: ImportOptions = {},
): Promise<ImportResult> {
  // Any other JSON file: one clear sentence rather than every field it lacks.
  if (typeof input !== 'object' || input === null || (input as { format?: unknown }).format !== FORMAT)
    throw invalid(`Not a Tandem workspace export: "format" must be "${FORMAT}"`, [
      { path: 'format', message: `must be "${FORMAT}"` },
    ]);
  const parsed = DocumentSchema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldError[] = parsed.error.issues.slice(0, 20).map((i) => ({
      path: i.path.join('.'),
      message: i.message,
    }));
    const first = errors[0]!;
    throw invalid(
      `Not a valid Tandem workspace export: ${first.path ? `${first.path}: ` : ''}${first.message}`,
      errors,
    );
  }
  const doc = parsed.data;
  checkUserReferences(doc.users, doc.tables);
  try {
    return await db.transaction(async (txDb) => {
      const tx = txDb as unknown as Db;
      const userMap = await matchUsers(tx, doc.users);
      const owner = options.ownerEmail ? await ownerOf(tx, options.ownerEmail) : undefined;
      const name = options.name?.trim() || doc.workspace.name;
      const [ws] = await tx.insert(workspaces).values({ name }).returning();
      const workspaceId = ws!.id;
      const counts = {} as Record<TableName, number>;
      for (const info of TABLES) {
        const rows = doc.tables[info.name].map((r) =>
          remapRow(info, r, userMap, doc.workspace.id, workspaceId),
        );
        await insertRows(tx, info, rows);
        counts[info.name] = rows.length;
      }
      if (owner) {
        await tx
          .insert(members)
          .values({ workspaceId, userId: owner.userId, role: 'admin' })
          .onConflictDoUpdate({ target: [members.workspaceId, members.userId], set: { role: 'admin' } });
      } else {
        const admins = doc.tables.members.filter((m) => m.role === 'admin');
        if (admins.length === 0)
          throw invalid('The file has no admin member: name one with the owner email option');
      }
      const actor = owner ?? (await firstAdmin(tx, workspaceId));
      const ctx: WsCtx = { db: tx, actor, workspaceId, role: 'admin' };
      await recordActivity(ctx, {
        entityType: 'workspace',
        entityId: workspaceId,
        action: 'imported',
        changes: { sourceWorkspaceId: { before: null, after: doc.workspace.id } },
      });
      return { workspaceId, name, counts };
    });
  } catch (err) {
    // The document passed its own checks but points at rows it does not contain.
    if (pgCode(err) === PG.foreignKeyViolation || pgCode(err) === PG.uniqueViolation)
      throw invalid(`The file is inconsistent: ${causeMessage(err)}`);
    throw err;
  }
}

/** Every user id a row holds in a foreign-key column must be one of the document's users. */
function checkUserReferences(docUsers: { id: string }[], tables: Record<TableName, Row[]>) {
  const known = new Set(docUsers.map((u) => u.id));
  const errors: FieldError[] = [];
  for (const info of TABLES) {
    tables[info.name].forEach((r, i) => {
      for (const key of info.userColumns) {
        const v = r[key];
        if (typeof v === 'string' && !known.has(v))
          errors.push({
            path: `tables.${info.name}.${i}.${key}`,
            message: `user ${v} is not in the file's users`,
          });
      }
    });
  }
  if (errors.length > 0)
    throw invalid(`Not a valid Tandem workspace export: ${errors[0]!.message}`, errors.slice(0, 20));
}

/** Maps the document's user ids to this database's: same email, same user; missing users are created. */
async function matchUsers(tx: Db, docUsers: { id: string; email: string; name: string }[]) {
  const map = new Map<string, string>();
  if (docUsers.length === 0) return map;
  const emails = docUsers.map((u) => normaliseEmail(u.email));
  const existing = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const byEmail = new Map(existing.map((u) => [u.email, u.id]));
  const missing = docUsers.filter((u) => !byEmail.has(normaliseEmail(u.email)));
  if (missing.length > 0) {
    const takenIds = new Set(
      (
        await tx
          .select({ id: users.id })
          .from(users)
          .where(
            inArray(
              users.id,
              missing.map((u) => u.id),
            ),
          )
      ).map((u) => u.id),
    );
    // A hash of a secret nobody keeps: the account exists for attribution until its owner gets a password.
    const unusable = await hashPassword(newSecret());
    const created = await tx
      .insert(users)
      .values(
        missing.map((u) => ({
          id: takenIds.has(u.id) ? randomUUID() : u.id,
          email: normaliseEmail(u.email),
          name: u.name,
          passwordHash: unusable,
        })),
      )
      .returning({ id: users.id, email: users.email });
    for (const u of created) byEmail.set(u.email, u.id);
  }
  for (const u of docUsers) map.set(u.id, byEmail.get(normaliseEmail(u.email))!);
  return map;
}

async function ownerOf(tx: Db, email: string): Promise<Actor> {
  const [u] = await tx
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  if (!u) throw invalid(`No user has the email ${email}`, [{ path: 'ownerEmail', message: 'unknown user' }]);
  return u;
}

async function firstAdmin(tx: Db, workspaceId: string): Promise<Actor> {
  const [u] = await tx
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(sql`${members.workspaceId} = ${workspaceId} and ${members.role} = 'admin'`)
    .orderBy(users.email)
    .limit(1);
  return u!;
}

function remapRow(
  info: TableInfo,
  row: Row,
  userMap: Map<string, string>,
  fromWs: string,
  toWs: string,
): Row {
  const out: Row = { ...row, workspaceId: toWs };
  for (const key of info.userColumns) {
    const v = row[key];
    if (typeof v === 'string') out[key] = userMap.get(v);
  }
  // Ids of users the file does not name (a former member mentioned long ago) stay as they are.
  for (const key of info.userArrays) {
    const v = row[key];
    if (Array.isArray(v)) out[key] = v.map((id: string) => userMap.get(id) ?? id);
  }
  // Activity (and the like) names the workspace itself as a text entity id.
  for (const [key, value] of Object.entries(out))
    if (value === fromWs && key !== 'workspaceId' && info.columns[key]?.columnType === 'PgText')
      out[key] = toWs;
  return out;
}

/** Rows per INSERT: keeps parameters well below PostgreSQL's 65535 whatever the table's width. */
const chunkSize = (info: TableInfo) =>
  Math.max(1, Math.floor(30_000 / (Object.keys(info.columns).length + 1)));

async function insertRows(tx: Db, info: TableInfo, rows: Row[]) {
  const ordered = info.parentKey ? parentsFirst(rows, info.parentKey) : rows;
  const size = chunkSize(info);
  for (let start = 0; start < ordered.length; start += size) {
    await tx.insert(info.table).values(ordered.slice(start, start + size) as never);
  }
  if (info.serial && rows.length > 0) {
    // Imported serial values may be ahead of this database's sequence: move it past them.
    const table = getTableConfig(info.table).name;
    const column = info.columns[info.serial]!.name;
    await tx.execute(sql`
      select setval(pg_get_serial_sequence(${table}, ${column}),
        greatest(nextval(pg_get_serial_sequence(${table}, ${column})),
                 (select max(${sql.identifier(column)}) from ${sql.identifier(table)})))`);
  }
}

/** Orders rows so each comes after the row its parent key points at (rows of a tree in one table). */
function parentsFirst(rows: Row[], parentKey: string): Row[] {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  const placed = new Set<string>();
  const out: Row[] = [];
  const place = (r: Row, depth: number) => {
    const id = r.id as string;
    if (placed.has(id) || depth > rows.length) return;
    const parent = byId.get(r[parentKey] as string);
    if (parent) place(parent, depth + 1);
    placed.add(id);
    out.push(r);
  };
  for (const r of rows) place(r, 0);
  return out;
}

function causeMessage(err: unknown): string {
  let e: unknown = err;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const detail = (e as { detail?: unknown }).detail;
    if (typeof detail === 'string') return detail;
    e = (e as { cause?: unknown }).cause;
  }
  return err instanceof Error ? err.message : String(err);
}
