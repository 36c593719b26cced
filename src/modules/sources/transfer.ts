import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Row } from '../transfer/tables.ts';
import { MAX_DOMAINS, normaliseDomain } from './domains.ts';
import { sourceDomains, sources } from './schema.ts';
import { newSourceKey } from './sources.ts';

/**
 * Inserts imported sources (rows already under the new workspace, without keys): each gets a new key; a
 * domain is kept only while no source holds it, on this server or earlier in the file, and only on a
 * website. What was dropped is said in a note per source.
 */
export async function importSources(tx: Db, rows: Row[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const wanted = rows.map((r) => {
    const listed = Array.isArray(r.domains)
      ? r.domains.filter((d): d is string => typeof d === 'string')
      : [];
    return listed.map((d) => normaliseDomain(d) ?? d);
  });
  const all = [...new Set(wanted.flat())];
  const held = new Set(
    all.length === 0
      ? []
      : (
          await tx
            .select({ domain: sourceDomains.domain })
            .from(sourceDomains)
            .where(inArray(sourceDomains.domain, all))
        ).map((d) => d.domain),
  );
  const notes: string[] = [];
  const claims: { domain: string; workspaceId: string; sourceId: string }[] = [];
  const values = rows.map((r, i) => {
    const kept: string[] = [];
    const dropped: string[] = [];
    for (const domain of wanted[i]!) {
      const free = r.kind === 'website' && normaliseDomain(domain) === domain && !held.has(domain);
      if (free && kept.length < MAX_DOMAINS && !kept.includes(domain)) {
        kept.push(domain);
        held.add(domain);
        claims.push({ domain, workspaceId: r.workspaceId as string, sourceId: r.id as string });
      } else if (!kept.includes(domain)) dropped.push(domain);
    }
    if (dropped.length) {
      const named = dropped.slice(0, 5).map((d) => d.slice(0, 100));
      const more = dropped.length > 5 ? ` and ${dropped.length - 5} more` : '';
      notes.push(
        `Source “${String(r.name).slice(0, 200)}”: ${named.join(', ')}${more} left out (already held by another source, or not a host name a website may have).`,
      );
    }
    return { ...r, domains: kept, key: newSourceKey() };
  });
  await tx.insert(sources).values(values as (typeof sources.$inferInsert)[]);
  if (claims.length) await tx.insert(sourceDomains).values(claims);
  return notes;
}
