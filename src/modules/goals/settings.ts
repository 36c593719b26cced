import { eq } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { AttributionModel } from '../../core/enums.ts';
import { bump, checkVersion } from '../../core/versioning.ts';
import type { Db } from '../../db/client.ts';
import { assertCan } from '../../policies/ownership.ts';
import { signalSettings } from '../sources/schema.ts';

/** A workspace's attribution settings; version 0 means never saved (the defaults). */
export type SignalSettings = {
  model: AttributionModel;
  lookbackDays: number;
  leadEvents: string[];
  version: number;
  updatedAt: string | null;
};

/** What a workspace that never saved its settings gets (the defaults). */
export const DEFAULT_SIGNAL_SETTINGS = { model: 'last_touch', lookbackDays: 30, leadEvents: [] } as const;

type Row = typeof signalSettings.$inferSelect;
const present = (r: Row | undefined): SignalSettings =>
  r
    ? {
        model: r.model,
        lookbackDays: r.lookbackDays,
        leadEvents: r.leadEvents,
        version: r.version,
        updatedAt: r.updatedAt.toISOString(),
      }
    : { ...DEFAULT_SIGNAL_SETTINGS, leadEvents: [], version: 0, updatedAt: null };

/** The settings attribution reads (no role check: figures are for every member). */
export async function readSignalSettings(db: Db, workspaceId: string): Promise<SignalSettings> {
  const [r] = await db.select().from(signalSettings).where(eq(signalSettings.workspaceId, workspaceId));
  return present(r);
}

export type SettingsInput = { model: AttributionModel; lookbackDays: number; leadEvents: string[] };

/** Saves the settings whole; `expected` is the version read (0 for the defaults). */
export async function saveSignalSettings(
  ctx: WsCtx,
  input: SettingsInput,
  expected?: number,
): Promise<SignalSettings> {
  assertCan(ctx.role, 'attribution_settings', 'update');
  const leadEvents = [...new Set(input.leadEvents)];
  // The first save races another first save on the primary key: the loser then finds the row and its version.
  await ctx.db
    .insert(signalSettings)
    .values({ workspaceId: ctx.workspaceId, version: 0 })
    .onConflictDoNothing();
  const [before] = await ctx.db
    .select()
    .from(signalSettings)
    .where(eq(signalSettings.workspaceId, ctx.workspaceId))
    .for('update');
  await checkVersion(
    ctx,
    'attribution_settings',
    { id: ctx.workspaceId, version: before!.version },
    expected,
  );
  const [after] = await ctx.db
    .update(signalSettings)
    .set({ model: input.model, lookbackDays: input.lookbackDays, leadEvents, ...bump() })
    .where(eq(signalSettings.workspaceId, ctx.workspaceId))
    .returning();
  const shape = (r: Row) => ({ model: r.model, lookbackDays: r.lookbackDays, leadEvents: r.leadEvents });
  await recordActivity(ctx, {
    entityType: 'attribution_settings',
    entityId: ctx.workspaceId,
    action: before!.version === 0 ? 'created' : 'updated',
    before: before!.version === 0 ? null : shape(before!),
    after: shape(after!),
  });
  return present(after);
}
