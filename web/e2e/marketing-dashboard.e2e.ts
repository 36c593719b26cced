import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './global-setup';
import { accessibilityViolations, launch, screenshot, see, settled } from './harness';

/**
 * The marketing dashboard on the demo workspace, after a visit from a demo campaign's link, an identify (a lead)
 * and a purchase arrive through PostHog's batch endpoint: the campaign shows its credit, the model switch
 * answers, the campaign row leads to the campaign page and the program drawer shows the program's results.
 * Axe clean, no console error, screenshots (dashboard-marketing*.png).
 */

// A person's browser, as posthog-js reports it (the headless one testing here reads as a bot).
const BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: Awaited<ReturnType<typeof startServer>>;
let ws: string;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launch();
  context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  const res = await page.request.post('/api/v1/auth/login', {
    data: { email: 'marketer@demo.tandem', password: 'tandem-demo' },
  });
  expect(res.status()).toBe(200);
  ws = (await (await page.request.get('/api/v1/me')).json()).workspaces[0].id;
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const api = async (method: 'get' | 'post', path: string, data?: unknown) => {
  const res = await page.request[method](`/api/v1/workspaces/${ws}${path}`, data ? { data } : undefined);
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
};

async function clean(name: string) {
  await settled(page);
  await screenshot(page, name);
  expect(await page.getByRole('alert').allTextContents(), name).toEqual([]);
  expect(await accessibilityViolations(page), name).toEqual([]);
}

describe('the marketing dashboard', () => {
  it('credits a campaign with the signals that arrived, by the model chosen', async () => {
    // A campaign of its own in a demo program: the demo's signals never add to its figures.
    const run = Date.now().toString(36);
    const programs = (await api('get', '/programs?limit=100')).items as { id: string; status: string }[];
    const open = programs.find((p) => p.status === 'in_progress' || p.status === 'accepted')!;
    const campaign = (await api('post', '/campaigns', {
      name: `Dashboard e2e ${run}`,
      programId: open.id,
      channel: 'webinar',
      utmCampaign: `dashboard-e2e-${run}`,
    })) as { id: string; name: string; programId: string; utm: { campaign: string } };
    const { key } = await api('post', '/sources', { name: 'Dashboard e2e', kind: 'app' });
    await api('post', '/goals', { name: 'E2E purchase', event: 'e2e_purchase', revenueProperty: 'revenue' });
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const batch = await page.request.post('/ingest/posthog/batch/', {
      data: {
        api_key: key,
        batch: [
          {
            event: '$pageview',
            distinct_id: `anon-${run}`,
            timestamp: at(30),
            properties: {
              $current_url: `https://e2e.example/?utm_campaign=${campaign.utm.campaign}`,
              utm_campaign: campaign.utm.campaign,
              $raw_user_agent: BROWSER,
            },
          },
          {
            event: '$identify',
            distinct_id: `user-${run}`,
            timestamp: at(20),
            properties: {
              $anon_distinct_id: `anon-${run}`,
              $set: { email: `buyer-${run}@e2e.example` },
              $raw_user_agent: BROWSER,
            },
          },
          {
            event: 'e2e_purchase',
            distinct_id: `user-${run}`,
            timestamp: at(10),
            properties: { revenue: 987654, $raw_user_agent: BROWSER },
          },
        ],
      },
    });
    expect(batch.status()).toBe(200);

    await page.goto(`/w/${ws}/dashboards/marketing`);
    await page.getByRole('heading', { level: 1, name: 'Marketing dashboard' }).waitFor();
    const table = page.getByRole('table', { name: 'Results by campaign' });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: campaign.name }) });
    await see(row.getByText('$987,654'));
    await clean('dashboard-marketing');

    await page.getByText('First touch', { exact: true }).click();
    await page.waitForURL(/model=first_touch/);
    await see(row.getByText('$987,654'));
    await clean('dashboard-marketing-first-touch');

    await row.getByRole('link', { name: campaign.name }).click();
    await page.getByRole('heading', { level: 1, name: campaign.name }).waitFor();

    await page.goto(`/w/${ws}/handoff?program=${campaign.programId}`);
    const results = page.getByRole('dialog').getByRole('region', { name: 'Results' });
    await see(results.getByRole('group', { name: 'Revenue' }));
    await clean('program-results');
    expect(consoleErrors).toEqual([]);
  });
});
