import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

import { CHROMIUM } from './browser';

export { CHROMIUM };

export const baseUrl = () => inject('baseUrl');

/**
 * Content-Security-Policy violations seen by any page of any browser this run launched, until taken. Kept on
 * globalThis so the hooks of web/e2e/setup.ts and the test files share one list whatever loads them.
 */
const violations: string[] = ((globalThis as { [k: symbol]: string[] })[Symbol.for('tandem.csp')] ??= []);
/** The violations seen since the last call (web/e2e/setup.ts fails every test that leaves one). */
export const takeCspViolations = () => violations.splice(0);

/** Records every CSP violation in the context's pages: the DOM event, and Chromium's console report. */
async function watchCsp(context: BrowserContext) {
  await context.exposeBinding('__tandemCspViolation', ({ page }, report: string) => {
    violations.push(`${page.url()}: ${report}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __tandemCspViolation: (r: string) => void })
        .__tandemCspViolation;
      report(
        `${e.effectiveDirective} refused ${e.blockedURI || 'an inline source'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text()))
      violations.push(`${message.page()?.url() ?? 'a page'}: ${message.text()}`);
  });
}

let clients = 0;

/**
 * Chromium, with every context (and so every page) watched for CSP violations. Each context stands for another
 * person on another network: it sends its own client address, which the e2e server reads as a proxy's
 * X-Forwarded-For (global-setup.ts trusts loopback), so per-address limits such as sign-ups apply per person,
 * as in production, and not to the whole suite.
 */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch(CHROMIUM);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options = {}) => {
    clients++;
    const address = `10.20.${Math.floor(clients / 250)}.${(clients % 250) + 1}`;
    const context = await newContext({
      ...options,
      extraHTTPHeaders: { 'x-forwarded-for': address, ...options.extraHTTPHeaders },
    });
    await watchCsp(context);
    return context;
  };
  return browser;
}

export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

let counter = 0;
export const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}${++counter}@e2e.test`;
export const PASSWORD = 'correct horse battery';

/** A person using the app in their own browser context (their own cookies). */
export type Person = { context: BrowserContext; page: Page; email: string; name: string };

/** JSON over HTTP inside a person's session, for setting up what a test is not about. */
export async function apiCall<T = any>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const res = await page.request.fetch(`${baseUrl()}${path}`, {
    method,
    data: body === undefined ? undefined : JSON.stringify(body),
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
  const text = await res.text();
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Signs a new person up through the sign-up page. */
export async function signUp(browser: Browser, label: string, name: string): Promise<Person> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const email = uniqueEmail(label);
  await page.goto('/signup');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/(workspaces\/new|w\/|invitations)/);
  return { context, page, email, name };
}

export type Team = {
  workspaceId: string;
  admin: Person;
  pm: Person;
  pmm: Person;
  marketer: Person;
  sales: Person;
  viewer: Person;
};

/** A workspace created through the UI by its admin, with one member per role invited by the admin. */
export async function newTeam(browser: Browser, workspaceName: string): Promise<Team> {
  const admin = await signUp(browser, 'admin', 'Ada Admin');
  await admin.page.goto('/workspaces/new');
  await admin.page.getByLabel('Workspace name').fill(workspaceName);
  await admin.page.getByRole('button', { name: 'Create workspace' }).click();
  await admin.page.waitForURL(/\/w\/[0-9a-f-]{36}$/);
  const workspaceId = admin.page.url().split('/w/')[1]!;
  const people = {
    pm: await signUp(browser, 'pm', 'Priya Manager'),
    pmm: await signUp(browser, 'pmm', 'Marco Marketer'),
    marketer: await signUp(browser, 'mkt', 'Mia Campaigns'),
    sales: await signUp(browser, 'sales', 'Sam Seller'),
    viewer: await signUp(browser, 'viewer', 'Vic Viewer'),
  };
  const roles = {
    pm: 'product_manager',
    pmm: 'product_marketer',
    marketer: 'marketer',
    sales: 'sales',
    viewer: 'viewer',
  };
  // Membership needs consent: the admin invites, each person accepts.
  for (const [key, person] of Object.entries(people)) {
    const invited = await apiCall(admin.page, 'POST', `/api/v1/workspaces/${workspaceId}/members`, {
      email: person.email,
      role: roles[key as keyof typeof roles],
    });
    await apiCall(person.page, 'POST', '/api/v1/invitations/accept', { id: invited.invitation.id });
  }
  return { workspaceId, admin, ...people };
}

/** Runs axe-core on the page; answers the serious and critical violations. */
export async function accessibilityViolations(page: Page) {
  // A notification floating over the page would stand in for the background of what it covers.
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
  // Evaluated through the DevTools protocol: an inline <script> would be (rightly) refused by the CSP.
  await page.evaluate(axe.source);
  const results = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    return run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Saves a full-page screenshot under web/e2e/screenshots/. */
export async function screenshot(page: Page, name: string) {
  // From the top: the shell's header and navigation are fixed, and a scrolled full-page capture repeats them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until no request is in flight and no spinner shows. */
export async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
}

/** Waits until the locator's text contains the expected text (Vitest has no web-first assertions). */
export async function seeText(locator: Locator, expected: string | RegExp, timeout = 10_000) {
  await expect
    .poll(async () => ((await locator.count()) ? ((await locator.first().textContent()) ?? '') : ''), {
      timeout,
    })
    .toMatch(
      typeof expected === 'string' ? new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : expected,
    );
}

/** Waits until the locator is visible. */
export async function see(locator: Locator, timeout = 10_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (err) {
    // What the page showed instead, for the person reading the failure.
    await screenshot(locator.page(), `failure-${Date.now()}`).catch(() => {});
    throw err;
  }
}
