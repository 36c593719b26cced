import { and, eq, inArray, not, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { FeatureStatus, ReleaseStatus } from '../../core/enums.ts';
import { notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { features } from '../features/schema.ts';
import { releases } from '../releases/schema.ts';
import { assertAnnounceable, assertPublishable, isLive, liveCondition } from './publication.ts';
import { releaseNoteFeatures, releaseNotes } from './schema.ts';

type NoteRow = typeof releaseNotes.$inferSelect;
type Visibility = NoteRow['visibility'];
type LinkedFeature = { id: string; title: string; status: FeatureStatus };
type ReleaseFacts = { name: string; status: ReleaseStatus };

export function presentNote(
  r: NoteRow,
  extra: { release: ReleaseFacts | undefined; features: LinkedFeature[] },
  now = new Date(),
) {
  return {
    id: r.id,
    releaseId: r.releaseId,
    releaseName: extra.release?.name ?? '',
    releaseStatus: extra.release?.status ?? 'planned',
    title: r.title,
    body: r.body,
    visibility: r.visibility,
    publishAt: r.publishAt?.toISOString() ?? null,
    published: isLive(
      r,
      extra.release?.status,
      extra.features.map((f) => f.status),
      now,
    ),
    features: extra.features,
    createdBy: r.createdBy,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type ReleaseNote = ReturnType<typeof presentNote>;

const logged = (r: NoteRow, featureIds: string[]) => ({
  releaseId: r.releaseId,
  title: r.title,
  body: r.body,
  visibility: r.visibility,
  publishAt: r.publishAt,
  featureIds,
});

/** Release names and linked features of a page of notes: two queries for any page. */
async function extrasFor(ctx: WsCtx, rows: NoteRow[]) {
  const ids = rows.map((r) => r.id);
  const releaseIds = [...new Set(rows.map((r) => r.releaseId))];
  const names = new Map<string, ReleaseFacts>();
  const linked = new Map<string, LinkedFeature[]>(ids.map((id) => [id, []]));
  if (rows.length === 0) return { names, linked };
  const found = await ctx.db
    .select({ id: releases.id, name: releases.name, status: releases.status })
    .from(releases)
    .where(and(eq(releases.workspaceId, ctx.workspaceId), inArray(releases.id, releaseIds)));
  for (const r of found) names.set(r.id, { name: r.name, status: r.status });
  const links = await ctx.db
    .select({
      noteId: releaseNoteFeatures.releaseNoteId,
      id: features.id,
      title: features.title,
      status: features.status,
    })
    .from(releaseNoteFeatures)
    .innerJoin(
      features,
      and(
        eq(features.workspaceId, releaseNoteFeatures.workspaceId),
        eq(features.id, releaseNoteFeatures.featureId),
      ),
    )
    .where(
      and(
        eq(releaseNoteFeatures.workspaceId, ctx.workspaceId),
        inArray(releaseNoteFeatures.releaseNoteId, ids),
      ),
    )
    .orderBy(features.title);
  for (const l of links) linked.get(l.noteId)!.push({ id: l.id, title: l.title, status: l.status });
  return { names, linked };
}

async function presentAll(ctx: WsCtx, rows: NoteRow[]): Promise<Map<string, ReleaseNote>> {
  const { names, linked } = await extrasFor(ctx, rows);
  return new Map(
    rows.map((r) => [r.id, presentNote(r, { release: names.get(r.releaseId), features: linked.get(r.id)! })]),
  );
}
const presentOne = async (ctx: WsCtx, row: NoteRow) => (await presentAll(ctx, [row])).get(row.id)!;

export const NOTE_SORTS = ['publishAt', 'createdAt'] as const;
const sortColumn = { publishAt: releaseNotes.publishAt, createdAt: releaseNotes.createdAt };
export type NoteQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  releaseId?: string;
  visibility?: Visibility;
  published?: boolean;
};

/** Release notes, most recently published first (drafts last) unless asked otherwise. */
export async function listNotes(ctx: WsCtx, q: NoteQuery): Promise<Page<ReleaseNote>> {
  const sort = parseSort(q.sort, NOTE_SORTS, '-publishAt');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const now = new Date();
  const conds: (SQL | undefined)[] = [eq(releaseNotes.workspaceId, ctx.workspaceId)];
  if (q.releaseId) conds.push(eq(releaseNotes.releaseId, q.releaseId));
  if (q.visibility) conds.push(eq(releaseNotes.visibility, q.visibility));
  if (q.published === true) conds.push(liveCondition(now));
  if (q.published === false) conds.push(not(liveCondition(now)));
  if (q.cursor) conds.push(afterCursor(column, releaseNotes.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(releaseNotes)
    .where(and(...conds))
    .orderBy(...orderFor(column, releaseNotes.id, sort))
    .limit(q.limit + 1);
  const presented = await presentAll(ctx, fetched);
  return toPage(
    fetched,
    q.limit,
    sort,
    (r) => r[sort.field as keyof typeof sortColumn],
    (r) => presented.get(r.id)!,
  );
}

/** The changelog: live public notes, newest first (what the public address shows, when it is on). */
export function changelog(ctx: WsCtx, q: { limit: number; cursor?: string }): Promise<Page<ReleaseNote>> {
  return listNotes(ctx, { ...q, visibility: 'public', published: true, sort: '-publishAt' });
}

export async function getNote(ctx: WsCtx, id: string): Promise<ReleaseNote> {
  const [r] = await ctx.db
    .select()
    .from(releaseNotes)
    .where(and(eq(releaseNotes.workspaceId, ctx.workspaceId), eq(releaseNotes.id, id)));
  if (!r) throw notFound('Release note');
  return presentOne(ctx, r);
}

async function linkFeatures(ctx: WsCtx, noteId: string, featureIds: readonly string[]) {
  await ctx.db
    .delete(releaseNoteFeatures)
    .where(
      and(
        eq(releaseNoteFeatures.workspaceId, ctx.workspaceId),
        eq(releaseNoteFeatures.releaseNoteId, noteId),
      ),
    );
  const unique = [...new Set(featureIds)];
  if (unique.length > 0)
    await ctx.db
      .insert(releaseNoteFeatures)
      .values(
        unique.map((featureId) => ({ workspaceId: ctx.workspaceId, releaseNoteId: noteId, featureId })),
      );
}

async function featureIdsOf(ctx: WsCtx, noteId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: releaseNoteFeatures.featureId })
    .from(releaseNoteFeatures)
    .where(
      and(
        eq(releaseNoteFeatures.workspaceId, ctx.workspaceId),
        eq(releaseNoteFeatures.releaseNoteId, noteId),
      ),
    );
  return rows.map((r) => r.id).sort();
}

export type NoteInput = {
  releaseId: string;
  title: string;
  body?: string;
  visibility?: Visibility;
  publishAt?: string | null;
  featureIds?: string[];
};
export type NoteUpdate = Partial<NoteInput>;

const toDate = (v: string | null | undefined) =>
  v === undefined ? undefined : v === null ? null : new Date(v);

export async function createNote(ctx: WsCtx, input: NoteInput): Promise<ReleaseNote> {
  assertCan(ctx.role, 'release_note', 'create');
  await assertRef(ctx, releases, input.releaseId, 'releaseId', 'release');
  await assertAnnounceable(ctx, input.featureIds ?? []);
  const { featureIds = [], publishAt, ...fields } = input;
  const at = toDate(publishAt);
  if (at && at <= new Date()) await assertPublishable(ctx, input.releaseId, [...new Set(featureIds)]);
  const [row] = await ctx.db
    .insert(releaseNotes)
    .values({
      ...fields,
      publishAt: at,
      workspaceId: ctx.workspaceId,
      createdBy: ctx.actor.userId,
    })
    .returning();
  await linkFeatures(ctx, row!.id, featureIds);
  await recordActivity(ctx, {
    entityType: 'release_note',
    entityId: row!.id,
    action: 'created',
    after: logged(row!, [...new Set(featureIds)].sort()),
  });
  return presentOne(ctx, row!);
}

/** Edits a note; `featureIds`, when given, replaces the set of announced features. */
export async function updateNote(
  ctx: WsCtx,
  id: string,
  input: NoteUpdate,
  expected?: number,
): Promise<ReleaseNote> {
  assertCan(ctx.role, 'release_note', 'update');
  const before = await lockRow(ctx, releaseNotes, id, 'Release note');
  await checkVersion(ctx, 'release_note', before, expected);
  if (input.releaseId) await assertRef(ctx, releases, input.releaseId, 'releaseId', 'release');
  if (input.featureIds) await assertAnnounceable(ctx, input.featureIds);
  const beforeFeatures = await featureIdsOf(ctx, id);
  const { featureIds, publishAt, ...fields } = input;
  // What the note will be live with, checked when the change touches it and it is (or is to be) live.
  const at = publishAt === undefined ? before.publishAt : toDate(publishAt);
  const touchesLive = publishAt !== undefined || input.releaseId !== undefined || featureIds !== undefined;
  if (touchesLive && at && at <= new Date())
    await assertPublishable(
      ctx,
      input.releaseId ?? before.releaseId,
      featureIds ? [...new Set(featureIds)] : beforeFeatures,
    );
  const [after] = await ctx.db
    .update(releaseNotes)
    .set({ ...fields, ...(publishAt === undefined ? {} : { publishAt: toDate(publishAt) }), ...bump() })
    .where(and(eq(releaseNotes.workspaceId, ctx.workspaceId), eq(releaseNotes.id, id)))
    .returning();
  if (featureIds) await linkFeatures(ctx, id, featureIds);
  const publishing =
    input.publishAt !== undefined && (before.publishAt === null) !== (after!.publishAt === null);
  await recordActivity(ctx, {
    entityType: 'release_note',
    entityId: id,
    action: publishing ? (after!.publishAt ? 'published' : 'unpublished') : 'updated',
    before: logged(before, beforeFeatures),
    after: logged(after!, featureIds ? [...new Set(featureIds)].sort() : beforeFeatures),
  });
  return presentOne(ctx, after!);
}

/**
 * Publishes now (its release and features must have shipped), or schedules for a later time (it then waits
 * for them: see publication.ts).
 */
export const publishNote = (ctx: WsCtx, id: string, at: string | undefined, expected?: number) =>
  updateNote(ctx, id, { publishAt: at ?? new Date().toISOString() }, expected);

/** Takes a note back to draft. */
export const unpublishNote = (ctx: WsCtx, id: string, expected?: number) =>
  updateNote(ctx, id, { publishAt: null }, expected);

export async function deleteNote(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'release_note', 'delete');
  const before = await lockRow(ctx, releaseNotes, id, 'Release note');
  await checkVersion(ctx, 'release_note', before, expected);
  const featureIds = await featureIdsOf(ctx, id);
  await deleteCommentsOn(ctx, 'release_note', id);
  await ctx.db
    .delete(releaseNotes)
    .where(and(eq(releaseNotes.workspaceId, ctx.workspaceId), eq(releaseNotes.id, id)));
  await recordActivity(ctx, {
    entityType: 'release_note',
    entityId: id,
    action: 'deleted',
    before: logged(before, featureIds),
  });
}
