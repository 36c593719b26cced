/**
 * Web app quality figures (issue 4), measured in Debian's headless Chromium against a local server with
 * the demo workspace:
 *   1. initial JavaScript, gzipped: the entry chunk and the chunks it preloads (target < 350 KB);
 *   2. feedback inbox interactive after navigation: from navigation start until the inbox's rows show and
 *      its search box accepts input (target < 1.5 s), median of fresh page loads;
 *   3. the features table scrolled through 10,000 features: long tasks (> 50 ms) observed while scrolling;
 *   4. API requests per keyboard triage step in the inbox (`t` on the focused row): what one change makes the
 *      app fetch again.
 *
 *   npm run bench:web [-- --runs 7] [-- --only triage|inbox]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../web/e2e/browser.ts';
import { startServer } from '../web/e2e/global-setup.ts';
import { ROOT } from './lib.ts';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, only: { type: 'string' } },
});
const RUNS = Number(args.runs);
const FEATURES = 10_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The entry chunk and what index.html preloads: what a first visit must download before anything runs. */
function initialJavaScript() {
  const dist = join(ROOT, 'web/dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const sizes = files.map((f) => {
    const raw = readFileSync(join(dist, f));
    return { file: f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  return {
    files: sizes,
    gzip: sizes.reduce((s, f) => s + f.gzip, 0),
    raw: sizes.reduce((s, f) => s + f.raw, 0),
  };
}

async function login(page: Page, base: string, email: string) {
  const res = await page.request.post(`${base}/api/v1/auth/login`, {
    data: { email, password: 'tandem-demo' },
  });
  if (!res.ok()) throw new Error(`login failed: ${res.status()}`);
  const me = await (await page.request.get(`${base}/api/v1/me`)).json();
  return me.workspaces[0].id as string;
}

/** Adds features through the API until the workspace holds FEATURES of them. */
async function fillFeatures(page: Page, base: string, ws: string) {
  const products = await (await page.request.get(`${base}/api/v1/workspaces/${ws}/products?limit=50`)).json();
  const productIds: string[] = products.items.map((p: { id: string }) => p.id);
  let count = 0;
  for (let cursor: string | null = ''; cursor !== null;) {
    const res: { items: unknown[]; nextCursor: string | null } = await (
      await page.request.get(
        `${base}/api/v1/workspaces/${ws}/features?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      )
    ).json();
    count += res.items.length;
    cursor = res.nextCursor;
  }
  // Score inputs must fit each product's model (the server refuses others): RICE inputs where the
  // product scores with RICE (no stored model means RICE), none elsewhere, so those stay unscored.
  const rice = new Set<string>();
  for (const id of productIds) {
    const res = await page.request.get(`${base}/api/v1/workspaces/${ws}/products/${id}/scoring-model`);
    if (res.status() === 404 || (res.ok() && (await res.json()).kind === 'rice')) rice.add(id);
  }
  const missing = FEATURES - count;
  for (let i = 0; i < missing; i += 20)
    await Promise.all(
      Array.from({ length: Math.min(20, missing - i) }, async (_, j) => {
        const productId = productIds[(i + j) % productIds.length]!;
        const res = await page.request.post(`${base}/api/v1/workspaces/${ws}/features`, {
          data: {
            productId,
            title: `Benchmark feature ${i + j}`,
            ...(rice.has(productId)
              ? { scoreInputs: { reach: 100 + ((i + j) % 900), impact: 1, confidence: 80 } }
              : {}),
            effort: 1 + ((i + j) % 8),
          },
        });
        if (!res.ok()) throw new Error(`creating a feature: ${res.status()} ${await res.text()}`);
      }),
    );
  return { before: count, added: Math.max(0, missing) };
}

/**
 * Navigation to the inbox until it is interactive: cold (a fresh browser profile, nothing cached) and
 * warm (the app already open on another screen, its files cached, then a full navigation to the inbox).
 */
async function inboxInteractive(base: string, ws: string) {
  const browser = await chromium.launch(CHROMIUM);
  const cold: number[] = [];
  const warm: number[] = [];
  const open = async (page: Page) => {
    const start = Date.now();
    await page.goto(`/w/${ws}/feedback`);
    // Interactive: the first rows are on screen and the search box takes input.
    await page.getByRole('table', { name: 'Feedback' }).getByRole('row').nth(1).waitFor();
    await page.getByRole('textbox', { name: 'Search feedback' }).fill('export');
    return Date.now() - start;
  };
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ baseURL: base });
      const page = await context.newPage();
      await login(page, base, 'pm@demo.tandem');
      cold.push(await open(page));
      await page.goto(`/w/${ws}/ownership`);
      await page.getByRole('table', { name: 'Ownership matrix' }).waitFor();
      warm.push(await open(page));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { cold, warm };
}

/**
 * Requests the app sends for one keyboard triage step: the inbox open on new feedback, `j` focuses the next
 * row, `t` triages it; every /api request from the key press until the network is idle is counted.
 */
async function triageRequests(base: string, ws: string) {
  const browser = await chromium.launch(CHROMIUM);
  const counts: number[] = [];
  const paths = new Map<string, number>();
  try {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await login(page, base, 'pm@demo.tandem');
    await page.goto(`/w/${ws}/feedback`);
    await page.getByRole('table', { name: 'Feedback' }).getByRole('row').nth(1).waitFor();
    await page.waitForLoadState('networkidle');
    let sent: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/'))
        sent.push(`${r.method()} ${url.pathname.replace(/[0-9a-f-]{36}/g, ':id')}`);
    });
    for (let step = 0; step < RUNS; step++) {
      await page.keyboard.press('j');
      await page.waitForLoadState('networkidle');
      sent = [];
      await Promise.all([
        page.waitForResponse((r) => r.request().method() !== 'GET' && r.url().includes('/api/')),
        page.keyboard.press('t'),
      ]);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      counts.push(sent.length);
      for (const p of sent) paths.set(p, (paths.get(p) ?? 0) + 1);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return { counts, paths: [...paths].sort((a, b) => b[1] - a[1]) };
}

async function scrollFeatures(base: string, ws: string) {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await login(page, base, 'pm@demo.tandem');
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`/w/${ws}/features`);
    const scroller = page.getByTestId('features-scroller');
    await scroller.waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
    // Phase 1: load every page (200 rows each) by keeping the scroller at its end, timed on its own:
    // this is the server's paging, not the table's rendering.
    const loadStart = Date.now();
    const loaded = await scroller.evaluate(async (el) => {
      const table = el.querySelector('[role="table"]')!;
      const deadline = performance.now() + 600_000;
      while (table.getAttribute('aria-rowcount') === '-1' && performance.now() < deadline) {
        el.scrollTop = el.scrollHeight;
        await new Promise((r) => setTimeout(r, 50));
      }
      return Number(table.getAttribute('aria-rowcount')) - 1;
    });
    const loadSeconds = (Date.now() - loadStart) / 1000;
    // Phase 2: with every row loaded, scroll from top to bottom like a flung wheel (600 px per frame) and
    // count the frames that took long and the long tasks (> 50 ms) the browser reports meanwhile.
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await page.waitForTimeout(500);
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
    const started = Date.now();
    const result = await scroller.evaluate(async (el) => {
      const frames: number[] = [];
      let last = performance.now();
      while (el.scrollTop + el.clientHeight < el.scrollHeight - 2) {
        el.scrollTop += 600;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      return { frames, rendered: el.querySelectorAll('[role="row"]').length };
    });
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    await context.close();
    return {
      loaded,
      loadSeconds,
      seconds: (Date.now() - started) / 1000,
      frames: result.frames.length,
      medianFrame: median(result.frames),
      slowFrames: result.frames.filter((f) => f > 50).length,
      longestFrame: Math.max(...result.frames),
      longTasks: longTasks.length,
      longestTask: longTasks.length ? Math.max(...longTasks) : 0,
      longTaskTotal: longTasks.reduce((s, d) => s + d, 0),
      renderedRows: result.rendered,
    };
  } finally {
    await browser.close();
  }
}

const main = async () => {
  const js = initialJavaScript();
  process.stdout.write(
    `Initial JavaScript: ${kb(js.gzip)} gzipped (${kb(js.raw)} raw) in ${js.files.length} files\n`,
  );
  const server = await startServer({ seedDemo: true });
  try {
    const setup = await chromium.launch(CHROMIUM);
    const page = await setup.newPage();
    const ws = await login(page, server.baseUrl, 'pm@demo.tandem');
    if (args.only === 'inbox') {
      const inbox = await inboxInteractive(server.baseUrl, ws);
      process.stdout.write(
        `Inbox: cold median ${median(inbox.cold)} ms (${inbox.cold.join(', ')}); warm median ${median(inbox.warm)} ms (${inbox.warm.join(', ')})\n`,
      );
      await setup.close();
      return;
    }
    const triage = await triageRequests(server.baseUrl, ws);
    process.stdout.write(
      `Requests per keyboard triage step: median ${median(triage.counts)} (${triage.counts.join(', ')}) over ${RUNS} steps; ` +
        `sent: ${triage.paths.map(([p, n]) => `${p} ×${n}`).join('; ')}\n`,
    );
    if (args.only === 'triage') {
      await setup.close();
      return;
    }
    const inbox = await inboxInteractive(server.baseUrl, ws);
    process.stdout.write(
      `Feedback inbox interactive after navigation: cold median ${median(inbox.cold)} ms (${inbox.cold.join(', ')}); ` +
        `warm median ${median(inbox.warm)} ms (${inbox.warm.join(', ')}) over ${RUNS} loads each\n`,
    );
    const filled = await fillFeatures(page, server.baseUrl, ws);
    await setup.close();
    process.stdout.write(`Features: ${filled.before} in the demo, ${filled.added} added → ${FEATURES}\n`);
    const scroll = await scrollFeatures(server.baseUrl, ws);
    process.stdout.write(
      `Features table: ${scroll.loaded} rows loaded page by page in ${scroll.loadSeconds.toFixed(1)} s; then ` +
        `scrolled top to bottom in ${scroll.seconds.toFixed(1)} s: ${scroll.frames} frames (longest ${scroll.longestFrame.toFixed(0)} ms), ` +
        `median frame ${scroll.medianFrame.toFixed(1)} ms, ${scroll.slowFrames} frames over 50 ms; ` +
        `${scroll.longTasks} long tasks (longest ${scroll.longestTask.toFixed(0)} ms, ${scroll.longTaskTotal.toFixed(0)} ms in all); ` +
        `${scroll.renderedRows} rows in the DOM at the end\n`,
    );
  } finally {
    await server.stop();
  }
};

await main();
