import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { rows } from './sql.ts';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

type Journal = { entries: { idx: number; tag: string }[] };

/** An arbitrary constant: the advisory lock that serialises migrations between app processes. */
const MIGRATION_LOCK = 7_264_001;

/**
 * Applies the SQL migrations drizzle-kit wrote to migrations/, in order, each in its own transaction,
 * recording them in tandem_migrations. Forward-only; safe when several processes start at once.
 * Returns the names of the migrations it applied.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta/_journal.json'), 'utf8')) as Journal;
  await db.execute(
    sql`create table if not exists tandem_migrations (name text primary key, applied_at timestamptz not null default now())`,
  );
  const applied: string[] = [];
  for (const entry of [...journal.entries].sort((a, b) => a.idx - b.idx)) {
    const text = fs.readFileSync(path.join(dir, `${entry.tag}.sql`), 'utf8');
    const done = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      const seen = await rows<{ name: string }>(
        tx,
        sql`select name from tandem_migrations where name = ${entry.tag}`,
      );
      if (seen.length > 0) return false;
      for (const statement of text.split('--> statement-breakpoint')) {
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      await tx.execute(sql`insert into tandem_migrations (name) values (${entry.tag})`);
      return true;
    });
    if (done) applied.push(entry.tag);
  }
  return applied;
}
