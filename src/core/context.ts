import type { Db } from '../db/client.ts';
import type { Role } from './enums.ts';

export type Actor = { userId: string; name: string; email: string };

/** What every domain function receives: a database handle (often a transaction) and who is acting. */
export type Ctx = { db: Db; actor: Actor };

/** A context inside one workspace, with the actor's role there. */
export type WsCtx = Ctx & { workspaceId: string; role: Role };

/** Runs fn in one transaction, handing it a context bound to that transaction. */
export async function inTransaction<C extends { db: Db }, T>(ctx: C, fn: (tx: C) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => fn({ ...ctx, db: tx as unknown as Db }));
}
