import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { createTestEnv, newUser, type TestEnv } from '../../../test/harness.ts';
import type { IncomingEvent, SourceRef } from './types.ts';
import { createEventSink } from './writer.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

/** A workspace of its own and a source in it (events have no foreign key to sources). */
async function newSource(): Promise<SourceRef> {
  const admin = await newUser(env.app, 'Wanda Writer');
  const res = await admin.post('/api/v1/workspaces', { name: 'Writer' });
  expect(res.statusCode, res.body).toBe(201);
  return { workspaceId: res.data.id, sourceId: randomUUID(), kind: 'website', domains: ['acme.test'] };
}

const at = (iso: string) => new Date(iso);
const ev = (e: Partial<IncomingEvent> & { distinctId: string }): IncomingEvent => ({
  name: '$pageview',
  time: new Date(),
  properties: {},
  ...e,
});

describe('the event writer', () => {
  it('stores events, counts duplicates, and resolves only once committed', async () => {
    const source = await newSource();
    const first = await env.app.events.write(source, [
      ev({
        distinctId: 'd1',
        messageId: 'm1',
        url: 'https://acme.test/pricing?utm_source=news&utm_campaign=spring',
      }),
      ev({ distinctId: 'd1', messageId: 'm1' }),
      ev({ distinctId: 'd2', messageId: 'm2', name: 'signed_up', properties: { plan: 'pro' } }),
    ]);
    expect(first).toEqual({ stored: 2, duplicates: 1 });
    const again = await env.app.events.write(source, [
      ev({ distinctId: 'd1', messageId: 'm1', time: at('2026-01-02T00:00:00Z') }),
      ev({ distinctId: 'd3' }),
    ]);
    expect(again).toEqual({ stored: 1, duplicates: 1 });
    const stored = await rows<{ name: string; utm_campaign: string | null; path: string | null }>(
      env.app.db,
      sql`select name, utm_campaign, path from events where workspace_id = ${source.workspaceId} order by name, distinct_id`,
    );
    expect(stored).toEqual([
      { name: '$pageview', utm_campaign: 'spring', path: '/pricing' },
      { name: '$pageview', utm_campaign: null, path: null },
      { name: 'signed_up', utm_campaign: null, path: null },
    ]);
    const persons = await rows<{ n: number }>(
      env.app.db,
      sql`select count(*)::int as n from persons where workspace_id = ${source.workspaceId}`,
    );
    expect(persons[0]!.n).toBe(3);
  });

  it('batches parallel writes into few transactions', async () => {
    const source = await newSource();
    const sink = createEventSink(env.database, { delayMs: 20 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        sink.write(source, [ev({ distinctId: `p${i}`, messageId: `g${i}` })]),
      ),
    );
    await sink.close();
    expect(results.every((r) => r.stored === 1)).toBe(true);
    expect(sink.stats.transactions).toBeLessThan(5);
  });
});
