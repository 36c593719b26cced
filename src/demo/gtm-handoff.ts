import { randomUUID } from 'node:crypto';
import type { ActivityEntity } from '../core/enums.ts';
import { affiliates } from '../modules/affiliates/schema.ts';
import { budgets } from '../modules/budget/schema.ts';
import { campaignLinks, campaigns, touchpoints } from '../modules/campaigns/schema.ts';
import { MEDIUM_BY_CHANNEL, normaliseUtm, SOURCE_BY_CHANNEL } from '../modules/campaigns/utm.ts';
import { comments } from '../modules/comments/schema.ts';
import { programRequirements, programs, requirements } from '../modules/requirements/schema.ts';
import { CAMPAIGNS, PROGRAMS, REQUIREMENTS } from './data/gtm-handoff.ts';
import type { GtmBase } from './gtm.ts';

type Ids = Record<string, string>;
const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The hand-off and marketing half of the demo: requirements (one still unanswered), programs in every
 * state, campaigns with canonical UTM values and links, a journey quoting approved messaging, partners,
 * and this year's budget with one quarter over plan.
 */
export async function buildHandoff(
  b: GtmBase,
  refs: {
    personaIds: Ids;
    launchIds: Ids;
    messagingIds: Ids;
    created: (type: ActivityEntity, id: string, after: object) => void;
  },
): Promise<Record<string, number>> {
  const { tx, ctx, now, userIds } = b;
  const { personaIds, launchIds, messagingIds, created } = refs;
  const w = { workspaceId: ctx.workspaceId };
  const day = (offset: number) => isoDay(new Date(now.getTime() + offset * DAY));
  const line = b.productIds.line!;

  const reqIds: Ids = Object.fromEntries(REQUIREMENTS.map((r) => [r.key, randomUUID()]));
  await tx.insert(requirements).values(
    REQUIREMENTS.map((r) => ({
      ...w,
      id: reqIds[r.key]!,
      title: r.title,
      problem: r.title,
      personaId: personaIds[r.persona]!,
      desiredOutcome: r.outcome,
      successMetric: r.metric,
      priority: r.priority,
      dueDate: day(r.due),
      launchId: r.launch ? launchIds[r.launch]! : null,
      productId: line,
      createdBy: userIds.pmm!,
    })),
  );
  for (const r of REQUIREMENTS) created('requirement', reqIds[r.key]!, { title: r.title });

  const programIds: Ids = Object.fromEntries(PROGRAMS.map((p) => [p.key, randomUUID()]));
  await tx.insert(programs).values(
    PROGRAMS.map((p) => ({
      ...w,
      id: programIds[p.key]!,
      name: p.name,
      description: p.description,
      channels: p.channels,
      ownerId: userIds.marketer!,
      startDate: day(p.start),
      endDate: day(p.end),
      plannedBudget: p.budget,
      status: p.status,
      reviewComment: p.review ?? '',
      reviewedBy: p.status === 'proposed' ? null : userIds.pmm!,
      reviewedAt: p.status === 'proposed' ? null : new Date(now.getTime() + (p.start - 5) * DAY),
    })),
  );
  await tx
    .insert(programRequirements)
    .values(
      PROGRAMS.flatMap((p) =>
        p.reqs.map((r) => ({ ...w, programId: programIds[p.key]!, requirementId: reqIds[r]! })),
      ),
    );
  for (const p of PROGRAMS) created('program', programIds[p.key]!, { name: p.name });

  const campaignIds = CAMPAIGNS.map(() => randomUUID());
  await tx.insert(campaigns).values(
    CAMPAIGNS.map((c, i) => ({
      ...w,
      id: campaignIds[i]!,
      programId: programIds[c.program]!,
      name: c.name,
      channel: c.channel,
      personaId: personaIds[c.persona]!,
      startDate: day(c.start),
      endDate: day(c.end),
      plannedSpend: c.planned,
      actualSpend: c.actual,
      targetMetrics: [{ metric: 'leads', target: Math.round(c.planned / 50) }],
      status: c.status,
      utmSource: SOURCE_BY_CHANNEL[c.channel],
      utmMedium: MEDIUM_BY_CHANNEL[c.channel],
      utmCampaign: normaliseUtm(c.name),
      landingUrl: 'https://northwind.example/semantic-layer',
    })),
  );
  CAMPAIGNS.forEach((c, i) => created('campaign', campaignIds[i]!, { name: c.name }));
  await tx.insert(campaignLinks).values([
    {
      ...w,
      campaignId: campaignIds[0]!,
      label: 'Search ad – guide',
      destinationUrl: 'https://northwind.example/semantic-layer?ref=ads',
      utmContent: 'guide-ad',
      utmTerm: 'semantic-layer',
    },
    {
      ...w,
      campaignId: campaignIds[1]!,
      label: 'Email hero button',
      destinationUrl: 'https://northwind.example/semantic-layer#download',
      utmContent: 'hero-button',
    },
    {
      ...w,
      campaignId: campaignIds[3]!,
      label: 'Calculator',
      destinationUrl: 'https://northwind.example/roi',
    },
  ]);
  const vp = messagingIds.vp_data!;
  await tx.insert(touchpoints).values([
    {
      ...w,
      campaignId: campaignIds[0]!,
      stage: 'awareness',
      position: 1,
      channel: 'paid_search',
      asset: 'Search ad',
      messagingId: vp,
      messageRef: 'headline',
    },
    {
      ...w,
      campaignId: campaignIds[0]!,
      stage: 'consideration',
      position: 2,
      channel: 'website',
      asset: 'Semantic layer guide',
      messagingId: vp,
      messageRef: 'pillar:1',
    },
    {
      ...w,
      campaignId: campaignIds[0]!,
      stage: 'conversion',
      position: 3,
      channel: 'direct_sales',
      asset: 'Demo call',
      messagingId: vp,
      messageRef: 'elevator_pitch',
    },
    {
      ...w,
      campaignId: campaignIds[0]!,
      stage: 'retention',
      position: 4,
      channel: 'email',
      asset: 'Onboarding series',
      messagingId: vp,
      messageRef: 'pillar:2',
    },
    {
      ...w,
      programId: programIds.roi!,
      stage: 'consideration',
      position: 1,
      channel: 'content',
      asset: 'ROI calculator',
    },
  ]);

  const partners = [
    {
      name: 'Datacraft Consulting',
      kind: 'reseller' as const,
      referralCode: 'DATACRAFT',
      commissionModel: 'percentage' as const,
      commissionValue: 20,
      status: 'active' as const,
    },
    {
      name: 'Metric Guild',
      kind: 'affiliate' as const,
      referralCode: 'METRICGUILD-25',
      commissionModel: 'fixed' as const,
      commissionValue: 250,
      status: 'active' as const,
    },
    {
      name: 'Lakeside Integrators',
      kind: 'technology' as const,
      referralCode: 'LAKESIDE',
      commissionModel: 'percentage' as const,
      commissionValue: 10,
      status: 'prospect' as const,
    },
  ];
  const partnerIds = partners.map(() => randomUUID());
  await tx.insert(affiliates).values(
    partners.map((p, i) => ({
      ...w,
      ...p,
      id: partnerIds[i]!,
      website: `https://${p.referralCode.toLowerCase()}.example`,
    })),
  );
  partners.forEach((p, i) => created('affiliate', partnerIds[i]!, { name: p.name }));

  // This year's budget: each campaign's quarter gets a line for its program; the winter push is over plan.
  const lines = new Map<
    string,
    { year: number; quarter: number; programId: string | null; planned: number }
  >();
  for (const c of CAMPAIGNS) {
    const start = new Date(now.getTime() + c.start * DAY);
    const year = start.getUTCFullYear();
    const quarter = Math.floor(start.getUTCMonth() / 3) + 1;
    const key = `${year}-${quarter}-${c.program}`;
    const over = c.program === 'q1' ? 0.8 : 1.25;
    const line = lines.get(key) ?? { year, quarter, programId: programIds[c.program]!, planned: 0 };
    line.planned += Math.round(c.planned * over);
    lines.set(key, line);
  }
  const thisQuarter = { year: now.getUTCFullYear(), quarter: Math.floor(now.getUTCMonth() / 3) + 1 };
  lines.set('pool', { ...thisQuarter, programId: null, planned: 10_000 });
  const budgetRows = [...lines.values()].map((l) => ({
    ...w,
    id: randomUUID(),
    ...l,
    notes: l.programId ? '' : 'Unallocated: events and tests',
  }));
  await tx.insert(budgets).values(budgetRows);
  for (const r of budgetRows)
    created('budget', r.id, { year: r.year, quarter: r.quarter, planned: r.planned });

  await tx.insert(comments).values([
    {
      ...w,
      entityType: 'program',
      entityId: programIds.dbt!,
      authorId: userIds.pmm!,
      body: 'Engineers want to see code: can we add a live webinar?',
      mentions: [],
    },
    {
      ...w,
      entityType: 'launch',
      entityId: launchIds.r73!,
      authorId: userIds.sales!,
      body: 'Three enterprise prospects asked about audit logs this week: this launch lands well.',
      mentions: [],
    },
  ]);

  return {
    requirements: REQUIREMENTS.length,
    programs: PROGRAMS.length,
    campaigns: CAMPAIGNS.length,
    affiliates: partners.length,
    budgets: budgetRows.length,
  };
}
