import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestEnv, type TestEnv } from '../../../test/harness.ts';
import { hashPassword } from '../../core/secrets.ts';
import type { Db } from '../../db/client.ts';
import { buildDemo } from '../../demo/build.ts';
import { createToken } from '../auth/auth.ts';
import { users } from '../auth/schema.ts';
import { battlecards } from '../competitors/schema.ts';
import { launches } from '../launches/schema.ts';
import { products } from '../products/schema.ts';
import { battlecardMarkdown, toHtml } from './render.ts';

let env: TestEnv;
let sales: Client;
let ws: string;
let ids: { card: string; staleCard: string; launch: string; line: string; dash: string };
beforeAll(async () => {
  env = await createTestEnv();
  const db = env.database.db;
  const domain = `enable-${Date.now().toString(36)}-${process.pid}.test`;
  const hash = await hashPassword('not used');
  const { workspaceId } = await db.transaction((tx) =>
    buildDemo(tx as unknown as Db, hash, { emailDomain: domain }),
  );
  ws = `/api/v1/workspaces/${workspaceId}`;
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, `sales@${domain}`));
  sales = new Client(env.app, (await createToken(db, user!.id, 'test')).token, user!);
  const cards = await db.select().from(battlecards).where(eq(battlecards.workspaceId, workspaceId));
  const [launch] = await db
    .select()
    .from(launches)
    .where(eq(launches.workspaceId, workspaceId))
    .orderBy(launches.launchDate);
  const prods = await db.select().from(products).where(eq(products.workspaceId, workspaceId));
  ids = {
    card: cards.find((c) => c.whenYouMeetThem.startsWith('Renewals of an existing Lumina'))!.id,
    staleCard: cards.find((c) => c.lastReviewedOn && isStale(c.lastReviewedOn))!.id,
    launch: launch!.id,
    line: prods.find((p) => p.name === 'Northwind Analytics Platform')!.id,
    dash: prods.find((p) => p.name === 'Northwind Dashboards')!.id,
  };
});
afterAll(() => env.close());

function isStale(reviewed: string) {
  return Date.now() - Date.parse(reviewed) > 90 * 86_400_000;
}

describe('sales-enablement exports', () => {
  it('renders a battlecard as Markdown and as a self-contained HTML page', async () => {
    const md = await sales.get(`${ws}/enablement/battlecards/${ids.card}`);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toMatch(/^# Battlecard: Northwind Dashboards vs Lumina BI/);
    for (const heading of [
      'When you meet them',
      'Quick comparison',
      'Our strengths',
      'Objection handling',
      'Landmines',
      'Win themes',
    ])
      expect(md.body).toContain(`## ${heading}`);
    expect(md.body).toContain('| Metric definitions | Once, in the semantic layer | Per workbook |');
    const html = await sales.get(`${ws}/enablement/battlecards/${ids.staleCard}?format=html&download=true`);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.headers['content-disposition']).toMatch(
      /^attachment; filename="battlecard-northwind-analytics-platform-vs-quantrix-cloud\.html"$/,
    );
    expect(html.body).toContain('<strong>Stale:</strong>');
    expect(html.body).not.toMatch(/<script|<link |src="http/);
  });

  it('renders a one-pager with the approved statement, persona messaging and shipped features', async () => {
    const res = await sales.get(`${ws}/enablement/products/${ids.line}/one-pager`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('## Positioning');
    expect(res.body).toMatch(/For mid-market finance and data teams who need one trusted set of metrics/);
    expect(res.body).toContain('**Metrics as code, everywhere your company looks**');
    expect(res.body).toContain('## Recently shipped');
    const none = await sales.get(`${ws}/enablement/products/${ids.dash}/one-pager`);
    expect(none.statusCode).toBe(404);
    expect(none.data.detail).toContain('Approved positioning for Northwind Dashboards');
  });

  it('renders a launch brief with readiness by role and the hand-off', async () => {
    const res = await sales.get(`${ws}/enablement/launches/${ids.launch}/brief`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^# Launch brief: Governance launch \(7\.3\)/);
    expect(res.body).toMatch(/readiness \*\*\d+%\*\*/);
    expect(res.body).toContain('## Requirements handed to marketing');
    expect(res.body).toContain('CIOs must see how the semantic layer fits their data strategy');
    expect(res.body).toMatch(/## Sales: \d+\/\d+ done/);
    expect((await sales.get(`${ws}/enablement/launches/${ids.card}/brief`)).statusCode).toBe(404);
    expect((await sales.get(`${ws}/enablement/launches/${ids.launch}/brief?format=pdf`)).statusCode).toBe(
      400,
    );
  });

  it('escapes HTML and drops unsafe links written into user text', () => {
    const md = battlecardMarkdown({
      card: {
        productName: 'P',
        competitorName: '<img src=x onerror=alert(1)>',
        whenYouMeetThem:
          '[click](javascript:alert(1)) and <script>alert(2)</script> and [ok](https://example.com)',
        quickComparison: [{ dimension: 'a|b', us: 'x', them: 'y' }],
        ourStrengths: [],
        theirStrengths: [],
        objections: [],
        landmines: [],
        winThemes: [],
        stale: false,
        lastReviewedOn: '2031-01-01',
        reviewDueOn: '2031-04-01',
      } as never,
    });
    const html = toHtml('<title>', md);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.com/">ok</a>');
    expect(html).toContain('<title>&lt;title&gt;</title>');
    expect(md).toContain('| a\\|b | x | y |');
  });
});
