/**
 * Why is an answer slow? Serves the signals query data in-process, sends each benchmarked request a few
 * times, times every SQL statement it runs, and prints EXPLAIN (ANALYZE, BUFFERS) of the slowest ones.
 * Run after `npm run bench -- --suite signals --only queries` generated the data:
 *
 *   npx tsx bench/signals-explain.ts [--only results,traffic,funnel,retention] [--min-ms 20]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';
import { type TimedQuery, timeQueries } from './lib.ts';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'results,traffic,funnel,retention' },
    'min-ms': { type: 'string', default: '20' },
  },
});
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://tandem:tandem@127.0.0.1:5432/tandem_bench_signals';
const seeded = JSON.parse(
  fs.readFileSync(path.join(os.tmpdir(), 'tandem-bench-signals-queries.json'), 'utf8'),
) as { token: string; workspaceId: string; campaigns: [number, string, number][] };

let seen: TimedQuery[] = [];
timeQueries((q) => seen.push(q));

const database = await openDatabase({ engine: 'postgres', url, prepare: false });
const app = await buildApp({
  database,
  config: { logLevel: 'silent', sessionDays: 30, secureCookies: false },
});
await app.ready();
const explainer = new pg.Client({ connectionString: url });
await explainer.connect();

const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
const ws = `/api/v1/workspaces/${seeded.workspaceId}`;
const requests: Record<string, { method: 'GET' | 'POST'; url: string; payload?: unknown }> = {
  results: {
    method: 'GET',
    url: `${ws}/campaigns/${seeded.campaigns[0]![1]}/results?from=${day(90)}&to=${day(0)}`,
  },
  traffic: { method: 'GET', url: `${ws}/traffic?from=${day(90)}&to=${day(0)}&interval=day&by=channel` },
  funnel: {
    method: 'POST',
    url: `${ws}/funnels/query`,
    payload: {
      steps: [{ event: '$pageview' }, { event: 'signed_up' }, { event: 'activated' }, { event: 'purchase' }],
      from: day(30),
      to: day(0),
      windowDays: 14,
    },
  },
  retention: { method: 'GET', url: `${ws}/retention?interval=week&from=${day(84)}` },
};

for (const name of String(args.only).split(',')) {
  const r = requests[name]!;
  for (let i = 0; i < 3; i++) {
    seen = [];
    const t = performance.now();
    const res = await app.inject({
      method: r.method,
      url: r.url,
      headers: { authorization: `Bearer ${seeded.token}` },
      ...(r.payload ? { payload: r.payload as object } : {}),
    });
    console.log(
      `\n### ${name} (try ${i + 1}): ${res.statusCode} in ${(performance.now() - t).toFixed(0)} ms`,
    );
    if (i === 0) console.log(res.body.slice(0, 600));
  }
  await new Promise((r) => setTimeout(r, 50));
  const slow = seen
    .filter((s) => s.ms >= Number(args['min-ms']) && /^\s*(select|with)\b/i.test(s.text))
    .sort((a, b) => b.ms - a.ms);
  console.log(`${seen.length} statements, ${slow.length} at or over ${args['min-ms']} ms`);
  for (const s of slow.slice(0, 3)) {
    console.log(
      `\n-- ${s.ms.toFixed(0)} ms: ${s.text.replace(/\s+/g, ' ').slice(0, 2000)}\n-- values: ${JSON.stringify(s.values)}`,
    );
    const plan = await explainer.query({ text: `explain (analyze, buffers) ${s.text}`, values: s.values });
    console.log(plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n'));
  }
}
await explainer.end();
await app.close();
await database.close();
