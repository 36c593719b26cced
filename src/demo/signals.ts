import { recordActivities } from '../core/activity.ts';
import type { WsCtx } from '../core/context.ts';
import { newSourceKey } from '../modules/sources/sources.ts';
import { goals, signalSettings, sourceDomains, sources } from '../modules/sources/schema.ts';
import { markShippedFeatures } from './adoption.ts';

/**
 * The demo's market-signal definitions: the marketing site (its host under the demo's email domain, since a
 * host belongs to one source across the server), the product app and the billing server, three conversion
 * goals and the attribution settings, and the shipped features' adoption signals (adoption.ts). Events come
 * from the ingestion path after the demo transaction (events.ts), not from here.
 */
export async function buildSignalsDemo(ctx: WsCtx, emailDomain: string): Promise<Record<string, number>> {
  const w = { workspaceId: ctx.workspaceId };
  const site = `northwind.${emailDomain}`;
  const made = await ctx.db
    .insert(sources)
    .values([
      { ...w, name: 'Marketing website', kind: 'website', domains: [site], key: newSourceKey() },
      { ...w, name: 'Northwind app', kind: 'app', key: newSourceKey() },
      { ...w, name: 'Billing server', kind: 'server', key: newSourceKey() },
    ])
    .returning();
  await ctx.db.insert(sourceDomains).values({ ...w, domain: site, sourceId: made[0]!.id });
  const goalRows = await ctx.db
    .insert(goals)
    .values([
      { ...w, name: 'Signed up', event: 'signed_up' },
      { ...w, name: 'Demo requested', event: 'form_submit', filter: { form: 'demo' } },
      { ...w, name: 'Purchase', event: 'purchase', revenueProperty: 'revenue', currency: 'USD' },
    ])
    .returning();
  await ctx.db.insert(signalSettings).values({ ...w, leadEvents: ['form_submit'] });
  await recordActivities(ctx, [
    ...made.map((s) => ({
      entityType: 'source' as const,
      entityId: s.id,
      action: 'created' as const,
      after: { name: s.name, kind: s.kind, domains: s.domains },
    })),
    ...goalRows.map((g) => ({
      entityType: 'goal' as const,
      entityId: g.id,
      action: 'created' as const,
      after: { name: g.name, event: g.event, filter: g.filter, revenueProperty: g.revenueProperty },
    })),
  ]);
  const shipped = await markShippedFeatures(ctx);
  return { sources: made.length, goals: goalRows.length, adoptionSignals: shipped };
}
