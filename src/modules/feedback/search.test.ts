import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { feedback } from './schema.ts';
import { factories } from '../../../test/factories.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
});
afterAll(() => env.close());

type Item = { id: string; title: string; text: string; rank: number | null; createdAt: string };
const list = async (query: string): Promise<{ items: Item[]; nextCursor: string | null; status: number }> => {
  const res = await team.viewer.get(`${team.ws}/feedback?${query}`);
  return { ...res.data, status: res.statusCode };
};
const all = async (query: string, limit: number): Promise<Item[]> => {
  const seen: Item[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(
      `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(page.status).toBe(200);
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
};

describe('feedback list and search', () => {
  it('finds stemmed words: "exporting" finds "export", title matches rank above text matches', async () => {
    const inTitle = await make.feedback({ title: 'Export to Excel', text: 'We need a spreadsheet' });
    const inText = await make.feedback({ title: 'Reports', text: 'Please let us export reports monthly' });
    await make.feedback({ title: 'Login', text: 'SSO is broken' });
    const res = await list('q=exporting');
    expect(res.items.map((i) => i.id)).toEqual([inTitle.id, inText.id]);
    expect(res.items[0]!.rank!).toBeGreaterThan(res.items[1]!.rank!);
    const phrase = await list(`q=${encodeURIComponent('"export reports" -excel')}`);
    expect(phrase.items.map((i) => i.id)).toEqual([inText.id]);
    expect((await list('q=the')).items).toEqual([]);
  });

  it("carries each item's customer name, in newest-first pages and in search results", async () => {
    const customer = await make.customer({ name: 'Initech Holdings' });
    const named = await make.feedback({ text: 'Quarterly invoices are late', customerId: customer.id });
    const anonymous = await make.feedback({ text: 'Quarterly close is slow' });
    type Named = Item & { customerName: string | null };
    for (const query of ['limit=200', 'q=quarterly']) {
      const items = (await list(query)).items as Named[];
      expect(items.find((i) => i.id === named.id)?.customerName).toBe('Initech Holdings');
      expect(items.find((i) => i.id === anonymous.id)?.customerName).toBeNull();
    }
  });

  it('combines search with filters', async () => {
    const productId = (await make.product()).id;
    const customer = await make.customer();
    const match = await make.feedback({
      text: 'Dashboard widgets load slowly',
      source: 'support',
      sentiment: 'negative',
      tags: ['Perf'],
      productId,
      customerId: customer.id,
    });
    await make.feedback({ text: 'Dashboard widgets are lovely', source: 'survey', sentiment: 'positive' });
    const triaged = await make.feedback({
      text: 'Dashboard widget colours',
      source: 'support',
      tags: ['perf'],
    });
    await team.product_manager.patch(`${team.ws}/feedback/${triaged.id}`, { status: 'triaged' });
    const ids = async (q: string) => (await list(q)).items.map((i) => i.id);
    expect(await ids('q=dashboard&source=support,email&sentiment=negative')).toEqual([match.id]);
    expect(await ids(`q=dashboard&customerId=${customer.id}`)).toEqual([match.id]);
    expect(await ids(`q=dashboard&productId=${productId}`)).toEqual([match.id]);
    expect(new Set(await ids('q=widget&tag=PERF'))).toEqual(new Set([match.id, triaged.id]));
    expect(await ids('q=widget&status=triaged')).toEqual([triaged.id]);
    expect(await ids('q=widget&tag=perf&status=new,archived')).toEqual([match.id]);
    const featureId = (await make.feature({ productId })).id;
    await make.link(featureId, match.id);
    expect(await ids('q=widget&linked=true')).toEqual([match.id]);
    expect(new Set(await ids('q=widget&linked=false'))).not.toContain(match.id);
    expect((await list('status=bogus')).status).toBe(400);
    expect((await list('sort=relevance')).status).toBe(422);
  });

  it('pages by relevance without duplicates or gaps, including ties', async () => {
    // Ten identical texts tie on rank; a few stronger matches lead.
    for (let i = 0; i < 10; i++) await make.feedback({ text: 'Kanban board swimlanes' });
    for (let i = 0; i < 3; i++) await make.feedback({ title: 'Kanban', text: 'kanban kanban board' });
    const whole = (await list('q=kanban&limit=100')).items;
    expect(whole).toHaveLength(13);
    const paged = await all('q=kanban', 4);
    expect(paged.map((i) => i.id)).toEqual(whole.map((i) => i.id));
    const ranks = paged.map((i) => i.rank!);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('pages newest first by default and filters by creation time', async () => {
    const db = env.database.db;
    const base = Date.parse('2026-01-01T00:00:00Z');
    await db.insert(feedback).values(
      Array.from({ length: 7 }, (_, i) => ({
        workspaceId: team.workspaceId,
        text: `timeline item ${i}`,
        source: 'api' as const,
        // Two items share each timestamp, so the id tie-breaker is exercised.
        createdAt: new Date(base + Math.floor(i / 2) * 60_000),
      })),
    );
    const window = `createdAfter=2026-01-01T00:00:00Z&createdBefore=2026-01-02T00:00:00Z`;
    const newest = await all(window, 3);
    expect(newest).toHaveLength(7);
    expect(new Set(newest.map((i) => i.id)).size).toBe(7);
    const times = newest.map((i) => i.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const oldest = await all(`${window}&sort=createdAt`, 2);
    expect(oldest.map((i) => i.id)).toEqual([...newest].reverse().map((i) => i.id));
    const later = await list('createdAfter=2026-01-01T00:02:00Z&createdBefore=2026-01-02T00:00:00Z');
    expect(later.items.map((i) => i.text).sort()).toEqual([
      'timeline item 4',
      'timeline item 5',
      'timeline item 6',
    ]);
    expect((await list('cursor=garbage')).status).toBe(422);
  });

  it('never lists another workspace’s feedback', async () => {
    await factories(env, other).feedback({ text: 'Zebra stripes secret' });
    expect((await list('q=zebra')).items).toEqual([]);
  });
});
