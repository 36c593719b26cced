import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  apiCall,
  baseUrl,
  launch,
  PASSWORD,
  type Person,
  screenshot,
  see,
  seeText,
  settled,
  uniqueEmail,
} from './harness';

/**
 * A new team's first day, in the browser only: the admin signs up, creates the workspace and follows the
 * first-run guide on Home (product line and product, first release, teammates invited with their roles, a
 * CSV import with a rejected row); the invited product marketer and marketer sign up with the invited
 * addresses and accept; then a feature planned in the release, a launch, a requirement answered by a
 * program (proposed by the marketer, accepted by the product marketer) and a campaign. Every screen passed
 * is checked with axe, no page may log a console error, and each is saved as first-run-*.png.
 */

let browser: Browser;
const stamp = Date.now().toString(36);
const names = {
  workspace: `Pulse Labs ${stamp}`,
  line: `Pulse Platform ${stamp}`,
  product: `Pulse Dashboards ${stamp}`,
  release: `2027.1 ${stamp}`,
  feature: `Scheduled PDF reports ${stamp}`,
  launch: `Scheduled reports launch ${stamp}`,
  requirement: `Tell finance teams about scheduled reports ${stamp}`,
  program: `Finance webinar ${stamp}`,
  campaign: `Finance webinar invite ${stamp}`,
};
const people = {} as { admin: Person; pmm: Person; marketer: Person };
let ws = '';
const consoleErrors: string[] = [];

/** Every page of a context reports its console errors and uncaught exceptions here. */
function watchConsole(page: Page) {
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    consoleErrors.push(`${page.url()}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
}

/** Signs up through the sign-up page with a given address (the one an admin invited). */
async function signUpAs(email: string, name: string): Promise<Person> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  watchConsole(page);
  await page.goto('/signup');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/(workspaces\/new|w\/|invitations)/);
  return { context, page, email, name };
}

/** A text field by its accessible name (required fields' asterisks are not part of it). */
const field = (scope: Locator | Page, name: string) =>
  scope
    .getByRole('textbox', { name, exact: true })
    .or(scope.getByRole('combobox', { name, exact: true }))
    .or(scope.getByRole('spinbutton', { name, exact: true }))
    .first();

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string, option: string | RegExp, scope: Locator | Page = page) {
  await field(scope, label).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** axe on the page as it stands (less the rules named as known elsewhere), and a screenshot of it. */
async function checkScreen(page: Page, name: string, known: string[] = []) {
  await settled(page);
  const violations = await accessibilityViolations(page);
  expect(
    violations.filter((v) => !known.some((rule) => v.startsWith(`${rule} `))),
    name,
  ).toEqual([]);
  await screenshot(page, `first-run-${name}`);
}

const guide = (page: Page) => page.getByRole('region', { name: /^Set up |is set up$/ });
/** Opens a step of the guide (a click on an open one would close it). */
async function openStep(page: Page, title: string) {
  const control = guide(page).getByRole('button', { name: new RegExp(title) });
  if ((await control.getAttribute('aria-expanded')) !== 'true') await control.click();
}
const api = <T = any>(page: Page, method: string, path: string, body?: unknown) =>
  apiCall<T>(page, method, `/api/v1/workspaces/${ws}${path}`, body);

const started = Date.now();
beforeAll(async () => {
  browser = await launch();
});
afterEach(() => {
  expect(consoleErrors.splice(0), 'console errors').toEqual([]);
});
afterAll(async () => {
  console.log(`first-run journey: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await browser?.close();
});

describe('a new team from sign-up to its first campaign', () => {
  it('the admin signs up and creates a workspace; Home offers the guide', async () => {
    people.admin = await signUpAs(uniqueEmail('admin'), 'Ada Admin');
    const { page } = people.admin;
    await page.goto('/workspaces/new');
    await page.getByLabel('Workspace name').fill(names.workspace);
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.waitForURL(/\/w\/[0-9a-f-]{36}$/);
    ws = page.url().split('/w/')[1]!;
    await see(guide(page));
    await seeText(guide(page), '0 of 4 done');
    await checkScreen(page, 'guide-empty');
  });

  it('creates the product line and a product in place', async () => {
    const { page } = people.admin;
    const region = guide(page);
    await field(region, 'Name').fill(names.line);
    await region.getByRole('button', { name: 'Create product line' }).click();
    await see(region.getByRole('heading', { name: 'New product' }));
    // The new product goes into the line just created.
    await expect.poll(async () => field(region, 'Product line').inputValue()).toBe(names.line);
    await field(region, 'Name').fill(names.product);
    await region.getByRole('button', { name: 'Create product' }).click();
    await seeText(region.getByRole('list', { name: 'Product lines and products' }), names.product);
    await seeText(region, '1 of 4 done');
    await checkScreen(page, 'guide-products');
  });

  it('plans the first release in place, for the product line', async () => {
    const { page } = people.admin;
    const region = guide(page);
    await openStep(page, 'Plan the first release');
    await expect
      .poll(async () => field(region, 'Product or product line').inputValue())
      .toContain(names.line);
    await field(region, 'Name').fill(names.release);
    await region.getByRole('button', { name: 'Create release' }).click();
    await seeText(region.getByRole('list', { name: 'Releases' }), names.release);
    await seeText(region, '2 of 4 done');
    await checkScreen(page, 'guide-release');
  });

  it('invites a product marketer and a marketer, who sign up with those addresses and accept', async () => {
    const { page } = people.admin;
    const region = guide(page);
    await openStep(page, 'Invite teammates');
    const invited = { pmm: uniqueEmail('pmm'), marketer: uniqueEmail('mkt') };
    for (const [email, role] of [
      [invited.pmm, 'Product marketer'],
      [invited.marketer, 'Marketer'],
    ] as const) {
      await field(region, 'Email').fill(email);
      await choose(page, 'Role', new RegExp(`^${role}$`), region);
      await region.getByRole('button', { name: 'Invite', exact: true }).click();
      await see(region.getByText('Invitation link (shown once):'));
      await expect.poll(async () => field(region, 'Email').inputValue()).toBe('');
    }
    await seeText(region, '2 invitations waiting for an answer');
    await seeText(region, '3 of 4 done');
    await checkScreen(page, 'guide-team');

    people.pmm = await signUpAs(invited.pmm, 'Marco Marketer');
    people.marketer = await signUpAs(invited.marketer, 'Mia Campaigns');
    for (const person of [people.pmm, people.marketer]) {
      const p = person.page;
      await p.waitForURL(/\/invitations/);
      await see(p.getByText(/You are invited to/));
      if (person === people.pmm) await checkScreen(p, 'invitation');
      await p.getByRole('button', { name: `Accept the invitation to ${names.workspace}` }).click();
      await p.waitForURL(new RegExp(`/w/${ws}$`));
    }
    // The teammate sees the guide too, with who does what.
    await see(guide(people.pmm.page));
    await checkScreen(people.pmm.page, 'guide-teammate');
  });

  it('imports feedback from CSV in place, with the rejected row shown', async () => {
    const { page } = people.admin;
    await page.reload();
    const region = guide(page);
    await openStep(page, 'Import feedback from CSV');
    const csv = [
      'text,title,source,sentiment,tags',
      'We need PDF reports emailed every Monday,Scheduled PDF,sales_call,negative,reports',
      '"Finance wants the board pack, automatically",Board pack,support,neutral,reports;finance',
      'Love the dashboards,,survey,positive,',
      'Carrier pigeon delivery please,Pigeons,pigeon,,',
    ].join('\n');
    await region.getByLabel('CSV file').setInputFiles({
      name: 'feedback.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await seeText(region, '3 rows ready to import; 1 row will be skipped');
    await region.getByRole('button', { name: 'Import 3 rows' }).click();
    await seeText(region, 'Imported 3 feedback items');
    const rejected = region.getByRole('table', { name: 'Rejected rows' });
    await seeText(rejected, 'Unknown source "pigeon"');
    await seeText(rejected.getByRole('row').nth(1), /^4/);
    await see(region.getByRole('button', { name: 'Download rejected rows' }));
    await seeText(guide(page), '4 of 4 done');
    await seeText(guide(page).getByRole('heading', { level: 2 }), 'is set up');
    await checkScreen(page, 'guide-done');
    const feedback = await api<{ items: unknown[] }>(page, 'GET', '/feedback?limit=10');
    expect(feedback.items).toHaveLength(3);
  });

  it('offers the same import in the feedback inbox', async () => {
    const { page } = people.admin;
    await page.goto(`/w/${ws}/feedback`);
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import feedback from CSV' });
    await see(dialog.getByRole('table', { name: 'Columns of a feedback CSV' }));
    await checkScreen(page, 'inbox-import');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('plans a feature in the release', async () => {
    const { page } = people.admin;
    await page.goto(`/w/${ws}/features`);
    await page.getByRole('button', { name: 'New feature' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New feature' });
    await choose(page, 'Product', names.product, dialog);
    await field(dialog, 'Title').fill(names.feature);
    await dialog.getByRole('button', { name: 'Create feature' }).click();
    await page.waitForURL(/\/features\/[0-9a-f-]{36}$/);
    const featureId = page.url().split('/features/')[1]!;
    await choose(page, 'Release', names.release);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await api(page, 'GET', `/features/${featureId}`)).releaseId).toBeTruthy();
    await checkScreen(page, 'feature');
  });

  it('the product marketer plans the launch and files a requirement', async () => {
    const { page } = people.pmm;
    await page.goto(`/w/${ws}/launches`);
    await page.getByRole('button', { name: 'New launch' }).first().click();
    const form = page.getByRole('dialog', { name: 'New launch' });
    await field(form, 'Name').fill(names.launch);
    await choose(page, 'Release', names.release, form);
    await form.getByLabel('Launch date').fill('2027-03-15');
    await form.getByRole('button', { name: 'Plan launch' }).click();
    await page.waitForURL(/\/launches\/[0-9a-f-]{36}$/);
    await seeText(page.locator('main'), names.launch);
    await checkScreen(page, 'launch');

    await page.goto(`/w/${ws}/handoff`);
    await page.getByRole('button', { name: 'New requirement' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New requirement for marketing' });
    await field(dialog, 'Title').fill(names.requirement);
    await field(dialog, 'Problem').fill(
      'Finance teams do not know Pulse can send the board pack on its own.',
    );
    await dialog.getByRole('button', { name: 'File requirement' }).click();
    await see(page.getByText(names.requirement));
    await checkScreen(page, 'requirement');
  });

  it('the marketer proposes a program for the requirement', async () => {
    const { page } = people.marketer;
    await page.goto(`/w/${ws}/handoff`);
    const requirement = page
      .locator('article, [role="listitem"], .mantine-Card-root', { hasText: names.requirement })
      .first();
    await requirement.getByRole('button', { name: 'Propose a program' }).click();
    const form = page.getByRole('dialog', { name: 'Propose a program' });
    await form.getByLabel('Program name').fill(names.program);
    await form.getByLabel('What will be done').fill('A webinar for finance teams with a live demo.');
    await form.getByRole('button', { name: 'Propose program' }).click();
    await see(page.getByRole('article', { name: names.program }));
    await checkScreen(page, 'program-proposed');
  });

  it('the product marketer accepts the program', async () => {
    const { page } = people.pmm;
    await page.goto(`/w/${ws}/handoff`);
    await page.getByRole('article', { name: names.program }).getByRole('button', { name: 'Accept' }).click();
    await page
      .getByRole('dialog', { name: 'Accept the program' })
      .getByRole('button', { name: /Accept/ })
      .last()
      .click();
    await seeText(
      page.getByRole('region', { name: 'Accepted programs' }).or(page.getByLabel('Accepted programs')),
      names.program,
    );
    await checkScreen(page, 'program-accepted');
  });

  it('the marketer adds a campaign to the program', async () => {
    const { page } = people.marketer;
    await page.goto(`/w/${ws}/campaigns`);
    await page.getByRole('button', { name: 'New campaign' }).first().click();
    const form = page.getByRole('dialog');
    await field(form, 'Name').fill(names.campaign);
    await choose(page, 'Program', new RegExp(names.program), form);
    await choose(page, 'Channel', /Email/i, form);
    await form.getByRole('button', { name: 'Create campaign' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    await seeText(page.locator('main'), names.campaign);
    await checkScreen(page, 'campaign');
  });

  it('the admin downloads the workspace export and imports it as a new workspace', async () => {
    const { page } = people.admin;
    await page.goto(`/w/${ws}/settings/transfer`);
    await see(page.getByRole('heading', { name: 'Export this workspace' }));
    await checkScreen(page, 'settings-transfer');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download export' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^tandem-${ws}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const file = await download.path();
    await page.getByLabel('Workspace export file').setInputFiles(file);
    const name = field(page, 'Name of the new workspace');
    await expect.poll(async () => name.inputValue()).toBe(names.workspace);
    await name.fill(`${names.workspace} (copy)`);
    await page.getByRole('button', { name: 'Import as a new workspace' }).click();
    const result = page.getByRole('list', { name: 'What was imported' });
    await seeText(result, 'Campaigns: 1');
    await seeText(result, '2 people invited with their roles');
    await checkScreen(page, 'settings-imported');
    await page.getByRole('button', { name: `Open ${names.workspace} (copy)` }).click();
    await page.waitForURL((url) => /\/w\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(ws));
    await see(page.getByRole('heading', { level: 1, name: /Good to see you/ }));
  });
});
