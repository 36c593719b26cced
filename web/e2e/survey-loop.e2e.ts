import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './global-setup';
import { accessibilityViolations, launch, screenshot, see, seeText, settled } from './harness';

/**
 * The loop back from the market, on the demo workspace: a customer's contact answers an NPS survey from their
 * personal link (no account), and the answer is counted on the product marketing dashboard, shows with its
 * comment in the "Market signals" section of the customer's page (beside its deal), and reaches the PM inbox
 * as feedback. Axe on the screens, no console error, screenshots in e2e/screenshots/survey-loop-*.png.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let ws: string;
let customer: { id: string; name: string };
let link: string;
const contexts: BrowserContext[] = [];
const consoleErrors: string[] = [];
const stamp = Date.now().toString(36);
const HOSTILE = '<img src=x onerror=alert(1)>';
const WORDS = `Onboarding the sales team took a single afternoon ${stamp}`;

async function open(role?: 'pm' | 'pmm'): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
  if (role) {
    const res = await page.request.post('/api/v1/auth/login', {
      data: { email: `${role}@demo.tandem`, password: 'tandem-demo' },
    });
    expect(res.status()).toBe(200);
  }
  return page;
}

async function post<T>(page: Page, path: string, data: unknown): Promise<T> {
  const res = await page.request.post(`/api/v1/workspaces/${ws}${path}`, { data });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as T;
}

/** The answers the product marketing dashboard's NPS card counts ("12 answers · 95 % interval …"). */
async function npsAnswersOnDashboard(page: Page): Promise<number> {
  await page.goto(`/w/${ws}/dashboards/product-marketing`);
  const card = page.getByRole('region', { name: 'NPS', exact: true });
  await see(card);
  await settled(page);
  const text = (await card.textContent()) ?? '';
  const counted = /([\d,]+) answers/.exec(text);
  expect(counted, text).not.toBeNull();
  return Number(counted![1]!.replaceAll(',', ''));
}

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launch();
  const pm = await open('pm');
  ws = (await (await pm.request.get('/api/v1/me')).json()).workspaces[0].id;
  customer = await post(pm, '/customers', { name: `Loop Industries ${stamp}`, annualRevenue: 40_000 });
  const contact = await post<{ id: string }>(pm, '/contacts', {
    customerId: customer.id,
    name: 'Rosa Quinn',
    email: `rosa.${stamp}@loop.example`,
  });
  const pmm = await open('pmm');
  const products = await (await pmm.request.get(`/api/v1/workspaces/${ws}/products?limit=1`)).json();
  const survey = await post<{ id: string }>(pmm, '/surveys', {
    kind: 'nps',
    productId: products.items[0].id,
    name: `Loop NPS ${stamp}`,
    question: 'How likely are you to recommend us to a friend or colleague?',
    followUp: 'What is the main reason for your score?',
    thankYou: 'Thank you: we read every answer.',
  });
  const sent = await post<{ recipients: { url: string; customerId: string }[] }>(
    pmm,
    `/surveys/${survey.id}/recipients`,
    { recipients: [{ contactId: contact.id }] },
  );
  expect(sent.recipients[0]!.customerId).toBe(customer.id);
  link = sent.recipients[0]!.url;
  await post(pmm, '/deals', {
    name: `Loop Industries pilot ${stamp}`,
    customerId: customer.id,
    amount: 12_000,
    outcome: 'won',
    closedOn: new Date().toISOString().slice(0, 10),
  });
}, 240_000);
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

describe('a survey answer comes back to the team', () => {
  it('is counted on the product marketing dashboard and shows on the customer page and in the inbox', async () => {
    const pmm = await open('pmm');
    const before = await npsAnswersOnDashboard(pmm);

    // The contact answers from their personal link, in a browser with no session.
    const contact = await open();
    const url = new URL(link);
    const res = await contact.goto(`${url.pathname}${url.search}`);
    expect(res?.status()).toBe(200);
    await see(contact.getByRole('group', { name: /How likely/ }));
    await contact.getByRole('radio', { name: '10', exact: true }).check();
    await contact.getByLabel(/What is the main reason for your score/).fill(`${WORDS} ${HOSTILE}`);
    await contact.getByRole('button', { name: 'Send' }).click();
    await see(contact.getByRole('heading', { name: 'Thank you: we read every answer.' }));

    // Counted on product marketing's dashboard.
    expect(await npsAnswersOnDashboard(pmm)).toBe(before + 1);
    await screenshot(pmm, 'survey-loop-dashboard');

    // The customer's page shows it in its market signals, the comment as text.
    await pmm.goto(`/w/${ws}/customers/${customer.id}`);
    const signals = pmm.getByRole('region', { name: 'Market signals' });
    await see(signals);
    await settled(pmm);
    await seeText(signals.getByRole('group', { name: `NPS of ${customer.name}` }), '1 answer · Promoters 1');
    const answers = signals.getByRole('table', { name: `Newest survey answers from ${customer.name}` });
    await seeText(answers, `${WORDS} ${HOSTILE}`);
    await see(answers.getByLabel('NPS 10, Promoters'));
    await seeText(answers, 'Rosa Quinn');
    expect(await signals.locator('img').count()).toBe(0);
    await seeText(
      signals.getByLabel(`Deals with ${customer.name}`),
      '1 won · 0 lost · 0 no decision · win rate 100 %',
    );
    await see(signals.getByRole('link', { name: `Loop Industries pilot ${stamp}` }));
    expect(await pmm.getByRole('alert').allTextContents()).toEqual([]);
    expect(await accessibilityViolations(pmm)).toEqual([]);
    await screenshot(pmm, 'survey-loop-customer');

    // Product management finds the comment in its inbox, filed against the customer.
    const pm = await open('pm');
    await pm.goto(`/w/${ws}/feedback?status=all&q=${stamp}`);
    await settled(pm);
    await seeText(pm.getByRole('table'), WORDS.slice(0, 40));
    expect(await accessibilityViolations(pm)).toEqual([]);
    await screenshot(pm, 'survey-loop-inbox');
    expect(consoleErrors.splice(0), 'console errors').toEqual([]);
  });
});
