import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { row } from '../../db/sql.ts';
import type { SourceRef } from '../events/types.ts';

/**
 * The website source serving `domain` (Plausible's `d`), for a tracker installed without a key; null when no
 * live website source lists it. Compared without case and without a leading `www.`, as site owners write
 * domains either way. (Beside sources/keys.ts's resolveSourceKey; a few sources a workspace, so no index.)
 */
export async function resolveSourceDomain(db: Db, domain: string): Promise<SourceRef | null> {
  const bare = domain
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  if (!bare || bare.length > 253) return null;
  const found = await row<{ workspace_id: string; id: string; kind: SourceRef['kind']; domains: string[] }>(
    db,
    sql`select workspace_id, id, kind, domains from sources
        where revoked_at is null and kind = 'website'
          and exists (select 1 from jsonb_array_elements_text(domains) d
                      where regexp_replace(lower(d), '^www\\.', '') = ${bare})
        order by created_at
        limit 1`,
  );
  return found
    ? { workspaceId: found.workspace_id, sourceId: found.id, kind: found.kind, domains: found.domains }
    : null;
}
