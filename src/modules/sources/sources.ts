import { and, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { SourceKind } from '../../core/enums.ts';
import { conflict, invalid, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { newSecret } from '../../core/secrets.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import type { Db } from '../../db/client.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { normaliseDomains } from './domains.ts';
import { sourceDomains, sources } from './schema.ts';

type SourceRow = typeof sources.$inferSelect;

/** A new write-only key: `tdm_` and 32 URL-safe random characters (192 bits). */
export const newSourceKey = () => newSecret('tdm_', 24);

/** How long a rotated key keeps working by default, and at most (a week). */
export const GRACE_HOURS = { default: 24, max: 168 } as const;

/** A source as members see it: every role may read sources, so every role sees the key (it is public). */
export function presentSource(r: SourceRow, now = new Date()) {
  const graceEnds = r.previousKey && r.previousKeyExpiresAt && r.previousKeyExpiresAt > now;
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    domains: r.domains,
    key: r.key,
    /** Until when the key before the last rotation still works; null when it no longer does. */
    previousKeyExpiresAt: graceEnds ? r.previousKeyExpiresAt!.toISOString() : null,
    status: r.revokedAt ? ('revoked' as const) : ('active' as const),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Source = ReturnType<typeof presentSource>;

/** The activity log's view of a source: never a key, current or previous. */
const logged = (r: SourceRow) => ({ name: r.name, kind: r.kind, domains: r.domains, revokedAt: r.revokedAt });

export type SourceInput = { name: string; kind: SourceKind; domains?: string[] };
export type SourceUpdate = { name?: string; domains?: string[] };

/** Checks a source's domains: host names, only on websites, none taken by another source anywhere. */
async function domainsFor(ctx: WsCtx, kind: SourceKind, list: string[], sourceId?: string) {
  const { domains, errors } = normaliseDomains(list);
  if (errors.length) throw invalid(errors[0]!.message, errors);
  if (domains.length && kind !== 'website')
    throw invalidField('domains', 'Only a website source has domains; apps and servers send their key.');
  if (domains.length === 0) return domains;
  const taken = await ctx.db
    .select({ domain: sourceDomains.domain, workspaceId: sourceDomains.workspaceId, name: sources.name })
    .from(sourceDomains)
    .leftJoin(
      sources,
      and(eq(sources.workspaceId, sourceDomains.workspaceId), eq(sources.id, sourceDomains.sourceId)),
    )
    .where(
      and(
        inArray(sourceDomains.domain, domains),
        ...(sourceId ? [ne(sourceDomains.sourceId, sourceId)] : []),
      ),
    );
  if (taken.length) throw domainsTaken(ctx, domains, taken);
  return domains;
}

/** 409 on the field; the name of the holding source only when it is in the caller's own workspace. */
function domainsTaken(
  ctx: WsCtx,
  domains: string[],
  taken: { domain: string; workspaceId: string; name: string | null }[],
) {
  const errors = taken.map((t) => ({
    path: `domains.${domains.indexOf(t.domain)}`,
    message:
      t.workspaceId === ctx.workspaceId
        ? `${t.domain} already belongs to the source “${t.name}”.`
        : `${t.domain} already belongs to a source in another workspace.`,
  }));
  return conflict(errors[0]!.message, { errors });
}

/** Runs a write whose unique rules (domain, key) a concurrent write may have claimed first. */
async function unique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict('A domain was claimed by another source at the same moment; try again', {
        errors: [{ path: 'domains', message: 'Claimed by another source at the same moment.' }],
      });
    throw err;
  }
}

async function claimDomains(db: Db, workspaceId: string, sourceId: string, domains: string[]) {
  if (domains.length === 0) return;
  await db.insert(sourceDomains).values(domains.map((domain) => ({ domain, workspaceId, sourceId })));
}

export const SOURCE_SORTS = ['name', 'createdAt'] as const;
const sortColumn = { name: sources.name, createdAt: sources.createdAt };
export type SourceQuery = { limit: number; cursor?: string; sort?: string; kind?: SourceKind };

export async function listSources(ctx: WsCtx, q: SourceQuery): Promise<Page<Source>> {
  const sort = parseSort(q.sort, SOURCE_SORTS, 'name');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: (SQL | undefined)[] = [eq(sources.workspaceId, ctx.workspaceId)];
  if (q.kind) conds.push(eq(sources.kind, q.kind));
  if (q.cursor) conds.push(afterCursor(column, sources.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(sources)
    .where(and(...conds))
    .orderBy(...orderFor(column, sources.id, sort))
    .limit(q.limit + 1);
  return toPage(
    fetched,
    q.limit,
    sort,
    (r) => r[sort.field as keyof typeof sortColumn],
    (r) => presentSource(r),
  );
}

export async function getSource(ctx: WsCtx, id: string): Promise<Source> {
  const [r] = await ctx.db
    .select()
    .from(sources)
    .where(and(eq(sources.workspaceId, ctx.workspaceId), eq(sources.id, id)));
  if (!r) throw notFound('Source');
  return presentSource(r);
}

/** Adds a source with a fresh key. */
export async function createSource(ctx: WsCtx, input: SourceInput): Promise<Source> {
  assertCan(ctx.role, 'source', 'create');
  const domains = await domainsFor(ctx, input.kind, input.domains ?? []);
  const [row] = await unique(async () => {
    const inserted = await ctx.db
      .insert(sources)
      .values({
        workspaceId: ctx.workspaceId,
        name: input.name,
        kind: input.kind,
        domains,
        key: newSourceKey(),
      })
      .returning();
    await claimDomains(ctx.db, ctx.workspaceId, inserted[0]!.id, domains);
    return inserted;
  });
  await recordActivity(ctx, {
    entityType: 'source',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentSource(row!);
}

/** Renames a source or changes its domains (a revoked source too: its domains can be freed). */
export async function updateSource(
  ctx: WsCtx,
  id: string,
  input: SourceUpdate,
  expected?: number,
): Promise<Source> {
  assertCan(ctx.role, 'source', 'update');
  const before = await lockRow(ctx, sources, id, 'Source');
  await checkVersion(ctx, 'source', before, expected);
  const domains = input.domains ? await domainsFor(ctx, before.kind, input.domains, id) : before.domains;
  const [after] = await unique(async () => {
    if (input.domains) {
      await ctx.db
        .delete(sourceDomains)
        .where(and(eq(sourceDomains.workspaceId, ctx.workspaceId), eq(sourceDomains.sourceId, id)));
      await claimDomains(ctx.db, ctx.workspaceId, id, domains);
    }
    return ctx.db
      .update(sources)
      .set({ ...(input.name !== undefined ? { name: input.name } : {}), domains, ...bump() })
      .where(and(eq(sources.workspaceId, ctx.workspaceId), eq(sources.id, id)))
      .returning();
  });
  await recordActivity(ctx, {
    entityType: 'source',
    entityId: id,
    action: 'updated',
    before: logged(before),
    after: logged(after!),
  });
  return presentSource(after!);
}

/**
 * Replaces the key. The old one keeps working for `graceHours` (0: stops at once), so pages and apps can be
 * redeployed with the new key; a key from an earlier rotation still in its grace stops now.
 */
export async function rotateSourceKey(
  ctx: WsCtx,
  id: string,
  graceHours: number = GRACE_HOURS.default,
  expected?: number,
): Promise<Source> {
  assertCan(ctx.role, 'source', 'update');
  const before = await lockRow(ctx, sources, id, 'Source');
  await checkVersion(ctx, 'source', before, expected);
  if (before.revokedAt)
    throw invalid('This source is revoked and takes no events; add a new source instead.');
  const expires = graceHours > 0 ? new Date(Date.now() + graceHours * 3_600_000) : null;
  const [after] = await ctx.db
    .update(sources)
    .set({
      key: newSourceKey(),
      previousKey: expires ? before.key : null,
      previousKeyExpiresAt: expires,
      ...bump(),
    })
    .where(and(eq(sources.workspaceId, ctx.workspaceId), eq(sources.id, id)))
    .returning();
  await recordActivity(ctx, {
    entityType: 'source',
    entityId: id,
    action: 'key_rotated',
    changes: { previousKeyWorksUntil: { before: null, after: expires?.toISOString() ?? null } },
  });
  return presentSource(after!);
}

/** Revokes a source for good: its keys (current and previous) stop at once; its events stay. */
export async function revokeSource(ctx: WsCtx, id: string, expected?: number): Promise<Source> {
  assertCan(ctx.role, 'source', 'update');
  const before = await lockRow(ctx, sources, id, 'Source');
  await checkVersion(ctx, 'source', before, expected);
  if (before.revokedAt) return presentSource(before);
  const [after] = await ctx.db
    .update(sources)
    .set({ revokedAt: new Date(), previousKey: null, previousKeyExpiresAt: null, ...bump() })
    .where(and(eq(sources.workspaceId, ctx.workspaceId), eq(sources.id, id)))
    .returning();
  await recordActivity(ctx, {
    entityType: 'source',
    entityId: id,
    action: 'revoked',
    before: logged(before),
    after: logged(after!),
  });
  return presentSource(after!);
}

/**
 * Deletes a source: its key stops at once and its domains are freed. The events it sent are kept (they
 * carry the source id, no foreign key) and still count in results.
 */
export async function deleteSource(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'source', 'delete');
  const before = await lockRow(ctx, sources, id, 'Source');
  await checkVersion(ctx, 'source', before, expected);
  // source_domains rows follow by their cascade.
  await ctx.db.delete(sources).where(and(eq(sources.workspaceId, ctx.workspaceId), eq(sources.id, id)));
  await recordActivity(ctx, {
    entityType: 'source',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}
