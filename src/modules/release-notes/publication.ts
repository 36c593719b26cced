import { and, eq, inArray, isNotNull, lte, not, sql, type SQL } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { FeatureStatus, ReleaseStatus } from '../../core/enums.ts';
import { type FieldError, invalid } from '../../core/errors.ts';
import { features } from '../features/schema.ts';
import { releases } from '../releases/schema.ts';
import { releaseNoteFeatures, releaseNotes } from './schema.ts';

/**
 * When a release note is live, in one place: its publish time has passed, its release has shipped and every
 * feature it announces has shipped. A note scheduled ahead of its release waits for it (a slipped release
 * never goes out early), and the same rule decides the API's `published` flag, the `published` filter and
 * the public changelog.
 */
export function isLive(
  note: { publishAt: Date | null },
  releaseStatus: ReleaseStatus | undefined,
  featureStatuses: readonly FeatureStatus[],
  now: Date,
): boolean {
  return (
    note.publishAt !== null &&
    note.publishAt <= now &&
    releaseStatus === 'released' &&
    featureStatuses.every((s) => s === 'shipped')
  );
}

/** isLive() as a condition on `release_notes` rows. */
export function liveCondition(now: Date): SQL {
  return and(
    isNotNull(releaseNotes.publishAt),
    lte(releaseNotes.publishAt, now),
    sql`exists (select 1 from ${releases} where ${releases.workspaceId} = ${releaseNotes.workspaceId}
      and ${releases.id} = ${releaseNotes.releaseId} and ${releases.status} = 'released')`,
    not(sql`exists (select 1 from ${releaseNoteFeatures} join ${features}
      on ${features.workspaceId} = ${releaseNoteFeatures.workspaceId} and ${features.id} = ${releaseNoteFeatures.featureId}
      where ${releaseNoteFeatures.workspaceId} = ${releaseNotes.workspaceId}
      and ${releaseNoteFeatures.releaseNoteId} = ${releaseNotes.id} and ${features.status} <> 'shipped')`),
  )!;
}

const label = (s: string) => s.replaceAll('_', ' ');

/**
 * Features a note may name: any of this workspace's features but those it will not do, so a note can be
 * drafted while its features are still planned. Every other id is refused with its path.
 */
export async function assertAnnounceable(ctx: WsCtx, featureIds: readonly string[]): Promise<void> {
  if (featureIds.length === 0) return;
  const found = await ctx.db
    .select({ id: features.id, status: features.status, title: features.title })
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), inArray(features.id, [...new Set(featureIds)])));
  const byId = new Map(found.map((f) => [f.id, f]));
  const errors: FieldError[] = [];
  featureIds.forEach((id, i) => {
    const f = byId.get(id);
    if (!f) errors.push({ path: `featureIds.${i}`, message: `No feature ${id} in this workspace` });
    else if (f.status === 'wont_do')
      errors.push({ path: `featureIds.${i}`, message: `"${f.title}" is marked won't do` });
  });
  if (errors.length > 0) throw invalid('A release note cannot announce these features', errors);
}

/**
 * Refuses to publish now (or to keep live) a note whose release or features have not shipped, naming each
 * one; scheduling for a later time stays possible (the note then waits for them, see isLive).
 */
export async function assertPublishable(
  ctx: WsCtx,
  releaseId: string,
  featureIds: readonly string[],
): Promise<void> {
  const [release] = await ctx.db
    .select({ name: releases.name, status: releases.status, targetDate: releases.targetDate })
    .from(releases)
    .where(and(eq(releases.workspaceId, ctx.workspaceId), eq(releases.id, releaseId)));
  const errors: FieldError[] = [];
  if (release && release.status !== 'released')
    errors.push({
      path: 'releaseId',
      message: `Release "${release.name}" is ${label(release.status)}, not released yet${
        release.status === 'cancelled' ? '' : ': schedule the note for its release date instead'
      }`,
    });
  if (featureIds.length > 0) {
    const found = await ctx.db
      .select({ id: features.id, status: features.status, title: features.title })
      .from(features)
      .where(and(eq(features.workspaceId, ctx.workspaceId), inArray(features.id, [...featureIds])));
    const byId = new Map(found.map((f) => [f.id, f]));
    featureIds.forEach((id, i) => {
      const f = byId.get(id);
      if (f && f.status !== 'shipped')
        errors.push({ path: `featureIds.${i}`, message: `"${f.title}" is ${label(f.status)}, not shipped` });
    });
  }
  if (errors.length > 0)
    throw invalid('A release note is published once its release and features have shipped', errors);
}
