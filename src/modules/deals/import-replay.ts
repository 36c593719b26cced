import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { invalidField } from '../../core/errors.ts';
import { dealImports } from './schema.ts';

/** How long a committed import answers a retry of the same upload instead of importing it again. */
export const DEAL_IMPORT_REPLAY_HOURS = 24;

/** What tells a retry from a new import: the caller's Idempotency-Key, or else the file's content. */
export type ImportClaim = { key: string; contentHash: string };

/**
 * The claim an import takes: by the caller's Idempotency-Key when it sends one (a new key is a new
 * import, even of the same file), else by the content hash of the upload.
 */
export function importClaim(csvText: string, idempotencyKey?: string): ImportClaim {
  const contentHash = createHash('sha256').update(csvText).digest('hex');
  return { key: idempotencyKey ? `key:${idempotencyKey}` : `sha256:${contentHash}`, contentHash };
}

/**
 * Claims an import in the caller's transaction, before anything is written. Returns null when the claim
 * is new (import, then call `settleImport`), or the report of the import that holds it. A concurrent
 * identical upload waits on the primary key until the first commits (then reads its report) or rolls
 * back (then claims it itself), so two identical uploads never both insert.
 */
export async function claimImport<R extends object>(ctx: WsCtx, claim: ImportClaim): Promise<R | null> {
  const ws = ctx.workspaceId;
  await ctx.db
    .delete(dealImports)
    .where(
      and(
        eq(dealImports.workspaceId, ws),
        lt(dealImports.createdAt, sql`now() - make_interval(hours => ${DEAL_IMPORT_REPLAY_HOURS})`),
      ),
    );
  const claimed = await ctx.db
    .insert(dealImports)
    .values({ workspaceId: ws, ...claim, createdBy: ctx.actor.userId })
    .onConflictDoNothing()
    .returning({ key: dealImports.key });
  if (claimed.length > 0) return null;
  const [held] = await ctx.db
    .select()
    .from(dealImports)
    .where(and(eq(dealImports.workspaceId, ws), eq(dealImports.key, claim.key)));
  if (!held) throw new Error('An import claim vanished between its conflict and its read');
  if (held.contentHash !== claim.contentHash)
    throw invalidField(
      'Idempotency-Key',
      'This Idempotency-Key was already used for another file; send a new key for a new file',
    );
  return held.report as R;
}

/** Stores the report a claimed import answered, for its retries. */
export async function settleImport(ctx: WsCtx, claim: ImportClaim, report: object): Promise<void> {
  await ctx.db
    .update(dealImports)
    .set({ report })
    .where(and(eq(dealImports.workspaceId, ctx.workspaceId), eq(dealImports.key, claim.key)));
}
