import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { recordActivity } from '../../core/activity.ts';
import type { Actor, WsCtx } from '../../core/context.ts';
import { type FieldError, invalid } from '../../core/errors.ts';
import type { Role } from '../../core/enums.ts';
import type { Db } from '../../db/client.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { normaliseEmail } from '../auth/auth.ts';
import { users } from '../auth/schema.ts';
import { createInvitation } from '../workspaces/invitations.ts';
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
  workspace: z
    .object({
      id: z.uuid(),
      name: z.string().trim().min(1).max(200),
      requireSecondApprover: z.boolean().optional(),
    })
    .loose(),
  users: z.array(z.strictObject({ id: z.uuid(), email: z.email(), name: z.string().min(1).max(200) })),
  tables: z.strictObject({
    ...(Object.fromEntries(TABLES.map((t) => [t.name, z.array(t.rowSchema).default([])])) as Record<
      TableName,
      z.ZodDefault<z.ZodArray<z.ZodType<Row>>>
    >),
    // Older exports carried them; never imported.
    notifications: z.array(z.unknown()).optional(),
  }),
});

export type ImportOptions = {
  /** The importer: this existing user becomes the new workspace's only member, as admin. */
  ownerEmail: string;
  /** Name of the new workspace; the exported name by default. */
  name?: string;
};

export type ImportResult = {
  workspaceId: string;
  name: string;
  counts: Record<TableName, number>;
  /** People of the file invited with their role (they join only by accepting). */
  invited: number;
  /** What the import left out, a sentence each (a source's domain held by another source). */
  notes: string[];
};

/**
 * Imports an export document as a NEW workspace, in one transaction; a bad file writes nothing. The file is
 * untrusted (anyone signed in may import): it never reaches people or rows outside the new workspace.
 * - The importer is its only member (admin). Every other member of the file gets a pending invitation with
 *   their role; no account is ever created or added.
 * - A row's reference to anyone but the importer becomes their name (the `…Name` column beside the user id),
 *   and user ids inside text and activity details become ids that name no account here.
 * - Every key gets this database's value: uuids are replaced (and every reference to them, whole or inside
 *   text), sequence-backed ids are numbered by this database in the file's order.
 * - Notifications are not part of a workspace document and are ignored if present.
 * What differs in a re-export: ids, user references of non-members, the members (the importer alone), the
 * workspace's name when renamed, and one extra activity row recording the import.
 */
export async function importWorkspace(db: Db, input: unknown, options: ImportOptions): Promise<ImportResult> {
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
      const owner = await ownerOf(tx, options.ownerEmail);
      const name = options.name?.trim() || doc.workspace.name;
      const [ws] = await tx
        .insert(workspaces)
        .values({ name, requireSecondApprover: doc.workspace.requireSecondApprover ?? false })
        .returning();
      const workspaceId = ws!.id;
      await tx.insert(members).values({ workspaceId, userId: owner.userId, role: 'admin' });
      const ctx: WsCtx = { db: tx, actor: owner, workspaceId, role: 'admin' };
      const people = new People(doc.users, owner);
      const ids = new IdMap(doc.workspace.id, workspaceId, people);
      // Every row's new id first, so a reference written as text before its row's table is rewritten too.
      for (const info of TABLES)
        if (info.columns.id?.columnType === 'PgUUID')
          for (const r of doc.tables[info.name]) if (typeof r.id === 'string') ids.id(r.id);
      const counts = {} as Record<TableName, number>;
      const notes: string[] = [];
      for (const info of TABLES) {
        if (info.name === 'members') continue;
        const rows = doc.tables[info.name];
        const ordered = info.serial
          ? [...rows].sort((x, y) => Number(x[info.serial!] ?? 0) - Number(y[info.serial!] ?? 0))
          : rows;
        const remapped = ordered.map((r) => remapRow(info, r, people, ids, workspaceId));
        if (info.importRows) notes.push(...(await info.importRows(tx, remapped)));
        else await insertRows(tx, info, remapped);
        counts[info.name] = rows.length;
      }
      counts.members = 1;
      const invited = await invitePeople(ctx, doc.tables.members, people);
      await recordActivity(ctx, {
        entityType: 'workspace',
        entityId: workspaceId,
        action: 'imported',
        changes: { invited: { before: null, after: invited } },
      });
      return { workspaceId, name, counts, invited, notes };
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

/** The file's people as this import sees them: the importer is themself, anyone else is only a name. */
class People {
  private readonly byId: Map<string, { email: string; name: string }>;
  /** The file's id of the importer, when the file names them. */
  readonly ownerFileIds = new Set<string>();
  constructor(
    docUsers: { id: string; email: string; name: string }[],
    readonly owner: Actor,
  ) {
    this.byId = new Map(docUsers.map((u) => [u.id, { email: normaliseEmail(u.email), name: u.name }]));
    for (const u of docUsers) if (normaliseEmail(u.email) === owner.email) this.ownerFileIds.add(u.id);
  }
  isOwner = (fileId: string) => this.ownerFileIds.has(fileId);
  get = (fileId: string) => this.byId.get(fileId);
  ids = () => [...this.byId.keys()];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The file's uuids → this database's, one fresh uuid per file uuid, so every reference to a row (a foreign
 * key, an activity entity id, a link inside text) follows it. The file's workspace id maps to the new
 * workspace; the importer's user id to their own; anyone else's to an id that names no account.
 */
class IdMap {
  private readonly map = new Map<string, string>();
  constructor(fromWs: string, toWs: string, people: People) {
    this.map.set(fromWs.toLowerCase(), toWs);
    for (const id of people.ids())
      this.map.set(id.toLowerCase(), people.isOwner(id) ? people.owner.userId : randomUUID());
  }
  /** A uuid column's value: always this database's id (a dangling reference stays dangling, never foreign). */
  id(value: string): string {
    const key = value.toLowerCase();
    let mapped = this.map.get(key);
    if (!mapped) {
      mapped = randomUUID();
      this.map.set(key, mapped);
    }
    return mapped;
  }
  /** Text and JSON: uuids already known are rewritten wherever they appear; other text is left as written. */
  text(value: string): string {
    return value.replace(UUID, (m) => this.map.get(m.toLowerCase()) ?? m);
  }
  json(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.json(v));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.json(v)]));
    return value;
  }
}

/** Every member of the file but the importer gets a pending invitation with their role. */
async function invitePeople(ctx: WsCtx, memberRows: Row[], people: People): Promise<number> {
  const seen = new Set([ctx.actor.email]);
  let invited = 0;
  for (const m of memberRows) {
    const person = people.get(m.userId as string);
    if (!person || seen.has(person.email)) continue;
    seen.add(person.email);
    await createInvitation(ctx, { email: person.email, role: m.role as Role });
    invited++;
  }
  return invited;
}

async function ownerOf(tx: Db, email: string): Promise<Actor> {
  const [u] = await tx
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  if (!u) throw invalid(`No user has the email ${email}`, [{ path: 'ownerEmail', message: 'unknown user' }]);
  return u;
}

function remapRow(info: TableInfo, row: Row, people: People, ids: IdMap, workspaceId: string): Row {
  const out: Row = { workspaceId };
  for (const [key, column] of Object.entries(info.columns)) {
    if (!(key in row) || key === info.serial) continue;
    out[key] = remapValue(column, row[key], ids);
  }
  for (const key of info.userColumns) {
    const v = row[key];
    if (typeof v !== 'string') continue;
    const owned = people.isOwner(v);
    out[key] = owned ? people.owner.userId : null;
    out[info.nameColumns[key]!] = owned ? null : people.get(v)!.name;
  }
  // Only the importer can be mentioned: anyone else here is not a member yet.
  for (const key of info.userArrays) {
    const v = row[key];
    if (Array.isArray(v))
      out[key] = (v as string[]).filter((id) => people.isOwner(id)).map(() => people.owner.userId);
  }
  return out;
}

function remapValue(column: PgColumn, value: unknown, ids: IdMap): unknown {
  if (value === null || value === undefined) return value;
  switch (column.columnType) {
    case 'PgUUID':
      return ids.id(value as string);
    case 'PgText':
      return ids.text(value as string);
    case 'PgJsonb':
      return ids.json(value);
    case 'PgArray': {
      const base = (column as unknown as { baseColumn: PgColumn }).baseColumn;
      return (value as unknown[]).map((v) => remapValue(base, v, ids));
    }
    default:
      return value;
  }
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
