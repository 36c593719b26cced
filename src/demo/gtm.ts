import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type ActivityInput, recordActivities } from '../core/activity.ts';
import type { ActivityEntity } from '../core/enums.ts';
import type { WsCtx } from '../core/context.ts';
import type { Db } from '../db/client.ts';
import { battlecards, competitors } from '../modules/competitors/schema.ts';
import { features } from '../modules/features/schema.ts';
import { feedback } from '../modules/feedback/schema.ts';
import { launches, launchTasks, launchTemplates } from '../modules/launches/schema.ts';
import { DEFAULT_TEMPLATES } from '../modules/launches/templates.ts';
import { personaProducts, personas } from '../modules/personas/schema.ts';
import { messaging, positionings } from '../modules/positioning/schema.ts';
import { releaseNoteFeatures, releaseNotes } from '../modules/release-notes/schema.ts';
import { COMPETITORS, PERSONAS } from './data/gtm-market.ts';
import { BATTLECARDS, MESSAGING, POSITIONING } from './data/gtm-words.ts';
import { buildHandoff } from './gtm-handoff.ts';

const DAY = 86_400_000;
type Ids = Record<string, string>;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const inq = (t: Ids, k: string) => t[k]!;

/** What the go-to-market half of the demo builds on, from the product half. */
export type GtmBase = {
  tx: Db;
  ctx: WsCtx;
  now: Date;
  userIds: Ids;
  productIds: Ids;
  releaseIds: Ids;
  releaseDates: Ids;
  /** Features with their status and release key. */
  features: { id: string; status: string; release?: string }[];
  feedbackIds: string[];
};

/**
 * The go-to-market half of the Northwind demo: personas, competitors and battlecards (one stale),
 * positioning and messaging with approved and draft versions, launches with their task lists, release
 * notes, requirements handed to marketing, programs in every state, campaigns with UTM links and a
 * journey, partners and a year of budget (one quarter over). Direct inserts plus 'created' activity.
 */
export async function buildGtmDemo(b: GtmBase): Promise<Record<string, number>> {
  const { tx, ctx, now, userIds } = b;
  const w = { workspaceId: ctx.workspaceId };
  const day = (offset: number) => isoDay(new Date(now.getTime() + offset * DAY));
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const log: ActivityInput[] = [];
  const created = (entityType: ActivityEntity, id: string, after: object) =>
    log.push({ entityType, entityId: id, action: 'created', after });

  // Personas, linked to products; some features and feedback name them.
  const personaIds: Ids = Object.fromEntries(PERSONAS.map((p) => [p.key, randomUUID()]));
  await tx.insert(personas).values(
    PERSONAS.map(({ key, products: _p, ...p }) => ({
      ...w,
      ...p,
      id: personaIds[key]!,
      createdAt: ago(150),
    })),
  );
  await tx
    .insert(personaProducts)
    .values(
      PERSONAS.flatMap((p) =>
        p.products.map((k) => ({ ...w, personaId: personaIds[p.key]!, productId: inq(b.productIds, k) })),
      ),
    );
  for (const p of PERSONAS) created('persona', personaIds[p.key]!, { name: p.name });
  const keys = Object.keys(personaIds);
  for (const [i, f] of b.features.entries())
    if (i % 3 === 0)
      await tx
        .update(features)
        .set({ personaId: personaIds[keys[i % keys.length]!]! })
        .where(eqId(features, ctx.workspaceId, f.id));
  for (const [i, id] of b.feedbackIds.entries())
    if (i % 4 === 0)
      await tx
        .update(feedback)
        .set({ personaId: personaIds[keys[(i / 4) % keys.length]!]! })
        .where(eqId(feedback, ctx.workspaceId, id));

  // Competitors and battlecards.
  const competitorIds: Ids = Object.fromEntries(COMPETITORS.map((c) => [c.key, randomUUID()]));
  await tx
    .insert(competitors)
    .values(COMPETITORS.map(({ key, ...c }) => ({ ...w, ...c, id: competitorIds[key]! })));
  for (const c of COMPETITORS) created('competitor', competitorIds[c.key]!, { name: c.name });
  const cardIds = BATTLECARDS.map(() => randomUUID());
  await tx.insert(battlecards).values(
    BATTLECARDS.map(({ competitor, product, reviewedDaysAgo, ...card }, i) => ({
      ...w,
      ...card,
      id: cardIds[i]!,
      competitorId: competitorIds[competitor]!,
      productId: inq(b.productIds, product),
      lastReviewedOn: reviewedDaysAgo === null ? null : day(-reviewedDaysAgo),
      lastReviewedBy: reviewedDaysAgo === null ? null : userIds.pmm!,
    })),
  );
  cardIds.forEach((id, i) =>
    created('battlecard', id, { competitor: BATTLECARDS[i]!.competitor, product: BATTLECARDS[i]!.product }),
  );

  // Positioning: approved revision 1, revision 2 in review; messaging per persona.
  const line = inq(b.productIds, 'line');
  const [approvedPos, draftPos] = [randomUUID(), randomUUID()];
  await tx.insert(positionings).values([
    {
      ...w,
      id: approvedPos,
      productId: line,
      revision: 1,
      status: 'approved',
      ...POSITIONING.approved,
      createdBy: userIds.pmm!,
      submittedBy: userIds.pmm!,
      submittedAt: ago(70),
      approvedBy: userIds.admin!,
      approvedAt: ago(68),
      createdAt: ago(80),
    },
    {
      ...w,
      id: draftPos,
      productId: line,
      revision: 2,
      status: 'in_review',
      basedOnId: approvedPos,
      ...POSITIONING.approved,
      ...POSITIONING.draft,
      createdBy: userIds.pmm!,
      submittedBy: userIds.pmm!,
      submittedAt: ago(2),
      createdAt: ago(6),
    },
  ]);
  created('positioning', approvedPos, { revision: 1 });
  created('positioning', draftPos, { revision: 2 });
  const messagingIds: Ids = {};
  await tx.insert(messaging).values(
    MESSAGING.map(({ persona, approved, ...copy }) => {
      const id = randomUUID();
      messagingIds[persona] = id;
      created('messaging', id, { persona, revision: 1 });
      return {
        ...w,
        ...copy,
        id,
        productId: line,
        personaId: personaIds[persona]!,
        revision: 1,
        status: approved ? ('approved' as const) : ('draft' as const),
        createdBy: userIds.pmm!,
        approvedBy: approved ? userIds.pmm! : null,
        approvedAt: approved ? ago(40) : null,
      };
    }),
  );

  // Launches of the next two releases, tasks from the tier templates; earlier tasks done, one overdue.
  const launchPlan = [
    {
      key: 'r73',
      name: 'Governance launch (7.3)',
      tier: 1 as const,
      goals: ['40 enterprise trials', '10 analyst mentions'],
    },
    { key: 'r74', name: 'Connectors and embedding (7.4)', tier: 2 as const, goals: ['15 partner sign-ups'] },
  ];
  const launchIds: Ids = {};
  const taskRows: (typeof launchTasks.$inferInsert)[] = [];
  for (const l of launchPlan) {
    const id = randomUUID();
    launchIds[l.key] = id;
    const launchDate = b.releaseDates[l.key]!;
    await tx.insert(launches).values({
      ...w,
      id,
      name: l.name,
      releaseId: b.releaseIds[l.key]!,
      productId: line,
      tier: l.tier,
      launchDate,
      goals: l.goals,
      status: 'in_progress',
      ownerId: userIds.pmm!,
      createdAt: ago(30),
    });
    created('launch', id, { name: l.name, tier: l.tier });
    let overdueLeft = 1;
    DEFAULT_TEMPLATES[l.tier].forEach((t, i) => {
      const dueDate = isoDay(new Date(Date.parse(`${launchDate}T00:00:00Z`) + t.offsetDays * DAY));
      const past = dueDate < day(0);
      const overdue = past && overdueLeft > 0 && t.offsetDays > -20;
      if (overdue) overdueLeft--;
      taskRows.push({
        ...w,
        launchId: id,
        title: t.title,
        description: t.description,
        ownerRole: t.ownerRole,
        offsetDays: t.offsetDays,
        dueDate,
        status: past && !overdue ? 'done' : 'open',
        completedAt: past && !overdue ? new Date(Date.parse(`${dueDate}T12:00:00Z`)) : null,
        position: i + 1,
      });
    });
  }
  await tx.insert(launchTasks).values(taskRows);
  const tier3 = [
    { title: 'Confirm what ships', description: '', ownerRole: 'product_manager' as const, offsetDays: -7 },
    {
      title: 'Changelog entry and release notes',
      description: '',
      ownerRole: 'product_marketer' as const,
      offsetDays: -2,
    },
    { title: 'In-app announcement', description: '', ownerRole: 'marketer' as const, offsetDays: 0 },
    { title: 'Tell account owners', description: '', ownerRole: 'sales' as const, offsetDays: 1 },
  ];
  await tx.insert(launchTemplates).values({ ...w, tier: 3, tasks: tier3 });

  // Release notes of the released release: public and internal.
  const shipped = b.features.filter((f) => f.status === 'shipped' && f.release === 'r72').map((f) => f.id);
  const notes = [
    {
      id: randomUUID(),
      title: 'Scheduled reports and alerts are here',
      visibility: 'public' as const,
      body: 'Schedule any dashboard to **email or Slack**, and get alerted when a metric crosses a threshold.',
    },
    {
      id: randomUUID(),
      title: 'Support notes for 7.2',
      visibility: 'internal' as const,
      body: 'Known issue: alert emails to distribution lists may be delayed by up to 5 minutes.',
    },
  ];
  await tx.insert(releaseNotes).values(
    notes.map((n) => ({
      ...w,
      ...n,
      releaseId: b.releaseIds.r72!,
      publishAt: ago(33),
      createdBy: userIds.pmm!,
    })),
  );
  await tx
    .insert(releaseNoteFeatures)
    .values(shipped.map((featureId) => ({ ...w, releaseNoteId: notes[0]!.id, featureId })));
  for (const n of notes) created('release_note', n.id, { title: n.title });

  const handoff = await buildHandoff(b, { personaIds, launchIds, messagingIds, created });
  await recordActivities(ctx, log);
  return {
    ...handoff,
    personas: PERSONAS.length,
    competitors: COMPETITORS.length,
    battlecards: BATTLECARDS.length,
    launches: launchPlan.length,
    launchTasks: taskRows.length,
  };
}

function eqId(table: PgTable & { workspaceId: PgColumn; id: PgColumn }, workspaceId: string, id: string) {
  return and(eq(table.workspaceId, workspaceId), eq(table.id, id));
}
