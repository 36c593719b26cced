import { randomUUID } from 'node:crypto';
import type { ActivityInput } from '../core/activity.ts';
import type { ActivityEntity } from '../core/enums.ts';
import { recordActivities } from '../core/activity.ts';
import type { WsCtx } from '../core/context.ts';
import type { Db } from '../db/client.ts';
import { users } from '../modules/auth/schema.ts';
import { comments, notifications } from '../modules/comments/schema.ts';
import { contacts, customers } from '../modules/customers/schema.ts';
import { refreshDemand } from '../modules/features/demand.ts';
import { featureFeedback, features } from '../modules/features/schema.ts';
import { feedback } from '../modules/feedback/schema.ts';
import { products } from '../modules/products/schema.ts';
import { releases } from '../modules/releases/schema.ts';
import { rescoreFeatures } from '../modules/scoring/rescore.ts';
import { scoringModels } from '../modules/scoring/schema.ts';
import { members, workspaces } from '../modules/workspaces/schema.ts';
import { COMMENTS } from './data/comments.ts';
import { CUSTOMERS } from './data/customers.ts';
import { FEATURES } from './data/features.ts';
import { FEEDBACK } from './data/feedback.ts';
import { DEMO_WORKSPACE, PEOPLE } from './data/people.ts';
import { PRODUCTS, RELEASES, SCORING } from './data/products.ts';
import { buildDealsDemo } from './deals.ts';
import { buildGtmDemo } from './gtm.ts';
import { type Random, seededRandom } from './random.ts';
import { buildSignalsDemo } from './signals.ts';
import { buildSurveysDemo } from './surveys.ts';
import { buildMetricsDemo } from './metrics.ts';

const DAY = 86_400_000;
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Counts of what the demo creates, for the banner and the tests. */
export type DemoCounts = Record<
  | 'users'
  | 'products'
  | 'customers'
  | 'contacts'
  | 'releases'
  | 'features'
  | 'feedback'
  | 'links'
  | 'comments',
  number
> &
  Record<string, number>;

/**
 * Inserts the whole demo workspace with the given transaction, then derives demand and scores through the
 * same functions the app uses. `now` anchors every relative date (releases, feedback ages).
 */
export async function buildDemo(
  tx: Db,
  passwordHash: string,
  options: { now?: Date; emailDomain?: string } = {},
): Promise<{ workspaceId: string; counts: DemoCounts }> {
  const now = options.now ?? new Date();
  // Tests build copies of the demo beside each other under other domains.
  const domain = options.emailDomain ?? 'demo.tandem';
  const withDomain = (text: string) => text.replaceAll('@demo.tandem', `@${domain}`);
  const people = PEOPLE.map((p) => ({ ...p, email: withDomain(p.email) }));
  const rng = seededRandom(20_240_601);
  const ago = (days: number, jitterHours = 0) =>
    new Date(now.getTime() - days * DAY - Math.floor(rng.next() * jitterHours) * 3_600_000);

  const userIds = Object.fromEntries(PEOPLE.map((p) => [p.key, randomUUID()]));
  const joined = ago(240);
  await tx.insert(users).values(
    people.map((p) => ({
      id: userIds[p.key]!,
      email: p.email,
      name: p.name,
      passwordHash,
      createdAt: joined,
      updatedAt: joined,
    })),
  );
  const [ws] = await tx
    .insert(workspaces)
    .values({ name: DEMO_WORKSPACE, createdAt: joined, updatedAt: joined })
    .returning();
  const workspaceId = ws!.id;
  const w = { workspaceId };
  await tx
    .insert(members)
    .values(PEOPLE.map((p) => ({ ...w, userId: userIds[p.key]!, role: p.role, createdAt: joined })));

  const productIds = Object.fromEntries(PRODUCTS.map((p) => [p.key, randomUUID()]));
  await tx.insert(products).values(
    PRODUCTS.map(({ key, parent, ...fields }) => ({
      ...w,
      ...fields,
      id: productIds[key]!,
      parentId: parent ? productIds[parent]! : null,
      createdAt: ago(230),
      updatedAt: ago(230),
    })),
  );
  await tx
    .insert(scoringModels)
    .values(
      SCORING.map((s) => ({ ...w, productId: productIds[s.product]!, kind: s.kind, criteria: s.criteria })),
    );

  const customerIds = Object.fromEntries(CUSTOMERS.map((c) => [c.key, randomUUID()]));
  const contactRows: Insert<typeof contacts>[] = [];
  const customerRows = CUSTOMERS.map(({ key, contacts: people, ...fields }, i) => {
    for (const person of people) {
      const [first, ...rest] = person.name.replace('Dr. ', '').toLowerCase().split(' ');
      const domain = fields.website.replace('https://www.', '');
      contactRows.push({
        ...w,
        id: randomUUID(),
        customerId: customerIds[key]!,
        name: person.name,
        title: person.title,
        email: `${first}.${rest.join('')}@${domain}`.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      });
    }
    return {
      ...w,
      ...fields,
      id: customerIds[key]!,
      externalId: `CRM-${1001 + i}`,
      createdAt: ago(200 - i * 5),
    };
  });
  await tx.insert(customers).values(customerRows);
  await tx.insert(contacts).values(contactRows);

  const releaseIds = Object.fromEntries(RELEASES.map((r) => [r.key, randomUUID()]));
  await tx.insert(releases).values(
    RELEASES.map((r) => ({
      ...w,
      id: releaseIds[r.key]!,
      productId: productIds.line!,
      name: r.name,
      description: r.description,
      targetDate: isoDay(new Date(now.getTime() + r.daysFromToday * DAY)),
      status: r.status,
      capacity: r.capacity,
      createdAt: ago(120),
      updatedAt: ago(120),
    })),
  );

  const featureIds = Object.fromEntries(FEATURES.map((f) => [f.key, randomUUID()]));
  await tx.insert(features).values(
    FEATURES.map((f, i) => {
      const created = ago(180 - i * 3, 12);
      return {
        ...w,
        id: featureIds[f.key]!,
        productId: productIds[f.product]!,
        title: f.title,
        asA: f.asA,
        iWant: f.iWant,
        soThat: f.soThat,
        acceptanceCriteria: f.acceptanceCriteria,
        status: f.status,
        effort: f.effort,
        releaseId: f.release ? releaseIds[f.release]! : null,
        ownerId: userIds[f.owner]!,
        scoreInputs: f.inputs,
        createdBy: userIds[f.owner]!,
        createdAt: created,
        updatedAt: created,
      };
    }),
  );

  const { feedbackRows, linkRows, feedbackIdByTitle } = feedbackData(rng, ago, w, {
    userIds,
    customerIds,
    contactRows,
    productIds,
    featureIds,
  });
  await tx.insert(feedback).values(feedbackRows);
  await tx.insert(featureFeedback).values(linkRows);

  const byEmail = new Map(people.map((p) => [p.email, userIds[p.key]!]));
  const commentRows: Insert<typeof comments>[] = [];
  const notificationRows: Insert<typeof notifications>[] = [];
  for (const c of COMMENTS) {
    const [entityType, entityId] =
      'feature' in c.on
        ? (['feature', featureIds[c.on.feature]!] as const)
        : (['feedback', feedbackIdByTitle.get(c.on.feedback)!] as const);
    const body = withDomain(c.body);
    const mentions = [...body.matchAll(/(?<![\w.@])@([a-z]+@[a-z0-9.-]+[a-z])/g)].map((m) =>
      byEmail.get(m[1]!)!,
    );
    const id = randomUUID();
    const at = ago(c.daysAgo, 8);
    const authorId = userIds[c.author]!;
    commentRows.push({
      ...w,
      id,
      entityType,
      entityId,
      authorId,
      body,
      mentions,
      createdAt: at,
      updatedAt: at,
    });
    for (const userId of mentions.filter((m) => m !== authorId)) {
      notificationRows.push({
        ...w,
        userId,
        kind: 'mention',
        entityType,
        entityId,
        commentId: id,
        actorId: authorId,
        read: c.daysAgo > 5,
        createdAt: at,
      });
    }
  }
  await tx.insert(comments).values(commentRows);
  await tx.insert(notifications).values(notificationRows);

  const ctx: WsCtx = {
    db: tx,
    actor: { userId: userIds.admin!, name: people[0]!.name, email: people[0]!.email },
    workspaceId,
    role: 'admin',
  };
  const created = (entityType: ActivityEntity, rows: { id?: string; name?: string; title?: string }[]) =>
    rows.map((r): ActivityInput => ({
      entityType,
      entityId: r.id!,
      action: 'created',
      after: { [r.name !== undefined ? 'name' : 'title']: r.name ?? r.title },
    }));
  await recordActivities(ctx, [
    { entityType: 'workspace', entityId: workspaceId, action: 'created', after: { name: DEMO_WORKSPACE } },
    ...created(
      'product',
      PRODUCTS.map((p) => ({ id: productIds[p.key], name: p.name })),
    ),
    ...created('customer', customerRows),
    ...created(
      'release',
      RELEASES.map((r) => ({ id: releaseIds[r.key], name: r.name })),
    ),
    ...created(
      'feature',
      FEATURES.map((f) => ({ id: featureIds[f.key], title: f.title })),
    ),
    ...created(
      'feedback',
      feedbackRows.map((f) => ({ id: f.id, title: f.title })),
    ),
  ]);

  await refreshDemand(ctx, Object.values(featureIds));
  for (const p of PRODUCTS) await rescoreFeatures(ctx, { productId: productIds[p.key]! });

  const gtm = await buildGtmDemo({
    tx,
    ctx,
    now,
    userIds,
    productIds,
    releaseIds,
    releaseDates: Object.fromEntries(
      RELEASES.map((r) => [r.key, isoDay(new Date(now.getTime() + r.daysFromToday * DAY))]),
    ),
    features: FEATURES.map((f) => ({ id: featureIds[f.key]!, status: f.status, release: f.release })),
    feedbackIds: feedbackRows.map((f) => f.id as string),
  });
  const signals = await buildSignalsDemo(ctx, domain);
  const surveyCounts = await buildSurveysDemo(ctx, now);
  const metricsDemo = await buildMetricsDemo(ctx, now);
  // Deals are recorded by the demo's sales rep, as they would be.
  const rep = people.find((p) => p.key === 'sales')!;
  const dealCounts = await buildDealsDemo(
    { ...ctx, role: rep.role, actor: { userId: userIds.sales!, name: rep.name, email: rep.email } },
    { now, productIds },
  );

  return {
    workspaceId,
    counts: {
      users: PEOPLE.length,
      products: PRODUCTS.length,
      customers: CUSTOMERS.length,
      contacts: contactRows.length,
      releases: RELEASES.length,
      features: FEATURES.length,
      // The survey answers' comments are feedback items too.
      feedback: feedbackRows.length + surveyCounts.surveyFeedback!,
      links: linkRows.length,
      comments: commentRows.length,
      ...gtm,
      ...signals,
      ...surveyCounts,
      ...metricsDemo,
      ...dealCounts,
    },
  };
}

const SOURCES = [
  ['sales_call', 5],
  ['support', 4],
  ['survey', 2],
  ['portal', 3],
  ['email', 2],
  ['api', 1],
] as const;

/** Feedback rows with customers, sources, ages and statuses drawn from the seeded generator. */
function feedbackData(
  rng: Random,
  ago: (days: number, jitterHours?: number) => Date,
  w: { workspaceId: string },
  ids: {
    userIds: Record<string, string>;
    customerIds: Record<string, string>;
    contactRows: Insert<typeof contacts>[];
    productIds: Record<string, string>;
    featureIds: Record<string, string>;
  },
) {
  const bigAccounts = CUSTOMERS.filter((c) => c.segment === 'enterprise' || c.segment === 'public_sector');
  const productOf = new Map(FEATURES.map((f) => [f.key, f.product]));
  const feedbackRows: (Insert<typeof feedback> & { id: string; title: string })[] = [];
  const linkRows: Insert<typeof featureFeedback>[] = [];
  const feedbackIdByTitle = new Map<string, string>();
  for (const item of FEEDBACK) {
    const critical = item.links.some((l) => l.importance === 'critical');
    const customer = critical && rng.next() < 0.7 ? rng.pick(bigAccounts) : rng.pick(CUSTOMERS);
    const customerId = ids.customerIds[customer.key]!;
    const people = ids.contactRows.filter((c) => c.customerId === customerId);
    const linked = item.links.length > 0;
    const status =
      item.status ??
      (linked ? (rng.next() < 0.1 ? 'archived' : 'triaged') : rng.next() < 0.8 ? 'new' : 'triaged');
    const created = ago(status === 'new' ? rng.int(0, 20) : rng.int(10, 160), 20);
    const source = rng.weighted(SOURCES);
    const author =
      source === 'sales_call'
        ? 'sales'
        : rng.weighted([
            ['sales', 3],
            ['pmm', 2],
            ['pm', 2],
            ['admin', 1],
          ] as const);
    const id = randomUUID();
    const product = linked ? productOf.get(item.links[0]!.feature)! : undefined;
    feedbackRows.push({
      ...w,
      id,
      title: item.title,
      text: item.text,
      source,
      sentiment: item.sentiment,
      status,
      tags: item.tags,
      productId: product ? ids.productIds[product]! : null,
      customerId,
      contactId: people.length > 0 && rng.next() < 0.7 ? rng.pick(people).id! : null,
      createdBy: ids.userIds[author]!,
      triagedAt: status === 'new' ? null : new Date(created.getTime() + rng.int(1, 72) * 3_600_000),
      createdAt: created,
      updatedAt: created,
    });
    feedbackIdByTitle.set(item.title, id);
    for (const link of item.links) {
      linkRows.push({
        ...w,
        featureId: ids.featureIds[link.feature]!,
        feedbackId: id,
        importance: link.importance,
        createdBy: ids.userIds.pm!,
        createdAt: new Date(created.getTime() + 3_600_000),
      });
    }
  }
  return { feedbackRows, linkRows, feedbackIdByTitle };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
