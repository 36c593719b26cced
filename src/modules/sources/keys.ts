import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { row } from '../../db/sql.ts';
import type { SourceRef } from '../events/types.ts';

type Found = {
  workspace_id: string;
  id: string;
  kind: SourceRef['kind'];
  domains: string[];
};

const toRef = (r: Found): SourceRef => ({
  workspaceId: r.workspace_id,
  sourceId: r.id,
  kind: r.kind,
  domains: r.domains,
});

/**
 * The source a write-only key belongs to: its current key, or its previous one until that expires; null for
 * an unknown key or a revoked source. Looked up on every request (ingestion's answer to a revocation is the
 * next request's).
 */
export async function resolveSourceKey(db: Db, key: string): Promise<SourceRef | null> {
  if (!key || key.length > 200) return null;
  const found = await row<Found>(
    db,
    sql`select workspace_id, id, kind, domains from sources
        where revoked_at is null
          and (key = ${key} or (previous_key = ${key} and previous_key_expires_at > now()))
        limit 1`,
  );
  return found ? toRef(found) : null;
}

/**
 * The website source a host name belongs to (Plausible's `domain`, which names no key): exact host, lower
 * case; null when no active website source lists it.
 */
export async function resolveSourceDomain(db: Db, domain: string): Promise<SourceRef | null> {
  const host = domain.trim().toLowerCase();
  if (!host || host.length > 253) return null;
  const found = await row<Found>(
    db,
    sql`select s.workspace_id, s.id, s.kind, s.domains from source_domains d
        join sources s on s.workspace_id = d.workspace_id and s.id = d.source_id
        where d.domain = ${host} and s.revoked_at is null and s.kind = 'website'
        limit 1`,
  );
  return found ? toRef(found) : null;
}
