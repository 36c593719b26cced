/**
 * The event writer alone (no HTTP): `conns` writers each send requests of `perReq` events and wait for the
 * answer, as ingestion connections do; then, in the same run, the same number of event rows inserted alone
 * (no dedup, persons, visits: 2,000 a statement, one connection) as the ceiling the writer is compared with.
 *
 *   npx tsx bench/writer.ts [postgres|pglite] [events=200000] [perReq=100] [conns=20]
 *   PPR=10: each request's events from 10 persons (default: every event a random one of 20,000 persons)
 *   PAR=n: parallel batches on PostgreSQL (default 2). The PostgreSQL run drops and creates the database
 *   tandem_writer_bench on the server of WRITER_BENCH_SERVER (postgres://tandem:tandem@127.0.0.1:5432).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createEventSink } from '../src/modules/events/writer.ts';
import type { IncomingEvent } from '../src/modules/events/types.ts';

const SERVER = process.env.WRITER_BENCH_SERVER ?? 'postgres://tandem:tandem@127.0.0.1:5432';
const engine = process.argv[2] ?? 'postgres';
const total = Number(process.argv[3] ?? 200_000);
const perReq = Number(process.argv[4] ?? 100);
const conns = Number(process.argv[5] ?? 20);
let database;
if (engine === 'postgres') {
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query('drop database if exists tandem_writer_bench');
  await admin.query('create database tandem_writer_bench');
  await admin.end();
  database = await openDatabase({ engine: 'postgres', url: `${SERVER}/tandem_writer_bench` });
} else database = await openDatabase({ engine: 'pglite' });
await migrate(database.db);
const ws = randomUUID();
await database.exec(`insert into workspaces (id, name) values ('${ws}', 'bench')`);
const source = { workspaceId: ws, sourceId: randomUUID(), kind: 'website' as const, domains: ['acme.test'] };
const sink = createEventSink(database, { parallel: Number(process.env.PAR ?? 2) });
const persons = 20_000;
const perRequestPersons = Number(process.env.PPR ?? 0);
let sent = 0;
const now = Date.now();
const batch = (): IncomingEvent[] =>
  ((base) =>
    Array.from({ length: perReq }, (_, j) => {
      const i = sent++;
      const p = perRequestPersons
        ? (base + (j % perRequestPersons)) % persons
        : Math.floor(Math.random() * persons);
      return {
        messageId: `m${i}`,
        name: i % 3 ? '$pageview' : 'clicked',
        distinctId: `user-${p}`,
        time: new Date(now - Math.floor(Math.random() * 3_600_000)),
        url: `https://acme.test/page/${i % 50}?utm_source=news&utm_campaign=c${i % 20}`,
        referrer: 'https://google.com/',
        userAgent:
          'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/120.0 Safari/537.36',
        properties: {
          $browser: 'Chrome',
          $os: 'Mac OS X',
          plan: 'pro',
          n: i,
          $current_url: `https://acme.test/page/${i % 50}`,
        },
      };
    }))(Math.floor(Math.random() * persons));
const t0 = performance.now();
await Promise.all(
  Array.from({ length: conns }, async () => {
    while (sent < total) await sink.write(source, batch());
  }),
);
const dt = (performance.now() - t0) / 1000;
console.log(
  `${engine}: ${sent} events in ${dt.toFixed(1)} s = ${Math.round(sent / dt)} events/s; ${JSON.stringify(sink.stats)}; rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
);
await sink.close();
// The ceiling in the same run: the same rows, inserted alone (no dedup, persons, visits), 2,000 a statement.
const { sql } = await import('drizzle-orm');
const ws2 = randomUUID();
const rowsJson = (k: number) =>
  JSON.stringify(
    Array.from({ length: 2000 }, (_, j) => ({
      workspace_id: ws2,
      id: randomUUID(),
      source_id: source.sourceId,
      time: new Date(now - ((k * 2000 + j) % 3_600_000)),
      name: '$pageview',
      distinct_id: `user-${j}`,
      person_id: randomUUID(),
      session_id: randomUUID(),
      url: `https://acme.test/page/${j % 50}?utm_source=news&utm_campaign=c${j % 20}`,
      path: `/page/${j % 50}`,
      referrer: 'https://google.com/',
      referrer_domain: 'google.com',
      utm_source: 'news',
      utm_campaign: `c${j % 20}`,
      channel: 'other',
      is_bot: false,
      properties: {
        $browser: 'Chrome',
        $os: 'Mac OS X',
        plan: 'pro',
        n: j,
        $current_url: `https://acme.test/page/${j % 50}`,
      },
    })),
  );
const t1 = performance.now();
for (let k = 0; k < sent / 2000; k++)
  await database.db
    .execute(sql`insert into events (workspace_id, id, source_id, time, name, distinct_id, person_id, session_id, url, path, referrer, referrer_domain, utm_source, utm_campaign, channel, is_bot, properties)
    select * from jsonb_to_recordset(${rowsJson(k)}::jsonb) as x(workspace_id uuid, id uuid, source_id uuid, time timestamptz, name text, distinct_id text, person_id uuid, session_id uuid, url text, path text, referrer text, referrer_domain text, utm_source text, utm_campaign text, channel text, is_bot boolean, properties jsonb)`);
const dt1 = (performance.now() - t1) / 1000;
console.log(
  `ceiling (insert only, same rows, one connection): ${Math.round(sent / dt1)} rows/s; writer / ceiling = ${(sent / dt / (sent / dt1)).toFixed(2)}`,
);
await database.close();
