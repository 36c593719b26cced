import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import { sha256 } from '../../core/secrets.ts';
import type { WsCtx } from '../../core/context.ts';
import type { Db } from '../../db/client.ts';
import { assertCan } from '../../policies/ownership.ts';
import { releases } from '../releases/schema.ts';
import { workspaces } from '../workspaces/schema.ts';
import { liveCondition } from './publication.ts';
import { releaseNotes } from './schema.ts';

/** Where the public changelog of a slug is served (outside /api: customers read it without an account). */
export const changelogPath = (slug: string) => `/changelog/${slug}`;

export type ChangelogSettings = { enabled: boolean; slug: string | null; path: string | null };

const present = (slug: string | null): ChangelogSettings => ({
  enabled: slug !== null,
  slug,
  path: slug === null ? null : changelogPath(slug),
});

export async function changelogSettings(ctx: WsCtx): Promise<ChangelogSettings> {
  const [w] = await ctx.db
    .select({ slug: workspaces.publicChangelogSlug })
    .from(workspaces)
    .where(eq(workspaces.id, ctx.workspaceId));
  return present(w?.slug ?? null);
}

/** Lower-case ASCII words of a name, hyphenated (accents dropped, "Größe" → "grosse"), at most 40 characters. */
export function slugPrefix(name: string | undefined): string {
  const ascii = (name ?? '')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return ascii || 'changelog';
}

/**
 * A slug is the readable prefix and 10 random base-32 characters (50 bits): an address cannot be guessed,
 * and one that was turned off is never handed to another workspace (it serves nothing, ever again).
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
function newSlug(name: string | undefined): string {
  const suffix = [...randomBytes(10)].map((b) => ALPHABET[b & 31]).join('');
  return `${slugPrefix(name)}-${suffix}`;
}
export const SLUG_PATTERN = /^[a-z0-9-]{1,40}-[a-z2-7]{10}$/;

/**
 * Turns the public changelog address on or off. Turning it on keeps the current address unless a new one is
 * asked for (`renew`, or a different name); off clears it, so the address answers 404 from the next request.
 */
export async function setPublicChangelog(
  ctx: WsCtx,
  input: { enabled: boolean; name?: string; renew?: boolean },
): Promise<ChangelogSettings> {
  assertCan(ctx.role, 'release_note', 'update');
  const [before] = await ctx.db
    .select({ slug: workspaces.publicChangelogSlug })
    .from(workspaces)
    .where(eq(workspaces.id, ctx.workspaceId))
    .for('update');
  const current = before?.slug ?? null;
  const keep =
    current !== null &&
    !input.renew &&
    (input.name === undefined || current.startsWith(`${slugPrefix(input.name)}-`));
  const slug = !input.enabled ? null : keep ? current : newSlug(input.name);
  if (slug === current) return present(current);
  await ctx.db
    .update(workspaces)
    .set({ publicChangelogSlug: slug, updatedAt: new Date() })
    .where(eq(workspaces.id, ctx.workspaceId));
  await recordActivity(ctx, {
    entityType: 'workspace',
    entityId: ctx.workspaceId,
    action: 'updated',
    before: { publicChangelog: current },
    after: { publicChangelog: slug },
  });
  return present(slug);
}

/** What a customer sees of one note: nothing else of the workspace leaves through the public address. */
export type PublicEntry = {
  key: string;
  title: string;
  body: string;
  releaseName: string;
  publishedAt: Date;
};

/**
 * The public changelog of a slug: its live public notes, newest first, or null when no workspace has this
 * address (never existed, or turned off: the two are told apart by nothing).
 */
export async function publicChangelog(db: Db, slug: string, limit = 50): Promise<PublicEntry[] | null> {
  const [w] = await db
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(eq(workspaces.publicChangelogSlug, slug));
  if (!w) return null;
  const rows = await db
    .select({
      id: releaseNotes.id,
      title: releaseNotes.title,
      body: releaseNotes.body,
      publishAt: releaseNotes.publishAt,
      releaseName: releases.name,
    })
    .from(releaseNotes)
    .innerJoin(
      releases,
      and(eq(releases.workspaceId, releaseNotes.workspaceId), eq(releases.id, releaseNotes.releaseId)),
    )
    .where(
      and(
        eq(releaseNotes.workspaceId, w.id),
        eq(releaseNotes.visibility, 'public'),
        liveCondition(new Date()),
      ),
    )
    .orderBy(desc(releaseNotes.publishAt), desc(releaseNotes.id))
    .limit(limit);
  return rows.map((r) => ({
    // An anchor and feed id that is stable per note but is not its id.
    key: sha256(`changelog:${r.id}`).slice(0, 16),
    title: r.title,
    body: r.body,
    releaseName: r.releaseName,
    publishedAt: r.publishAt!,
  }));
}
