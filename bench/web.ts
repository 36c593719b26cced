/**
 * Web app quality figures (issue 4), measured in Debian's headless Chromium against a local server with
 * the demo workspace:
 *   1. initial JavaScript, gzipped: the entry chunk and the chunks it preloads (target < 350 KB);
 *   2. feedback inbox interactive after navigation: from navigation start until the inbox's rows show and
 *      its search box accepts input (target < 1.5 s), median of fresh page loads;
 *   3. the features table scrolled through 10,000 features: long tasks (> 50 ms) observed while scrolling.
 *
 *   npm run bench:web [-- --runs 7]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../web/e2e/browser.ts';
import { startServer } from '../web/e2e/global-setup.ts';
import { ROOT } from './lib.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
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
  const missing = FEATURES - count;
  for (let i = 0; i < missing; i += 20)
    await Promise.all(
      Array.from({ length: Math.min(20, missing - i) }, (_, j) =>
        page.request.post(`${base}/api/v1/workspaces/${ws}/features`, {
          data: {
            productId: productIds[(i + j) % productIds.length],
            title: `Benchmark feature ${i + j}`,
            scoreInputs: { reach: 100 + ((i + j) % 900), impact: 1, confidence: 80 },
            effort: 1 + ((i + j) % 8),
          },
        }),
      ),
    );
  return { before: count, added: Math.max(0, missing) };
}

async function inboxInteractive(base: string, ws: string): Promise<number[]> {
  const browser = await chromium.launch(CHROMIUM);
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ baseURL: base });
      const page = await context.newPage();
      await login(page, base, 'pm@demo.tandem');
      await page.goto(`/w/${ws}/ownership`); // warm the session; the inbox itself is measured cold
      const start = Date.now();
      await page.goto(`/w/${ws}/feedback`);
      await page.getByRole('list', { name: 'Feedback' }).getByRole('listitem').first().waitFor();
      await page
        .getByRole('searchbox')
        .or(page.getByLabel(/search/i))
        .first()
        .fill('export');
      times.push(Date.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
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
    const started = Date.now();
    // Scroll like a person flinging the wheel: 600 px per frame until the last row is reached.
    const result = await scroller.evaluate(async (el, total) => {
      const frames: number[] = [];
      let last = performance.now();
      const deadline = last + 120_000;
      while (performance.now() < deadline) {
        el.scrollTop += 600;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const now = performance.now();
        frames.push(now - last);
        last = now;
        const rows = el.querySelectorAll('[role="row"]');
        const lastRow = rows[rows.length - 1]?.getAttribute('aria-rowindex');
        if (Number(lastRow) >= total && el.scrollTop + el.clientHeight >= el.scrollHeight - 2) break;
      }
      return { frames, rendered: el.querySelectorAll('[role="row"]').length };
    }, FEATURES);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    await context.close();
    const slowFrames = result.frames.filter((f) => f > 50).length;
    return {
      seconds: (Date.now() - started) / 1000,
      frames: result.frames.length,
      medianFrame: median(result.frames),
      slowFrames,
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
    const inbox = await inboxInteractive(server.baseUrl, ws);
    process.stdout.write(
      `Feedback inbox interactive: median ${median(inbox)} ms over ${RUNS} loads (${inbox.join(', ')})\n`,
    );
    const filled = await fillFeatures(page, server.baseUrl, ws);
    await setup.close();
    process.stdout.write(`Features: ${filled.before} in the demo, ${filled.added} added → ${FEATURES}\n`);
    const scroll = await scrollFeatures(server.baseUrl, ws);
    process.stdout.write(
      `Features table, ${FEATURES} rows scrolled in ${scroll.seconds.toFixed(1)} s: ${scroll.frames} frames, ` +
        `median frame ${scroll.medianFrame.toFixed(1)} ms, ${scroll.slowFrames} frames over 50 ms; ` +
        `${scroll.longTasks} long tasks (longest ${scroll.longestTask.toFixed(0)} ms, ${scroll.longTaskTotal.toFixed(0)} ms in all); ` +
        `${scroll.renderedRows} rows in the DOM at the end\n`,
    );
  } finally {
    await server.stop();
  }
};

await main();
