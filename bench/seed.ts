import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';

/**
 * Bulk data for the benchmark, generated inside the database with generate_series (fast on both
 * engines). Ids are derived from row numbers (md5 with the version-4 bits set, so they are valid
 * UUIDs) so links can be built without lookups.
 */

export type Scale = {
  features: number;
  feedback: number;
  links: number;
  customers: number;
  products: number;
};

export const FULL_SCALE: Scale = {
  features: 100_000,
  feedback: 1_000_000,
  links: 500_000,
  customers: 5_000,
  products: 1,
};

export function scaled(factor: number): Scale {
  const s = (n: number) => Math.max(10, Math.round(n * factor));
  return {
    features: s(FULL_SCALE.features),
    feedback: s(FULL_SCALE.feedback),
    links: s(FULL_SCALE.links),
    customers: s(FULL_SCALE.customers),
    products: FULL_SCALE.products,
  };
}

const WORDS = [
  'export',
  'dashboard',
  'slow',
  'report',
  'integration',
  'salesforce',
  'permissions',
  'sso',
  'billing',
  'invoice',
  'mobile',
  'offline',
  'search',
  'filter',
  'chart',
  'api',
  'webhook',
  'audit',
  'csv',
  'pdf',
  'latency',
  'timeout',
  'onboarding',
  'template',
  'notification',
  'email',
  'slack',
  'calendar',
  'roadmap',
  'import',
  'sync',
  'spreadsheet',
  'security',
  'compliance',
  'gdpr',
  'retention',
  'pricing',
  'seats',
  'admin',
  'roles',
  'sharing',
  'comments',
  'dark',
  'theme',
  'accessibility',
  'keyboard',
  'shortcut',
  'performance',
  'crash',
  'login',
];

const wordList = sql.raw(`array[${WORDS.map((w) => `'${w}'`).join(',')}]`);

async function inBatches(
  total: number,
  batch: number,
  label: string,
  fn: (from: number, to: number) => Promise<void>,
) {
  for (let from = 1; from <= total; from += batch) {
    const to = Math.min(total, from + batch - 1);
    await fn(from, to);
    process.stdout.write(`\r  ${label}: ${to.toLocaleString()} / ${total.toLocaleString()}`);
  }
  process.stdout.write('\n');
}

/** Fills one workspace with products, customers, features, feedback and links at the given scale. */
export async function seedBulk(database: Database, workspaceId: string, userId: string, scale: Scale) {
  const db = database.db;
  const ws = workspaceId;
  await db.execute(sql`
    insert into products (workspace_id, id, name)
    select ${ws}, overlay(overlay(md5(${ws} || 'p' || i) placing '4' from 13) placing '8' from 17)::uuid, 'Bench product ' || i from generate_series(1, ${scale.products}) i`);
  await inBatches(scale.customers, 50_000, 'customers', async (a, b) => {
    await db.execute(sql`
      insert into customers (workspace_id, id, name, segment, plan, annual_revenue)
      select ${ws}, overlay(overlay(md5(${ws} || 'c' || i) placing '4' from 13) placing '8' from 17)::uuid, 'Customer ' || i,
             (array['smb','mid_market','enterprise'])[1 + i % 3], (array['free','team','business'])[1 + i % 3],
             (i % 97) * 1000
      from generate_series(${a}::int, ${b}::int) i`);
  });
  await inBatches(scale.features, 25_000, 'features', async (a, b) => {
    await db.execute(sql`
      insert into features (workspace_id, id, product_id, title, status, effort, score_inputs, created_by)
      select ${ws}, overlay(overlay(md5(${ws} || 'f' || i) placing '4' from 13) placing '8' from 17)::uuid, overlay(overlay(md5(${ws} || 'p' || (1 + i % ${scale.products})) placing '4' from 13) placing '8' from 17)::uuid,
             'Feature ' || i || ' ' || (${wordList})[1 + i % 50],
             (array['idea','discovery','planned','in_progress','shipped','wont_do'])[1 + (i / 7) % 6],
             1 + i % 13,
             jsonb_build_object('reach', 100 + (i * 37) % 5000, 'impact', (array[0.25,0.5,1,2,3])[1 + i % 5],
                                'confidence', (array[50,80,100])[1 + i % 3]),
             ${userId}
      from generate_series(${a}::int, ${b}::int) i`);
  });
  await inBatches(scale.feedback, 50_000, 'feedback', async (a, b) => {
    await db.execute(sql`
      insert into feedback (workspace_id, id, title, text, source, sentiment, status, tags, customer_id, created_by, created_at)
      select ${ws}, overlay(overlay(md5(${ws} || 'b' || i) placing '4' from 13) placing '8' from 17)::uuid,
             initcap((${wordList})[1 + i % 50]) || ' request',
             'Customer says the ' || (${wordList})[1 + (i * 7) % 50] || ' and ' || (${wordList})[1 + (i * 13) % 50] ||
               ' need work; ' || (${wordList})[1 + (i * 31) % 50] || ' is ' ||
               (array['blocking us','annoying','great','confusing','missing'])[1 + i % 5] || '.',
             (array['sales_call','support','survey','portal','email','api'])[1 + i % 6],
             (array['positive','neutral','negative'])[1 + i % 3],
             (array['new','triaged','archived'])[1 + (i / 3) % 3],
             array[(${wordList})[1 + i % 50]],
             overlay(overlay(md5(${ws} || 'c' || (1 + i % ${scale.customers})) placing '4' from 13) placing '8' from 17)::uuid,
             ${userId},
             now() - make_interval(mins => i % 1000000)
      from generate_series(${a}::int, ${b}::int) i`);
  });
  await inBatches(scale.links, 50_000, 'links', async (a, b) => {
    await db.execute(sql`
      insert into feature_feedback (workspace_id, feature_id, feedback_id, importance)
      select ${ws}, overlay(overlay(md5(${ws} || 'f' || (1 + (i::bigint * 7919) % ${scale.features})) placing '4' from 13) placing '8' from 17)::uuid, overlay(overlay(md5(${ws} || 'b' || i) placing '4' from 13) placing '8' from 17)::uuid,
             (array['nice_to_have','important','critical'])[1 + i % 3]
      from generate_series(${a}::int, ${b}::int) i`);
  });
  process.stdout.write('  demand signals…\n');
  await db.execute(sql`
    update features f set feedback_count = d.n, customer_count = d.customers, customer_revenue = d.revenue
    from (
      select x.feature_id, sum(x.links)::int as n, count(*)::int as customers, sum(c.annual_revenue) as revenue
      from (select ff.feature_id, fb.customer_id, count(*) as links
            from feature_feedback ff join feedback fb on fb.workspace_id = ff.workspace_id and fb.id = ff.feedback_id
            where ff.workspace_id = ${ws} group by 1, 2) x
      join customers c on c.workspace_id = ${ws} and c.id = x.customer_id
      group by x.feature_id
    ) d
    where f.workspace_id = ${ws} and f.id = d.feature_id`);
  // A settled table, as in production: hint bits set and the visibility map current.
  await db.execute(sql`vacuum (analyze)`);
}
