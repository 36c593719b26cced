import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  apiCall,
  launch,
  newTeam,
  screenshot,
  see,
  seeText,
  settled,
  type Team,
} from './harness';

/**
 * The whole hand-off chain, each step by the role that owns it, through the screens:
 * sales records feedback → PM links it to a feature, scores it and plans it in a release → PMM creates the
 * launch, approves messaging and files a requirement → marketer proposes a program → PMM accepts it →
 * marketer adds a campaign with a UTM link.
 */

let browser: Browser;
let team: Team;
const ws = () => team.workspaceId;
const api = (page: Page, method: string, path: string, body?: unknown) =>
  apiCall(page, method, `/api/v1/workspaces/${ws()}${path}`, body);

/** A text field by its accessible name (required fields' asterisks are not part of it). */
const field = (scope: Locator | Page, name: string) =>
  scope
    .getByRole('textbox', { name, exact: true })
    .or(scope.getByRole('combobox', { name, exact: true }))
    .or(scope.getByRole('spinbutton', { name, exact: true }))
    .first();

/** Picks an option of a Mantine Select or MultiSelect by its label. */
async function choose(page: Page, label: string, option: string | RegExp, scope = page.locator('body')) {
  await field(scope, label).click();
  await page.getByRole('option', { name: option }).first().click();
}

const stamp = Date.now().toString(36);
const names = {
  product: `Pulse ${stamp}`,
  release: `2027.${stamp}`,
  feature: `Okta single sign-on ${stamp}`,
  persona: `IT director ${stamp}`,
  launch: `Pulse SSO launch ${stamp}`,
  requirement: `Reach IT buyers before the SSO launch ${stamp}`,
  program: `SSO webinar series ${stamp}`,
  campaign: `SSO webinar invite ${stamp}`,
  feedback: `Security review blocks us until you support Okta SSO (${stamp})`,
};
const ids: Record<string, string> = {};

beforeAll(async () => {
  browser = await launch();
  team = await newTeam(browser, `Hand-off ${stamp}`);
  // What the chain starts from: a product, a planned release, a persona (set up through the API).
  ids.product = (await api(team.pm.page, 'POST', '/products', { name: names.product })).id;
  ids.release = (
    await api(team.pm.page, 'POST', '/releases', {
      name: names.release,
      productId: ids.product,
      capacity: 20,
    })
  ).id;
  ids.feature = (
    await api(team.pm.page, 'POST', '/features', { productId: ids.product, title: names.feature })
  ).id;
  ids.persona = (
    await api(team.pmm.page, 'POST', '/personas', { name: names.persona, productIds: [ids.product] })
  ).id;
});
afterAll(async () => browser?.close());

describe('the hand-off chain', () => {
  it('sales records feedback', async () => {
    const { page } = team.sales;
    await page.goto(`/w/${ws()}`);
    await page.getByLabel('What did the customer say?').fill(names.feedback);
    await page.getByRole('button', { name: 'Record feedback' }).click();
    await see(page.getByText('Feedback recorded'));
    const inbox = await api(page, 'GET', `/feedback?q=${encodeURIComponent('Okta')}`);
    ids.feedback = inbox.items.find((f: { text: string }) => f.text === names.feedback).id;
  });

  it('PM links it to a feature, scores the feature and plans it in a release', async () => {
    const { page } = team.pm;
    await page.goto(`/w/${ws()}/feedback`);
    const row = page
      .getByRole('table', { name: 'Feedback' })
      .getByRole('row', { name: new RegExp(`Okta SSO \\(${stamp}`) });
    await row.getByRole('button', { name: 'Link', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Search features').fill('Okta');
    await dialog.getByRole('radio', { name: new RegExp(names.feature) }).check();
    await choose(page, 'Importance to the customer', 'Critical', dialog);
    await dialog.getByRole('button', { name: 'Link', exact: true }).click();
    await see(page.getByText(/Linked\./));
    await screenshot(page, 'feedback-inbox');

    await page.goto(`/w/${ws()}/features/${ids.feature}`);
    await field(page, 'Reach').fill('3000');
    await choose(page, 'Impact', 'High (2)');
    await field(page, 'Confidence').fill('80');
    await field(page, 'Effort').fill('8');
    await choose(page, 'Release', names.release);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await seeText(page.getByLabel('Score explanation'), '= 600');
    const feature = await api(page, 'GET', `/features/${ids.feature}`);
    expect(feature).toMatchObject({ releaseId: ids.release, score: 600, effort: 8 });
    expect(feature.demand.feedbackCount).toBe(1);
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'feature-detail');
  });

  it('PMM creates the launch, approves the messaging and files a requirement', async () => {
    const { page } = team.pmm;
    // The launch, from the release.
    await page.goto(`/w/${ws()}/launches`);
    await page.getByRole('button', { name: 'New launch' }).first().click();
    await field(page, 'Name').fill(names.launch);
    await choose(page, 'Product', names.product);
    await choose(page, 'Release', names.release);
    await page.getByLabel('Launch date').fill('2027-03-15');
    await page.getByRole('button', { name: 'Plan launch' }).click();
    await page.waitForURL(/\/launches\/[0-9a-f-]{36}$/);
    ids.launch = page.url().split('/launches/')[1]!;
    await seeText(page.locator('main'), names.launch);
    await screenshot(page, 'launch-detail');

    // Messaging written as a draft, then taken through review to approval on the matrix.
    await api(page, 'POST', '/messaging', {
      productId: ids.product,
      personaId: ids.persona,
      headline: 'Single sign-on your security team signs off',
      valueProposition: 'Roll Pulse out to every seat without a security exception.',
      pillars: [1, 2, 3].map((n) => ({
        title: `Pillar ${n}`,
        description: 'Why it matters',
        proofPoints: [`Proof ${n}`],
      })),
      boilerplateShort: 'Pulse gives IT one place to govern access.',
      elevatorPitch: 'We make Pulse pass your security review.',
    });
    await page.goto(`/w/${ws()}/messaging`);
    const matrix = page.getByRole('table', { name: 'Messaging matrix' });
    await matrix.locator('tr', { hasText: names.persona }).getByRole('button').first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Submit for review' }).click();
    await drawer.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(
        async () =>
          (await api(page, 'GET', `/messaging?productId=${ids.product}&status=approved`)).items.length,
      )
      .toBe(1);
    await screenshot(page, 'messaging-approved');
    await page.keyboard.press('Escape');

    // The go-to-market problem handed to marketing.
    await page.goto(`/w/${ws()}/handoff`);
    await page.getByRole('button', { name: 'New requirement' }).first().click();
    const form = page.getByRole('dialog', { name: 'New requirement for marketing' });
    await field(form, 'Title').fill(names.requirement);
    await field(form, 'Problem').fill('IT directors do not know Pulse now passes security reviews.');
    await choose(page, 'Audience (persona)', names.persona, form);
    await form.getByRole('button', { name: 'File requirement' }).click();
    await see(page.getByText(names.requirement));
  });

  it('marketer proposes a program for the requirement', async () => {
    const { page } = team.marketer;
    await page.goto(`/w/${ws()}/handoff`);
    const requirement = page
      .locator('article, [role="listitem"], .mantine-Card-root', { hasText: names.requirement })
      .first();
    await requirement.getByRole('button', { name: 'Propose a program' }).click();
    const form = page.getByRole('dialog', { name: 'Propose a program' });
    await form.getByLabel('Program name').fill(names.program);
    await form
      .getByLabel('What will be done')
      .fill('Three webinars for IT directors with the security team.');
    await form.getByRole('button', { name: 'Propose program' }).click();
    await see(page.getByRole('article', { name: names.program }));
    await screenshot(page, 'handoff-proposed');
  });

  it('PMM accepts the program', async () => {
    const { page } = team.pmm;
    await page.goto(`/w/${ws()}/handoff`);
    const card = page.getByRole('article', { name: names.program });
    await card.getByRole('button', { name: 'Accept' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept the program' });
    await dialog
      .getByRole('button', { name: /Accept/ })
      .last()
      .click();
    await seeText(
      page.getByRole('region', { name: 'Accepted programs' }).or(page.getByLabel('Accepted programs')),
      names.program,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'handoff-accepted');
  });

  it('marketer adds a campaign with a UTM link', async () => {
    const { page } = team.marketer;
    await page.goto(`/w/${ws()}/campaigns`);
    await page.getByRole('button', { name: 'New campaign' }).first().click();
    const form = page.getByRole('dialog');
    await field(form, 'Name').fill(names.campaign);
    await choose(page, 'Program', new RegExp(names.program), form);
    await choose(page, 'Channel', /Email/i, form);
    await form.getByRole('button', { name: 'Create campaign' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    await page.getByLabel('Destination URL').fill('https://pulse.example.com/sso');
    await page.getByLabel('Link label').fill('Invite email CTA');
    await page.getByRole('button', { name: 'Save link' }).click();
    const links = page.getByRole('table', { name: 'Tagged links' });
    await seeText(links, 'utm_medium=email');
    await seeText(links, 'https://pulse.example.com/sso?');
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'campaign-detail');
  });
});
