import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveySnippetFor } from '../../src/modules/surveys/snippet.ts';
import { startServer } from './global-setup';
import { accessibilityViolations, launch, screenshot, see, seeText, settled } from './harness';

/**
 * A survey from its setup to the inbox: the demo's product marketer creates an NPS survey through the API,
 * a customer without an account answers it on the hosted page on a phone (360 × 740) and on a desktop
 * (1440 × 900), and the answers show on the survey's page in Tandem and, as feedback, in the PM's inbox.
 * Axe on every screen, no console error, screenshots in e2e/screenshots/survey-*.png.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let ws: string;
let survey: { id: string; url: string };
const HOSTILE = '<img src=x onerror=alert(1)>';
const consoleErrors: string[] = [];

function watch(page: Page) {
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
  return page;
}

async function member(role: 'pm' | 'pmm'): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  const page = watch(await context.newPage());
  const res = await page.request.post('/api/v1/auth/login', {
    data: { email: `${role}@demo.tandem`, password: 'tandem-demo' },
  });
  expect(res.status()).toBe(200);
  return page;
}

async function customer(viewport: { width: number; height: number }): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ baseURL: server.baseUrl, viewport });
  context.setDefaultTimeout(20_000);
  return [context, watch(await context.newPage())];
}

/** Answers the survey on the hosted page as someone without an account; answers the page. */
async function answer(page: Page, score: number, comment: string) {
  const res = await page.goto(new URL(survey.url).pathname);
  expect(res?.status()).toBe(200);
  await see(page.getByRole('group', { name: /How likely/ }));
  // The question is text, never markup.
  expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain(HOSTILE);
  expect(await page.locator('main img').count()).toBe(0);
  await page.getByRole('button', { name: 'Send' }).click();
  await seeText(page.getByRole('alert'), 'Choose a score first.');
  await page.getByRole('radio', { name: String(score), exact: true }).check();
  await page.getByLabel(/What is the main reason for your score/).fill(comment);
}

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launch();
  const pmm = await member('pmm');
  const me = await (await pmm.request.get('/api/v1/me')).json();
  ws = me.workspaces[0].id;
  const products = await (await pmm.request.get(`/api/v1/workspaces/${ws}/products?limit=1`)).json();
  const created = await pmm.request.post(`/api/v1/workspaces/${ws}/surveys`, {
    data: {
      kind: 'nps',
      productId: products.items[0].id,
      name: 'E2E NPS',
      question: `${HOSTILE} How likely are you to recommend us to a friend or colleague?`,
      followUp: 'What is the main reason for your score?',
      thankYou: 'Thank you: we read every answer.',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  survey = await created.json();
  await pmm.context().close();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  site?.close();
});

let site: Server | undefined;

/** A customer's own site on another port, under a strict policy that allows only Tandem's script and API. */
async function customerSite(): Promise<string> {
  const snippet = surveySnippetFor(server.baseUrl, survey.id).replace(
    'data-distinct-id=""',
    'data-distinct-id="user-42"',
  );
  site = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader(
      'content-security-policy',
      `default-src 'none'; script-src ${server.baseUrl}; connect-src ${server.baseUrl}; style-src 'none'`,
    );
    res.end(
      `<!doctype html><html lang="en"><head><title>Customer app</title></head><body><main><h1>Customer app</h1></main>${snippet}</body></html>`,
    );
  });
  await new Promise<void>((r) => site!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(site.address() as { port: number }).port}/`;
}

describe('a survey answered on its hosted page', () => {
  it('works on a phone: 360 px wide, no sideways scrolling, axe clean, thank-you after sending', async () => {
    const [context, page] = await customer({ width: 360, height: 740 });
    await answer(page, 9, 'Setup took five minutes and the dashboards are clear.');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'survey-page-360');
    await page.getByRole('button', { name: 'Send' }).click();
    await see(page.getByRole('heading', { name: 'Thank you: we read every answer.' }));
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'survey-thanks-360');
    await context.close();
  });

  it('works on a desktop, and the answer reaches the survey page and the PM inbox', async () => {
    const words = `Exports to CSV time out on our biggest workspace ${Date.now().toString(36)}`;
    const [context, page] = await customer({ width: 1440, height: 900 });
    await answer(page, 3, words);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'survey-page-1440');
    await page.getByRole('button', { name: 'Send' }).click();
    await see(page.getByRole('heading', { name: 'Thank you: we read every answer.' }));
    await context.close();

    const pmm = await member('pmm');
    await pmm.goto(`/w/${ws}/surveys`);
    await settled(pmm);
    await see(pmm.getByRole('link', { name: 'E2E NPS' }));
    expect(await accessibilityViolations(pmm)).toEqual([]);
    await screenshot(pmm, 'survey-list');
    await pmm.getByRole('link', { name: 'E2E NPS' }).click();
    await settled(pmm);
    const answers = pmm.getByRole('table', { name: 'Answers' });
    await seeText(answers, words);
    await see(pmm.getByTestId('headline-score'));
    expect(await accessibilityViolations(pmm)).toEqual([]);
    await screenshot(pmm, 'survey-detail');

    const pm = await member('pm');
    await pm.goto(`/w/${ws}/feedback?status=all&q=${encodeURIComponent(words.split(' ').pop()!)}`);
    await settled(pm);
    await seeText(pm.getByRole('table'), words.slice(0, 40));
    expect(await accessibilityViolations(pm)).toEqual([]);
    await screenshot(pm, 'survey-feedback-in-inbox');
    expect(consoleErrors.splice(0), 'console errors').toEqual([]);
  });

  it('shows in a widget on a customer’s own site under a strict CSP, and takes an answer', async () => {
    const url = await customerSite();
    const [context, page] = await customer({ width: 1440, height: 900 });
    await page.goto(url);
    const widget = page.getByRole('region', { name: /^Survey from / });
    await see(widget);
    expect(await widget.locator('legend').textContent()).toContain(HOSTILE);
    expect(await accessibilityViolations(page)).toEqual([]);
    await widget.getByRole('radio', { name: '10', exact: true }).check();
    await widget.getByLabel(/What is the main reason/).fill('The widget is quick to answer.');
    await screenshot(page, 'survey-widget');
    await widget.getByRole('button', { name: 'Send' }).click();
    await see(widget.getByText('Thank you: we read every answer.'));
    // Answered: it does not ask again on the next visit, but the page may still show it on demand.
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('region', { name: /^Survey from / }).count()).toBe(0);
    expect(
      await page.evaluate(() =>
        (window as never as { tandemSurvey: { show(): Promise<boolean> } }).tandemSurvey.show(),
      ),
    ).toBe(true);
    await see(page.getByRole('region', { name: /^Survey from / }));
    expect(consoleErrors.splice(0), 'console errors').toEqual([]);
    await context.close();
  });
});
