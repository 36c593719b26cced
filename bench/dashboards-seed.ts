import { sql } from 'drizzle-orm';
import type { WsCtx } from '../src/core/context.ts';
import type { Database } from '../src/db/client.ts';
import { buildMetricsDemo } from '../src/demo/metrics.ts';
import { personId } from './signals-seed.ts';

/**
 * What the issue-14 dashboards read beyond the events (bench/signals-seed.ts makes those), made with
 * generate_series on top of a signals workspace: products with releases, shipped features whose adoption
 * signal matches the generated `feature_used` events, a launch per release (linked through a requirement to
 * three programs, so launch reach has campaigns), personas, customers with contacts, competitors, surveys of
 * every kind, survey answers with realistic score spreads, deals, budget lines, and the demo's metrics with
 * targets (src/demo/metrics.ts, the same code `npm start` runs).
 *
 * Survey answers are bulk-inserted, not sent through recordAnswer (surveys/answers.ts): one call an answer is
 * several statements and a feedback item, minutes for 100,000 answers, and nothing here measures writing. The
 * loop's outcome is reproduced instead: a comment (every open answer and a fifth of the scored ones: ~30 % of
 * all) becomes a survey feedback item with the sentiment and tags of its band, the answer points at it, and a
 * detractor of a customer with revenue is flagged.
 */

export type DashboardsScale = { answers: number; deals: number; customers: number; products: number };

export const dashboardsScale = (small: boolean): DashboardsScale =>
  small
    ? { answers: 5_000, deals: 500, customers: 200, products: 3 }
    : { answers: 100_000, deals: 3_000, customers: 2_000, products: 4 };

const COMMENTS = `array[
  'Exports to spreadsheet are too slow for our team',
  'Onboarding was confusing and the docs felt thin',
  'Pricing is too high for a small team like ours',
  'Love the dashboards, they save us hours every week',
  'The Salesforce sync breaks every few days',
  'Search is fast and finds what I need',
  'Missing an integration with our data warehouse',
  'Support answered quickly and fixed the export issue',
  'Reports are hard to share with leadership',
  'Permissions are too coarse for an enterprise rollout',
  'The roadmap view is exactly what we needed',
  'Mobile layout is cramped and slow to load'
]`;

async function step(label: string, work: () => Promise<unknown>) {
  const t = Date.now();
  process.stdout.write(`  ${label}…`);
  await work();
  process.stdout.write(` ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

export async function seedDashboards(
  database: Database,
  ctx: WsCtx,
  s: DashboardsScale,
  persons: number,
): Promise<Record<string, number>> {
  const ws = ctx.workspaceId;
  const user = ctx.actor.userId;
  const x = (q: ReturnType<typeof sql>) => ctx.db.execute(q);
  await step('products, releases, shipped features, launches', async () => {
    await x(sql`insert into products (workspace_id, name)
      select ${ws}, 'Bench product ' || i from generate_series(1, ${s.products}) i`);
    // Three releases a product, shipped 100, 60 and 20 days ago: adoption before/after their dates has data.
    await x(sql`insert into releases (workspace_id, product_id, name, target_date, status)
      select ${ws}, p.id, p.name || ' release ' || r, current_date - (140 - 40 * r), 'released'
      from products p cross join generate_series(1, 3) r where p.workspace_id = ${ws}`);
    // Eight shipped features a release, each with the adoption signal of one generated `feature_used` value.
    await x(sql`insert into features (workspace_id, product_id, release_id, title, status, adoption_event, adoption_filter)
      select ${ws}, r.product_id, r.id, r.name || ' feature ' || f, 'shipped', 'feature_used',
        jsonb_build_object('feature', 'feature-' || ((row_number() over (order by r.name, f)) % 40))
      from releases r cross join generate_series(1, 8) f where r.workspace_id = ${ws}`);
    await x(sql`insert into launches (workspace_id, name, release_id, product_id, tier, launch_date, status)
      select ${ws}, 'Launch of ' || r.name, r.id, r.product_id, 1 + (row_number() over (order by r.name)) % 3,
        r.target_date, 'launched'
      from releases r where r.workspace_id = ${ws}`);
    await x(sql`insert into requirements (workspace_id, title, problem, launch_id, product_id)
      select ${ws}, 'Requirement of ' || l.name, 'Buyers need it', l.id, l.product_id
      from launches l where l.workspace_id = ${ws}`);
    await x(sql`insert into program_requirements (workspace_id, program_id, requirement_id)
      select ${ws}, p.id, q.id from requirements q cross join generate_series(1, 3) k
      cross join lateral (select id from programs where workspace_id = ${ws}
        order by hashint8(hashtext(q.id::text) + k) limit 1) p
      where q.workspace_id = ${ws}
      on conflict do nothing`);
    await x(sql`insert into budgets (workspace_id, year, quarter, program_id, planned)
      select ${ws}, extract(year from q)::int, extract(quarter from q)::int, p.id, 20000 + (hashtext(p.id::text) & 16383)
      from programs p cross join generate_series(date_trunc('quarter', now()) - interval '15 months',
        date_trunc('quarter', now()), interval '3 months') q where p.workspace_id = ${ws}`);
  });
  await step(`personas, ${s.customers.toLocaleString()} customers with contacts, competitors`, async () => {
    await x(sql`insert into personas (workspace_id, name)
      select ${ws}, (array['Ops lead','Head of product','Marketing manager','Developer','CFO','Founder'])[i]
      from generate_series(1, 6) i`);
    await x(sql`insert into customers (workspace_id, name, segment, plan, annual_revenue)
      select ${ws}, 'Customer ' || lpad(i::text, 5, '0'),
        (array['smb','mid_market','enterprise','public_sector','startup','other'])[1 + i % 6],
        (array['free','pro','business'])[1 + i % 3],
        case when i % 10 < 3 then 0 else 1000 * (1 + hashint8(i) % 500) end
      from generate_series(1, ${s.customers}) i`);
    await x(sql`insert into contacts (workspace_id, customer_id, name, email)
      select ${ws}, c.id, c.name || ' contact ' || k, lower(replace(c.name, ' ', '')) || '.' || k || '@example.test'
      from customers c cross join generate_series(1, 2) k where c.workspace_id = ${ws}`);
    await x(sql`insert into competitors (workspace_id, name)
      select ${ws}, (array['Productboard','Aha!','Linear','Jira Product Discovery','airfocus','Craft.io'])[i]
      from generate_series(1, 6) i`);
  });
  await step('surveys', () =>
    // Per product: a general NPS, an NPS per launch, two per persona, CSAT, CES and an open question.
    x(sql`insert into surveys (workspace_id, name, kind, product_id, launch_id, persona_id, question, created_by)
      select ${ws}, p.name || ' ' || v.kind || coalesce(' ' || l.name, '') || coalesce(' ' || pe.name, ''), v.kind,
        p.id, l.id, pe.id, 'How likely are you to recommend us?', ${user}
      from products p
      cross join lateral (values ('nps', 0, 0), ('csat', 0, 0), ('ces', 0, 0), ('open', 0, 0),
        ('nps', 1, 0), ('nps', 2, 0), ('nps', 3, 0), ('nps', 0, 1), ('nps', 0, 2)) v(kind, li, pi)
      left join lateral (select id, name from launches where workspace_id = ${ws} and product_id = p.id
        order by launch_date offset greatest(v.li - 1, 0) limit 1) l on v.li > 0
      left join lateral (select id, name from personas where workspace_id = ${ws}
        order by name offset (hashtext(p.id::text) & 3) + v.pi limit 1) pe on v.pi > 0
      where p.workspace_id = ${ws}`),
  );
  await step(`${s.answers.toLocaleString()} survey answers, comments as feedback`, async () => {
    // Staged once, then feedback and answers read it: the answer points at its feedback item.
    await database.exec(`drop table if exists bench_aa`);
    await x(sql`create unlogged table bench_aa as
      with sv as (select row_number() over (order by id) - 1 as k, s.* from surveys s where s.workspace_id = ${ws}),
      cu as (select array_agg(id order by name) ids, count(*)::int n from customers where workspace_id = ${ws}),
      co as (select array_agg(ct.id order by c.name, ct.name) ids from contacts ct
        join customers c on c.workspace_id = ct.workspace_id and c.id = ct.customer_id where ct.workspace_id = ${ws}),
      a as (
        select i, h, sv.id as survey_id, sv.kind, sv.product_id, sv.launch_id, sv.persona_id,
          case sv.kind
            when 'nps' then (array[0,1,2,3,4,5,6,6,7,7,8,8,8,9,9,9,9,10,10,10])[1 + (h / 3) % 20]
            when 'csat' then (array[1,2,3,3,4,4,4,5,5,5])[1 + (h / 3) % 10]
            when 'ces' then (array[1,2,3,4,4,5,5,6,6,7])[1 + (h / 3) % 10]
          end as score,
          sv.kind = 'open' or (h / 7) % 5 = 0 as commented,
          case when (h / 11) % 10 < 7 then ((h / 13) % cu.n)::int end as ci,
          ((h / 19) % 2)::int as cj,
          case when (h / 23) % 10 < 6 then 1 + (h / 29) % ${persons} end as p,
          now() - make_interval(secs => ((h / 31) % (365 * 86400))::double precision) as at
        from (select i, hashint8(i) & 2147483647 as h from generate_series(1, ${s.answers}) i) g
        join sv on sv.k = g.h % (select count(*) from sv)
        cross join cu
      )
      select a.*, cu.ids[a.ci + 1] as customer_id, co.ids[2 * a.ci + a.cj + 1] as contact_id,
        case when a.commented then gen_random_uuid() end as feedback_id,
        case when a.commented then (${sql.raw(COMMENTS)})[1 + (a.h / 37) % 12] end as comment,
        case when a.kind = 'open' then 0
          when a.kind = 'nps' then case when a.score >= 9 then 1 when a.score >= 7 then 0 else -1 end
          when a.kind = 'csat' then case when a.score >= 4 then 1 when a.score = 3 then 0 else -1 end
          else case when a.score >= 5 then 1 when a.score = 4 then 0 else -1 end end as band
      from a cross join cu cross join co`);
    await x(sql`insert into feedback (workspace_id, id, title, text, source, sentiment, status, tags, product_id,
        customer_id, contact_id, persona_id, flag, created_at, updated_at)
      select ${ws}, a.feedback_id, upper(a.kind) || coalesce(' ' || a.score, '') || ': ' || left(a.comment, 60), a.comment,
        'survey', (array['negative','neutral','positive'])[a.band + 2], case when a.i % 3 = 0 then 'triaged' else 'new' end,
        array['survey', a.kind, (array['detractor','passive','promoter'])[a.band + 2]], a.product_id, a.customer_id,
        a.contact_id, a.persona_id,
        case when a.band = -1 and c.annual_revenue > 0 then 'revenue_detractor' end, a.at, a.at
      from bench_aa a left join customers c on c.workspace_id = ${ws} and c.id = a.customer_id
      where a.commented`);
    await x(sql`insert into survey_answers (workspace_id, survey_id, kind, product_id, launch_id, persona_id, score,
        comment, channel, distinct_id, person_id, contact_id, customer_id, feedback_id, answered_at, created_at)
      select ${ws}, survey_id, kind, product_id, launch_id, persona_id, score, coalesce(comment, ''),
        (array['page','snippet','api','posthog'])[1 + i % 4], case when p is not null then 'd' || p end,
        case when p is not null then ${sql.raw(personId('p'))} end, contact_id, customer_id, feedback_id, at, at
      from bench_aa`);
    await database.exec('drop table bench_aa');
  });
  await step(`${s.deals.toLocaleString()} deals`, () =>
    x(sql`insert into deals (workspace_id, name, customer_id, account_name, segment, product_id, amount, outcome,
        competitor_id, reason, closed_on, created_by)
      select ${ws}, 'Deal ' || i, case when h % 2 = 0 then cu.ids[1 + (h / 3) % cu.n] end, 'Account ' || (h % 997),
        case when h % 2 = 1 then (array['smb','mid_market','enterprise','startup'])[1 + (h / 5) % 4] end,
        pr.ids[1 + (h / 7) % cardinality(pr.ids)], 5000 + (h / 11) % 95000,
        (array['won','won','won','won','lost','lost','lost','lost','lost','no_decision'])[1 + (h / 13) % 10],
        case when (h / 17) % 5 > 0 then cp.ids[1 + (h / 19) % cardinality(cp.ids)] end,
        (array['price','product_fit','missing_feature','ease_of_use','integration','support','relationship','timing','budget','other'])[1 + (h / 23) % 10],
        current_date - ((h / 29) % 365)::int, ${user}
      from (select i, hashint8(i) & 2147483647 as h from generate_series(1, ${s.deals}) i) g,
        (select array_agg(id order by name) ids, count(*)::int n from customers where workspace_id = ${ws}) cu,
        (select array_agg(id order by name) ids from products where workspace_id = ${ws}) pr,
        (select array_agg(id order by name) ids from competitors where workspace_id = ${ws}) cp`),
  );
  let made: Record<string, number> = {};
  await step('metrics with targets (src/demo/metrics.ts)', async () => {
    made = await buildMetricsDemo(ctx, new Date());
  });
  await step('vacuum (analyze)', () => database.exec('vacuum (analyze)'));
  const [counts] = (
    (await x(sql`select (select count(*)::int from survey_answers where workspace_id = ${ws}) as answers,
      (select count(*)::int from feedback where workspace_id = ${ws} and source = 'survey') as "surveyFeedback",
      (select count(*)::int from deals where workspace_id = ${ws}) as deals,
      (select count(*)::int from features where workspace_id = ${ws} and status = 'shipped') as "shippedFeatures",
      (select count(*)::int from launches where workspace_id = ${ws}) as launches,
      (select count(*)::int from customers where workspace_id = ${ws}) as customers`)) as unknown as {
      rows: Record<string, number>[];
    }
  ).rows;
  return { ...counts, metrics: made.metrics ?? 0 };
}
