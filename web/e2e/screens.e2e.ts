import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './global-setup';
import { accessibilityViolations, launch, screenshot, settled } from './harness';

/**
 * Every main screen on the demo workspace, as the role that works there: no serious or critical axe
 * violation, no error shown, and a screenshot of each (web/e2e/screenshots/screen-*.png) to look at.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let ws: string;
const sessions = new Map<string, { context: BrowserContext; page: Page }>();

async function as(role: string): Promise<Page> {
  const existing = sessions.get(role);
  if (existing) return existing.page;
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  const res = await page.request.post('/api/v1/auth/login', {
    data: { email: `${role}@demo.tandem`, password: 'tandem-demo' },
  });
  expect(res.status()).toBe(200);
  sessions.set(role, { context, page });
  return page;
}

const first = async (page: Page, path: string) => {
  const res = await page.request.get(`/api/v1/workspaces/${ws}${path}`);
  const body = await res.json();
  return body.items[0].id as string;
};

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launch();
  const me = await (await (await as('pm')).request.get('/api/v1/me')).json();
  ws = me.workspaces[0].id;
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function check(role: string, path: string, name: string, heading: RegExp) {
  const page = await as(role);
  await page.goto(`/w/${ws}${path}`);
  await settled(page);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await screenshot(page, `screen-${name}`);
  const alerts = await page.getByRole('alert').allTextContents();
  expect(alerts, `${name}: an error is shown`).toEqual([]);
  expect(await accessibilityViolations(page), name).toEqual([]);
}

describe('every main screen on the demo workspace', () => {
  it('product management', async () => {
    const pm = await as('pm');
    await check('pm', '', 'home-pm', /Good to see you/);
    await check('pm', '/feedback', 'feedback-inbox', /Feedback/);
    await check('pm', `/feedback/${await first(pm, '/feedback?limit=1')}`, 'feedback-detail', /.+/);
    await check('pm', '/features', 'features', /Features/);
    await check(
      'pm',
      `/features/${await first(pm, '/features?limit=1&sort=-score')}`,
      'feature-detail',
      /.+/,
    );
    await check('pm', '/roadmap', 'roadmap-timeline', /Roadmap/);
    for (const tab of ['Now / Next / Later', 'Status']) {
      await pm.getByRole('tab', { name: new RegExp(tab.replace(/\//g, '\\/')) }).click();
      await settled(pm);
      expect(await accessibilityViolations(pm), tab).toEqual([]);
      await screenshot(pm, `screen-roadmap-${tab.split(' ')[0]!.toLowerCase()}`);
    }
  });

  it('product marketing', async () => {
    const pmm = await as('pmm');
    await check('pmm', '', 'home-pmm', /Good to see you/);
    await check('pmm', '/personas', 'personas', /Personas/);
    await check('pmm', '/competitors', 'competitors', /Competitors/);
    await check('pmm', `/competitors/${await first(pmm, '/competitors?limit=1')}`, 'competitor-detail', /.+/);
    await check('pmm', '/positioning', 'positioning', /Positioning/);
    await check('pmm', '/messaging', 'messaging', /Messaging/);
    await check('pmm', '/launches', 'launches', /Launches/);
    await check('pmm', `/launches/${await first(pmm, '/launches?limit=1')}`, 'launch-detail', /.+/);
    await check('pmm', '/release-notes', 'release-notes', /Release notes/);
  });

  it('marketing', async () => {
    const mkt = await as('marketer');
    await check('marketer', '', 'home-marketer', /Good to see you/);
    await check('marketer', '/handoff', 'handoff', /Requirements/);
    await check('marketer', '/campaigns', 'campaigns', /Campaigns/);
    await check('marketer', `/campaigns/${await first(mkt, '/campaigns?limit=1')}`, 'campaign-detail', /.+/);
    await check('marketer', '/calendar', 'calendar', /calendar/i);
    await check('marketer', '/budget', 'budget', /Budget/);
  });

  it('sales, viewer and admin', async () => {
    await check('sales', '', 'home-sales', /Good to see you/);
    await check('viewer', '/features', 'features-viewer', /Features/);
    await check('admin', '/settings/members', 'settings-members', /Settings/);
    await check('admin', '/ownership', 'ownership', /Who owns what/);
  });
});
