import { and, asc, eq } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { assertCan } from '../../policies/ownership.ts';
import { getCampaignRow } from './campaigns.ts';
import { campaignLinks, type campaigns } from './schema.ts';
import { isHttpUrl, normaliseUtm, taggedUrl } from './utm.ts';

type LinkRow = typeof campaignLinks.$inferSelect;
type CampaignRow = typeof campaigns.$inferSelect;

/** A stored link with its tagged URL, built from the campaign's current UTM values. */
export function presentLink(l: LinkRow, c: CampaignRow) {
  return {
    id: l.id,
    campaignId: l.campaignId,
    label: l.label,
    destinationUrl: l.destinationUrl,
    utmContent: l.utmContent,
    utmTerm: l.utmTerm,
    url: taggedUrl(l.destinationUrl, {
      source: c.utmSource,
      medium: c.utmMedium,
      campaign: c.utmCampaign,
      content: l.utmContent || undefined,
      term: l.utmTerm || undefined,
    }),
    createdAt: l.createdAt.toISOString(),
  };
}
export type CampaignLink = ReturnType<typeof presentLink>;

export async function listLinks(ctx: WsCtx, campaignId: string): Promise<CampaignLink[]> {
  const campaign = await getCampaignRow(ctx, campaignId);
  const rows = await ctx.db
    .select()
    .from(campaignLinks)
    .where(and(eq(campaignLinks.workspaceId, ctx.workspaceId), eq(campaignLinks.campaignId, campaignId)))
    .orderBy(asc(campaignLinks.createdAt), asc(campaignLinks.id));
  return rows.map((l) => presentLink(l, campaign));
}

export type LinkInput = { destinationUrl: string; label?: string; utmContent?: string; utmTerm?: string };

/** Generates a tagged link for a campaign (utm_content and utm_term are normalised like the others). */
export async function createLink(ctx: WsCtx, campaignId: string, input: LinkInput): Promise<CampaignLink> {
  assertCan(ctx.role, 'campaign', 'update');
  const campaign = await getCampaignRow(ctx, campaignId);
  if (!isHttpUrl(input.destinationUrl))
    throw invalidField('destinationUrl', 'The destination must be an absolute http(s) URL');
  const [row] = await ctx.db
    .insert(campaignLinks)
    .values({
      workspaceId: ctx.workspaceId,
      campaignId,
      destinationUrl: input.destinationUrl,
      label: input.label ?? '',
      utmContent: normaliseUtm(input.utmContent ?? ''),
      utmTerm: normaliseUtm(input.utmTerm ?? ''),
    })
    .returning();
  const link = presentLink(row!, campaign);
  await recordActivity(ctx, {
    entityType: 'campaign',
    entityId: campaignId,
    action: 'link_created',
    changes: { link: { before: null, after: { id: link.id, url: link.url } } },
  });
  return link;
}

export async function deleteLink(ctx: WsCtx, campaignId: string, linkId: string): Promise<void> {
  assertCan(ctx.role, 'campaign', 'update');
  await getCampaignRow(ctx, campaignId);
  const removed = await ctx.db
    .delete(campaignLinks)
    .where(
      and(
        eq(campaignLinks.workspaceId, ctx.workspaceId),
        eq(campaignLinks.campaignId, campaignId),
        eq(campaignLinks.id, linkId),
      ),
    )
    .returning();
  if (!removed[0]) throw notFound('Campaign link');
  await recordActivity(ctx, {
    entityType: 'campaign',
    entityId: campaignId,
    action: 'link_deleted',
    changes: { link: { before: { id: linkId, destinationUrl: removed[0].destinationUrl }, after: null } },
  });
}
