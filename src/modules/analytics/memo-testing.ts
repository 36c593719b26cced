import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { WsCtx } from '../../core/context.ts';
import { rows } from '../../db/sql.ts';

/**
 * For tests of memoized figures (memo.ts): a workspace's context, and its day marks and memos set or read
 * behind the API's back.
 */

/** A context acting in the workspace as an admin with no user behind it. */
export const testCtx = (db: Db, workspaceId: string): WsCtx => ({
  db,
  actor: { userId: '00000000-0000-0000-0000-000000000000', name: 'Test', email: 'test@example.test' },
  workspaceId,
  role: 'admin',
});

/** Every day and hour mark of the workspace settled (older than SETTLE), as a writer's marks are an hour later. */
export const settleMarks = async (db: Db, workspaceId: string) => {
  await db.execute(
    sql`update event_day_marks set changed_at = now() - interval '1 hour' where workspace_id = ${workspaceId}`,
  );
  await db.execute(
    sql`update event_hour_marks set changed_at = now() - interval '1 hour' where workspace_id = ${workspaceId}`,
  );
};

/** The writer's mark of an hour (its start, ISO), `age` old. */
export const markHour = (db: Db, workspaceId: string, hour: string, age = '1 hour') =>
  db.execute(
    sql`insert into event_hour_marks (workspace_id, hour, changed_at) values (${workspaceId}, ${hour}::timestamptz, now() - ${age}::interval)
        on conflict (workspace_id, hour) do update set changed_at = excluded.changed_at`,
  );

/** The writer's mark of a day, `age` old. */
export const markDay = (db: Db, workspaceId: string, day: string, age = '1 hour') =>
  db.execute(
    sql`insert into event_day_marks (workspace_id, day, changed_at) values (${workspaceId}, ${day}::date, now() - ${age}::interval)
        on conflict (workspace_id, day) do update set changed_at = excluded.changed_at`,
  );

export const memoCount = async (db: Db, workspaceId: string) =>
  (
    await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from signal_memos where workspace_id = ${workspaceId}`,
    )
  )[0]!.n;

export const forgetMemos = (db: Db, workspaceId: string) =>
  db.execute(sql`delete from signal_memos where workspace_id = ${workspaceId}`);
