import { asc, eq, inArray } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { can, ownersOf } from '../../policies/ownership.ts';
import { users } from '../auth/schema.ts';
import { workspaces } from '../workspaces/schema.ts';
import { type Row, TABLES, type TableName, toJson } from './tables.ts';

export const FORMAT = 'tandem-workspace';
export const FORMAT_VERSION = 1;

/** A whole workspace as one JSON document (see docs in importWorkspace for what a round trip keeps). */
export type WorkspaceDocument = {
  format: typeof FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  exportedAt: string;
  workspace: {
    id: string;
    name: string;
    /** Workspace settings (absent in files from before they existed). */
    requireSecondApprover?: boolean;
    createdAt: string;
    updatedAt: string;
  };
  /** Members and every user a row points at: identity only, never password hashes or tokens. */
  users: { id: string; email: string; name: string }[];
  tables: Record<TableName, Row[]>;
};

/** Exports a workspace: every transferred table's rows, in primary-key order, and the users they name. */
export async function exportWorkspace(db: Db, workspaceId: string): Promise<WorkspaceDocument> {
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!ws) throw notFound('Workspace');
  const tables = {} as Record<TableName, Row[]>;
  const userIds = new Set<string>();
  for (const info of TABLES) {
    const workspaceColumn = (info.table as unknown as { workspaceId: Parameters<typeof eq>[0] }).workspaceId;
    const found = (await db
      .select(info.columns)
      .from(info.table)
      .where(eq(workspaceColumn, workspaceId))
      .orderBy(...info.orderBy.map((c) => asc(c)))) as Row[];
    tables[info.name] = found.map((r) => {
      const out: Row = {};
      for (const [key, column] of Object.entries(info.columns)) out[key] = toJson(column, r[key]);
      for (const key of info.userColumns) if (typeof r[key] === 'string') userIds.add(r[key] as string);
      for (const key of info.userArrays) for (const id of (r[key] as string[] | null) ?? []) userIds.add(id);
      return out;
    });
  }
  const named =
    userIds.size === 0
      ? []
      : await db
          .select({ id: users.id, email: users.email, name: users.name })
          .from(users)
          .where(inArray(users.id, [...userIds]))
          .orderBy(asc(users.email));
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    workspace: {
      id: ws.id,
      name: ws.name,
      requireSecondApprover: ws.requireSecondApprover,
      createdAt: ws.createdAt.toISOString(),
      updatedAt: ws.updatedAt.toISOString(),
    },
    users: named,
    tables,
  };
}

/** The HTTP export: admins only, as the workspace artefact's owner (the export holds members' emails). */
export async function exportWorkspaceAs(ctx: WsCtx): Promise<WorkspaceDocument> {
  if (!can(ctx.role, 'workspace', 'update')) {
    throw forbidden(
      `A ${ctx.role} may not export the workspace: exports are for ${ownersOf('workspace').join(', ')}.`,
      ownersOf('workspace'),
    );
  }
  return exportWorkspace(ctx.db, ctx.workspaceId);
}
