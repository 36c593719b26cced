import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, baseUrl, launch, PASSWORD, takeCspViolations, uniqueEmail } from './harness';

/**
 * The security headers in a real browser: the violation tripwire every e2e test relies on (web/e2e/setup.ts)
 * does fire, Swagger UI works under its policy, and an HTML export renders its own style and nothing else.
 */

let browser: Browser;
let page: Page;
let ws: string;

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ baseURL: baseUrl() })).newPage();
  await apiCall(page, 'POST', '/api/v1/auth/signup', {
    email: uniqueEmail('csp'),
    password: PASSWORD,
    name: 'Cai Policy',
  });
  ws = `/api/v1/workspaces/${(await apiCall(page, 'POST', '/api/v1/workspaces', { name: 'Policies' })).id}`;
});
afterAll(() => browser?.close());

describe('Content-Security-Policy in Chromium', () => {
  it('a violation is recorded, so a page breaking the policy fails its test', async () => {
    await page.route('**/csp-tripwire', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': "script-src 'self'" },
        body: '<!doctype html><title>waiting</title><script>document.title = "ran"</script>',
      }),
    );
    await page.goto('/csp-tripwire');
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...takeCspViolations());
        return seen.join('\n');
      })
      .toMatch(/script-src/);
    expect(await page.title()).toBe('waiting');
  });

  it('the API documentation (Swagger UI) works under its own policy', async () => {
    const res = await page.goto('/api/docs/');
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // Swagger UI fetched the document and drew it (slowly: every operation of a large API at once).
    await page.locator('h1.title').waitFor({ timeout: 100_000 });
    expect(await page.locator('h1.title').textContent()).toContain('Tandem API');
    expect(await page.getByText('Answers 200 when the database answers').isVisible()).toBe(true);
  });

  it('an HTML export shows its own style and runs nothing from user text', async () => {
    const productId = (await apiCall(page, 'POST', `${ws}/products`, { name: 'Northwind' })).id;
    const competitorId = (await apiCall(page, 'POST', `${ws}/competitors`, { name: 'Rival' })).id;
    const card = await apiCall(page, 'POST', `${ws}/battlecards`, {
      productId,
      competitorId,
      whenYouMeetThem: 'x [<img src=x onerror=alert(1)>](https://a.test) <script>alert(2)</script>',
    });
    const res = await page.goto(`${ws}/enablement/battlecards/${card.id}?format=html`);
    expect(res?.headers()['content-security-policy']).toMatch(/^default-src 'none';.*sandbox/);
    // The inline style sheet applies (its hash is allowed): the title's blue rule.
    const rule = await page.locator('h1').evaluate((h) => getComputedStyle(h).borderBottomColor);
    expect(rule).toBe('rgb(34, 139, 230)');
    expect(await page.locator('img, script').count()).toBe(0);
    expect(await page.locator('body').textContent()).toContain('<script>alert(2)</script>');
  });
});
