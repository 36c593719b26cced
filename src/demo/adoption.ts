import { and, eq, isNull } from 'drizzle-orm';
import type { WsCtx } from '../core/context.ts';
import { activity } from '../modules/activity/schema.ts';
import { columnsOf, type AdoptionSignal } from '../modules/analytics/signal.ts';
import { features } from '../modules/features/schema.ts';
import { releases } from '../modules/releases/schema.ts';

const DAY = 86_400_000;

/**
 * The adoption signal of each shipped demo feature, by title: the event the app sends when someone uses it
 * (one by a PostHog feature flag, so both kinds of signal show). events.ts sends exactly these.
 */
export const ADOPTION_SIGNALS: Record<string, Exclude<AdoptionSignal, null>> = {
  'Scheduled email reports': { event: 'report_scheduled', filter: {} },
  'Threshold alerts on metrics': { event: 'alert_created', filter: {} },
  'Incremental Salesforce sync': { event: 'sync_completed', filter: { connector: 'salesforce' } },
  'Automatic retries with backoff': { event: 'load_retried', filter: {} },
  'White-label themes': { flag: 'white-label-themes' },
  'Tenant isolation with signed tokens': { event: 'embed_token_signed', filter: {} },
};

/** A shipped feature without a release shipped this many days before the earliest released release. */
const UNRELEASED_LEAD_DAYS = 28;

/**
 * In the demo transaction: gives the shipped features without a signal theirs, and records when each became
 * shipped (its release's date) as the status change the adoption view reads (analytics/adoption.ts shippedAt),
 * so the weekly adoption chart starts at the release and the events seeded after it show the rise.
 */
export async function markShippedFeatures(ctx: WsCtx): Promise<number> {
  const ws = ctx.workspaceId;
  const shipped = await ctx.db
    .select({
      id: features.id,
      title: features.title,
      adoptionEvent: features.adoptionEvent,
      adoptionFlag: features.adoptionFlag,
      releaseDate: releases.targetDate,
    })
    .from(features)
    .leftJoin(
      releases,
      and(eq(releases.workspaceId, features.workspaceId), eq(releases.id, features.releaseId)),
    )
    .where(and(eq(features.workspaceId, ws), eq(features.status, 'shipped')));
  const released = await ctx.db
    .select({ day: releases.targetDate })
    .from(releases)
    .where(and(eq(releases.workspaceId, ws), eq(releases.status, 'released')));
  const earliest = released
    .map((r) => r.day)
    .filter((d): d is string => d !== null)
    .sort()[0];
  const fallback = earliest
    ? new Date(Date.parse(`${earliest}T00:00:00Z`) - UNRELEASED_LEAD_DAYS * DAY)
    : new Date(Date.now() - 60 * DAY);
  let marked = 0;
  for (const f of shipped) {
    const signal = ADOPTION_SIGNALS[f.title];
    if (signal && !f.adoptionEvent && !f.adoptionFlag) {
      await ctx.db
        .update(features)
        .set(columnsOf(signal))
        .where(and(eq(features.workspaceId, ws), eq(features.id, f.id), isNull(features.adoptionFlag)));
    }
    // Released at 10:00 UTC on its release day: a time the week of the release contains, whatever the zone.
    const at = f.releaseDate ? new Date(`${f.releaseDate}T10:00:00Z`) : fallback;
    await ctx.db.insert(activity).values({
      workspaceId: ws,
      actorId: ctx.actor.userId,
      at,
      entityType: 'feature',
      entityId: f.id,
      action: 'updated',
      changes: { status: { before: 'in_progress', after: 'shipped' } },
    });
    marked++;
  }
  return marked;
}
