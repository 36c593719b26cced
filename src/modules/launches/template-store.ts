import { and, eq, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { assertCan } from '../../policies/ownership.ts';
import { launchTemplates, type TemplateTask } from './schema.ts';
import { DEFAULT_TEMPLATES, type Tier, TIERS } from './templates.ts';

export type LaunchTemplate = {
  tier: Tier;
  tasks: TemplateTask[];
  isDefault: boolean;
  version: number | null;
};

/** The task template a tier uses in this workspace: its own if saved, else the built-in default. */
export async function templateFor(ctx: WsCtx, tier: Tier): Promise<TemplateTask[]> {
  const [own] = await ctx.db
    .select({ tasks: launchTemplates.tasks })
    .from(launchTemplates)
    .where(and(eq(launchTemplates.workspaceId, ctx.workspaceId), eq(launchTemplates.tier, tier)));
  return own?.tasks ?? DEFAULT_TEMPLATES[tier];
}

/** The three tiers' templates as this workspace uses them. */
export async function listTemplates(ctx: WsCtx): Promise<LaunchTemplate[]> {
  const own = await ctx.db
    .select()
    .from(launchTemplates)
    .where(eq(launchTemplates.workspaceId, ctx.workspaceId));
  return TIERS.map((tier) => {
    const row = own.find((r) => r.tier === tier);
    return row
      ? { tier, tasks: row.tasks, isDefault: false, version: row.version }
      : { tier, tasks: DEFAULT_TEMPLATES[tier], isDefault: true, version: null };
  });
}

/** Replaces a tier's template for this workspace (launches already created keep their tasks). */
export async function saveTemplate(ctx: WsCtx, tier: Tier, tasks: TemplateTask[]): Promise<LaunchTemplate> {
  assertCan(ctx.role, 'launch', 'update');
  const before = await templateFor(ctx, tier);
  const [row] = await ctx.db
    .insert(launchTemplates)
    .values({ workspaceId: ctx.workspaceId, tier, tasks })
    .onConflictDoUpdate({
      target: [launchTemplates.workspaceId, launchTemplates.tier],
      set: { tasks, version: sql`${launchTemplates.version} + 1`, updatedAt: new Date() },
    })
    .returning();
  await recordActivity(ctx, {
    entityType: 'launch_template',
    entityId: row!.id,
    action: 'updated',
    changes: {
      [`tier${tier}`]: { before: before.length, after: tasks.length },
      tasks: { before, after: tasks },
    },
  });
  return { tier, tasks: row!.tasks, isDefault: false, version: row!.version };
}

/** Drops the workspace's template for a tier, so the built-in default applies again. */
export async function resetTemplate(ctx: WsCtx, tier: Tier): Promise<LaunchTemplate> {
  assertCan(ctx.role, 'launch', 'update');
  const removed = await ctx.db
    .delete(launchTemplates)
    .where(and(eq(launchTemplates.workspaceId, ctx.workspaceId), eq(launchTemplates.tier, tier)))
    .returning();
  if (removed[0])
    await recordActivity(ctx, {
      entityType: 'launch_template',
      entityId: removed[0].id,
      action: 'deleted',
      changes: { tasks: { before: removed[0].tasks, after: DEFAULT_TEMPLATES[tier] } },
    });
  return { tier, tasks: DEFAULT_TEMPLATES[tier], isDefault: true, version: null };
}
