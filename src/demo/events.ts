import { and, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.ts';
import { rows } from '../db/sql.ts';
import { affiliates } from '../modules/affiliates/schema.ts';
import { signalOf } from '../modules/analytics/signal.ts';
import { campaignLinks, campaigns } from '../modules/campaigns/schema.ts';
import { taggedUrl } from '../modules/campaigns/utm.ts';
import { contacts, customers } from '../modules/customers/schema.ts';
import { domainOf } from '../modules/events/profiles.ts';
import type { IncomingEvent, SourceRef } from '../modules/events/types.ts';
import { createEventSink } from '../modules/events/writer.ts';
import { sources } from '../modules/sources/schema.ts';
import { seatsOf } from './events-app.ts';
import { type PlanInput, planDemoEvents } from './events-plan.ts';
import { seededRandom } from './random.ts';

/**
 * 90 days of the demo's market signals, written THROUGH THE INGESTION PATH: a group-commit writer created on the
 * database exactly as the app creates `app.events` (events/writer.ts: identity merges, visits, traffic
 * classification, email → contact, groups → customers, partitions, day marks for the rollups), fed what the
 * SDKs of the demo's three sources would have sent (events-plan.ts), and closed when done. Runs after the demo
 * transaction (the writer commits in its own transactions), from the start-up seeding (seed.ts).
 *
 * Measured: docs/benchmarks.md "Demo seeding".
 */

export type DemoEventsOptions = {
  now?: Date;
  /** Days of history, today included. */
  days?: number;
  /** Volume: 1 is the demo's (about 30,000 events); tests pass less. */
  scale?: number;
  /** TANDEM_EVENTS_RETENTION_MONTHS, as the app's writer has it. */
  retentionMonths?: number;
};

export type DemoEventsResult = { events: number; stored: number; transactions: number; ms: number };

/** Events handed to the writer at once (it commits up to 5,000 a transaction). */
const CHUNK = 4_000;

export async function seedDemoEvents(
  database: Database,
  workspaceId: string,
  options: DemoEventsOptions = {},
): Promise<DemoEventsResult> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const { refs, input } = await planInput(database.db, workspaceId, {
    now,
    days: options.days ?? 90,
    scale: options.scale ?? 1,
  });
  const writer = createEventSink(database, { retentionMonths: options.retentionMonths, now: () => now });
  const result = { events: 0, stored: 0, transactions: 0, ms: 0 };
  const queued: { source: SourceRef; events: IncomingEvent[] }[] = [];
  let size = 0;
  const flush = async () => {
    // Queued together, the day's requests of the three sources share the writer's transactions.
    const answers = await Promise.all(queued.map((q) => writer.write(q.source, q.events)));
    for (const a of answers) result.stored += a.stored;
    queued.length = 0;
    size = 0;
  };
  try {
    for (const day of planDemoEvents(input, seededRandom(20_241_114))) {
      for (const [kind, events] of [
        ['site', day.site],
        ['app', day.app],
        ['server', day.server],
      ] as const) {
        if (events.length === 0) continue;
        queued.push({ source: refs[kind], events });
        size += events.length;
        result.events += events.length;
      }
      if (size >= CHUNK) await flush();
    }
    await flush();
  } finally {
    await writer.close();
  }
  result.transactions = writer.stats.transactions;
  result.ms = Date.now() - started;
  return result;
}

/** What the plan needs from the demo workspace: its sources, campaigns, partners, customers and shipped features. */
async function planInput(
  db: Db,
  workspaceId: string,
  base: Pick<PlanInput, 'now' | 'days' | 'scale'>,
): Promise<{ refs: Record<'site' | 'app' | 'server', SourceRef>; input: PlanInput }> {
  const ws = workspaceId;
  const found = await db.select().from(sources).where(eq(sources.workspaceId, ws));
  const ref = (kind: 'website' | 'app' | 'server'): SourceRef => {
    const s = found.find((x) => x.kind === kind);
    if (!s) throw new Error(`The demo workspace has no ${kind} source`);
    return { workspaceId: ws, sourceId: s.id, kind: s.kind, domains: s.domains };
  };
  const refs = { site: ref('website'), app: ref('app'), server: ref('server') };

  const campaignRows = await db.select().from(campaigns).where(eq(campaigns.workspaceId, ws));
  const links = await db.select().from(campaignLinks).where(eq(campaignLinks.workspaceId, ws));
  const planCampaigns = campaignRows.map((c) => {
    const tags = { source: c.utmSource, medium: c.utmMedium, campaign: c.utmCampaign };
    const urls = [
      ...(c.landingUrl ? [taggedUrl(c.landingUrl, tags)] : []),
      ...links
        .filter((l) => l.campaignId === c.id)
        .map((l) =>
          taggedUrl(l.destinationUrl, {
            ...tags,
            content: l.utmContent || undefined,
            term: l.utmTerm || undefined,
          }),
        ),
    ];
    return {
      utmCampaign: c.utmCampaign,
      channel: c.channel,
      startDate: c.startDate,
      endDate: c.endDate,
      urls,
    };
  });
  // The site is where the campaigns send people; else the website source's first domain.
  const landing = campaignRows.map((c) => c.landingUrl).find(Boolean);
  const site = landing ? new URL(landing).origin : `https://${refs.site.domains[0] ?? 'www.example.com'}`;

  const partners = await db
    .select({ code: affiliates.referralCode, website: affiliates.website })
    .from(affiliates)
    .where(and(eq(affiliates.workspaceId, ws), eq(affiliates.status, 'active')));

  const customerRows = await db
    .select({ id: customers.id, website: customers.website, segment: customers.segment })
    .from(customers)
    .where(eq(customers.workspaceId, ws))
    .orderBy(customers.createdAt, customers.id);
  const contactRows = await db
    .select({ email: contacts.email, customerId: contacts.customerId })
    .from(contacts)
    .where(eq(contacts.workspaceId, ws))
    .orderBy(contacts.email);
  const domainById = new Map(customerRows.map((c) => [c.id, domainOf(c.website)]));
  const people = contactRows
    .filter((c) => c.email && domainById.get(c.customerId))
    .map((c) => ({ email: c.email!, domain: domainById.get(c.customerId)! }));
  const teams = customerRows
    .filter((c) => domainOf(c.website))
    .map((c) => ({ domain: domainOf(c.website)!, segment: c.segment }));
  const seats = seatsOf(teams, people, base.scale, base.days, seededRandom(20_241_115));
  const onSeats = new Set(seats.map((s) => s.email));

  const shipped = await rows<{
    adoption_event: string | null;
    adoption_filter: unknown;
    adoption_flag: string | null;
    shipped_at: string | Date;
  }>(
    db,
    sql`select f.adoption_event, f.adoption_filter, f.adoption_flag,
          coalesce((select min(a.at) from activity a where a.workspace_id = f.workspace_id
            and a.entity_type = 'feature' and a.entity_id = f.id::text
            and a.changes->'status'->>'after' = 'shipped'), f.updated_at) as shipped_at
        from features f
        where f.workspace_id = ${ws} and f.status = 'shipped'
          and (f.adoption_event is not null or f.adoption_flag is not null)
        order by f.title`,
  );
  const features = shipped.flatMap((f) => {
    const filter = typeof f.adoption_filter === 'string' ? JSON.parse(f.adoption_filter) : f.adoption_filter;
    const signal = signalOf({
      adoptionEvent: f.adoption_event,
      adoptionFilter: filter as Record<string, string> | null,
      adoptionFlag: f.adoption_flag,
    });
    return signal ? [{ signal, shippedAt: new Date(f.shipped_at) }] : [];
  });

  return {
    refs,
    input: {
      ...base,
      site,
      campaigns: planCampaigns,
      affiliates: partners,
      seats,
      // Leads among the contacts are people not already using the app.
      contactEmails: people.map((p) => p.email).filter((e) => !onSeats.has(e)),
      features,
    },
  };
}
