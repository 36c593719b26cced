import { sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { row, rows } from '../../db/sql.ts';

/** A campaign as the marketing dashboard and the metrics read it: what they rank, sum and prorate. */
export type CampaignRow = {
  id: string;
  name: string;
  programId: string;
  utmCampaign: string;
  actualSpend: number;
  plannedSpend: number;
  startDate: string | null;
  endDate: string | null;
};

/** Workspaces whose campaigns are kept per database (a bound on memory: the least recently read go first). */
const KEPT_WORKSPACES = 16;
const kept = new WeakMap<object, Map<string, { stamp: string; list: readonly CampaignRow[] }>>();

/**
 * A workspace's campaigns, kept in this process while their stamp is unchanged: tens of thousands of rows
 * cost more to send and parse on every view (about 150 ms at 50,000) than the stamp costs to read (one pass
 * over the table on the server, nothing sent). The stamp is the count, the sum of the rows' versions (every
 * edit bumps one: core/versioning.ts) and the latest update: a campaign added, edited or deleted changes it.
 * A write between the stamp and the rows leaves newer rows under the older stamp: read again next time.
 * The list is shared: callers must not change it or its rows.
 */
export async function campaignsOf(ctx: WsCtx): Promise<readonly CampaignRow[]> {
  const ws = ctx.workspaceId;
  const stampRow = await row<{ stamp: string }>(
    ctx.db,
    sql`select count(*)::text || '/' || coalesce(sum(c.version), 0)::text || '/' || coalesce(max(c.updated_at)::text, '')
          as stamp
        from campaigns c where c.workspace_id = ${ws}`,
  );
  const stamp = stampRow?.stamp ?? '';
  const byWorkspace = kept.get(ctx.db) ?? kept.set(ctx.db, new Map()).get(ctx.db)!;
  const hit = byWorkspace.get(ws);
  if (hit?.stamp === stamp) {
    byWorkspace.delete(ws);
    byWorkspace.set(ws, hit);
    return hit.list;
  }
  // Plain rows, not the query builder's: tens of thousands of campaigns are mapped here.
  const list = await rows<CampaignRow>(
    ctx.db,
    sql`select c.id, c.name, c.program_id as "programId", c.utm_campaign as "utmCampaign",
          c.actual_spend as "actualSpend", c.planned_spend as "plannedSpend",
          c.start_date::text as "startDate", c.end_date::text as "endDate"
        from campaigns c where c.workspace_id = ${ws}`,
  );
  byWorkspace.delete(ws);
  byWorkspace.set(ws, { stamp, list });
  if (byWorkspace.size > KEPT_WORKSPACES) byWorkspace.delete(byWorkspace.keys().next().value!);
  return list;
}
