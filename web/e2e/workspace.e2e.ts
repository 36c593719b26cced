import type { Browser } from 'playwright-core';
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

let browser: Browser;
let team: Team;

beforeAll(async () => {
  browser = await launch();
  team = await newTeam(browser, 'Acme E2E');
});
afterAll(async () => browser?.close());

describe('workspace, roles and settings', () => {
  it('signs in with a wrong password refused and a right one accepted', async () => {
    const context = await browser.newContext({ baseURL: team.pm.page.url().split('/w/')[0] });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(team.pm.email);
    await page.locator('input[type=password]').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await seeText(page.getByRole('alert'), /invalid|incorrect|wrong/i);
    await page.locator('input[type=password]').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/w\//);
    await context.close();
  });

  it('shows each role the work that needs them on their home', async () => {
    const expectations: [keyof Team, string[]][] = [
      ['pm', ['New feedback to triage', 'Features without a score', 'Releases and capacity']],
      [
        'pmm',
        [
          'Launches and readiness',
          'Requirements without an accepted program',
          'Stale battlecards',
          'Awaiting approval',
        ],
      ],
      [
        'marketer',
        ['Requirements to answer', 'Campaigns running or due to start', `Budget ${new Date().getFullYear()}`],
      ],
      ['sales', ['Add feedback', 'Battlecards']],
    ];
    for (const [role, titles] of expectations) {
      const { page } = team[role] as Team['pm'];
      await page.goto(`/w/${team.workspaceId}`);
      await settled(page);
      for (const title of titles) await see(page.getByRole('region', { name: title }));
      await screenshot(page, `home-${role}`);
    }
  });

  it('lets sales record feedback from home, and the PM finds it to triage', async () => {
    const { page } = team.sales;
    await page.goto(`/w/${team.workspaceId}`);
    await page
      .getByLabel('What did the customer say?')
      .fill('We need SSO with Okta before we can roll out to 400 seats');
    await page.getByRole('button', { name: 'Record feedback' }).click();
    await see(page.getByText('Feedback recorded'));
    await team.pm.page.goto(`/w/${team.workspaceId}`);
    await see(
      team.pm.page.getByRole('region', { name: 'New feedback to triage' }).getByText(/SSO with Okta/),
    );
  });

  it('lets the PM set one persona on several feedback items from the bulk bar', async () => {
    const api = (page: typeof team.pm.page, method: string, path: string, body?: unknown) =>
      apiCall(page, method, `/api/v1/workspaces/${team.workspaceId}${path}`, body);
    const persona = await api(team.pmm.page, 'POST', '/personas', { name: 'Ops lead Olivia' });
    const titles = ['Bulk persona one', 'Bulk persona two'];
    const made: { id: string }[] = [];
    for (const title of titles)
      made.push(
        await api(team.sales.page, 'POST', '/feedback', { title, text: `${title}: exports time out` }),
      );
    const untouched = await api(team.sales.page, 'POST', '/feedback', {
      title: 'Bulk persona left alone',
      text: 'Not selected',
    });

    const { page } = team.pm;
    await page.goto(`/w/${team.workspaceId}/feedback`);
    for (const title of titles) await page.getByRole('checkbox', { name: `Select “${title}”` }).check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await seeText(bar, '2 selected');
    expect(await bar.getByRole('button', { name: 'Set persona' }).isDisabled()).toBe(true);
    await bar.getByLabel('Persona', { exact: true }).click();
    await page.getByRole('option', { name: 'Ops lead Olivia' }).click();
    await bar.getByRole('button', { name: 'Set persona' }).click();

    await expect
      .poll(async () =>
        Promise.all(made.map(async (f) => (await api(page, 'GET', `/feedback/${f.id}`)).personaId)),
      )
      .toEqual([persona.id, persona.id]);
    expect((await api(page, 'GET', `/feedback/${untouched.id}`)).personaId).toBeNull();
  });

  it('shows the ownership matrix with the viewer unable to create feedback', async () => {
    const { page } = team.viewer;
    await page.goto(`/w/${team.workspaceId}/ownership`);
    const table = page.getByRole('table', { name: 'Ownership matrix' });
    await seeText(table.locator('tr', { hasText: 'Features and user stories' }), 'Owns');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'ownership');
  });

  it('creates an API token shown once, then revokes it', async () => {
    const { page } = team.pm;
    await page.goto(`/w/${team.workspaceId}/settings/tokens`);
    await page.getByLabel('Token name').fill('import script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByTestId('new-token').textContent();
    expect(token?.length).toBeGreaterThan(20);
    const res = await page.request.get(`${new URL(page.url()).origin}/api/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status()).toBe(200);
    await page.getByRole('table', { name: 'API tokens' }).getByRole('button', { name: 'Revoke' }).click();
    await seeText(page.getByRole('table', { name: 'API tokens' }), 'Revoked');
    await screenshot(page, 'settings-tokens');
  });

  it('lets only admins manage members, and every main settings screen passes axe', async () => {
    await team.pm.page.goto(`/w/${team.workspaceId}/settings/members`);
    await seeText(team.pm.page.getByRole('note'), 'Only admins');
    const { page } = team.admin;
    for (const tab of ['workspace', 'members', 'scoring', 'launch-templates']) {
      await page.goto(`/w/${team.workspaceId}/settings/${tab}`);
      await settled(page);
      expect(await accessibilityViolations(page), tab).toEqual([]);
      await screenshot(page, `settings-${tab}`);
    }
    await see(page.getByRole('table', { name: 'Tier 1: major tasks' }));
  });

  it('tells the marketer the PM mentioned them: the bell counts it, links to the feature, and reading clears it', async () => {
    const ws = team.workspaceId;
    const pm = team.pm.page;
    const product = await apiCall(pm, 'POST', `/api/v1/workspaces/${ws}/products`, { name: 'Bell Lab' });
    const feature = await apiCall(pm, 'POST', `/api/v1/workspaces/${ws}/features`, {
      productId: product.id,
      title: 'Usage alerts by email',
    });
    const mia = (await apiCall(team.marketer.page, 'GET', '/api/v1/me')).user;
    await apiCall(pm, 'POST', `/api/v1/workspaces/${ws}/comments`, {
      entityType: 'feature',
      entityId: feature.id,
      body: `Can you plan the announcement? @[${mia.name}](${mia.id})`,
    });

    const { page } = team.marketer;
    await page.goto(`/w/${ws}`);
    const bell = page.getByRole('button', { name: 'Notifications, 1 unread' });
    await see(bell);
    await seeText(page.getByRole('link', { name: /unread notification/ }), '1 unread notification');
    await bell.click();
    const link = page
      .getByRole('dialog')
      .getByRole('link', { name: /mentioned you on the feature “Usage alerts by email”/ });
    await see(link);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-bell');
    await link.click();
    await page.waitForURL(new RegExp(`/w/${ws}/features/${feature.id}$`));
    await see(page.getByRole('button', { name: 'Notifications, 0 unread' }));

    await page.goto(`/w/${ws}/inbox?state=all`);
    await see(page.getByRole('region', { name: 'Notifications' }).getByText(/Usage alerts by email/));
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'inbox');
  });

  it('shows a conflicting save who changed what, and re-applies the change on the current version', async () => {
    const { page } = team.pm;
    const ws = team.workspaceId;
    const product = await apiCall(page, 'POST', `/api/v1/workspaces/${ws}/products`, {
      name: 'Conflict Lab',
    });
    await apiCall(page, 'POST', `/api/v1/workspaces/${ws}/scoring-models`, {
      productId: product.id,
      kind: 'rice',
    });
    await page.goto(`/w/${ws}/settings/scoring`);
    const card = page.getByRole('region', { name: 'Scoring model of Conflict Lab' });
    await see(card);
    // Meanwhile the admin switches the model to ICE.
    const models = await apiCall(
      team.admin.page,
      'GET',
      `/api/v1/workspaces/${ws}/scoring-models?productId=${product.id}`,
    );
    const model = models.items[0];
    await apiCall(team.admin.page, 'PATCH', `/api/v1/workspaces/${ws}/scoring-models/${model.id}`, {
      kind: 'ice',
      version: model.version,
    });
    // The PM, still on the old version, picks value / effort and saves.
    await card.getByLabel('Model').click();
    await page.getByRole('option', { name: /Value ÷ effort/ }).click();
    await card.getByRole('button', { name: 'Save and rescore' }).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else changed this meanwhile' });
    await seeText(dialog.getByRole('table', { name: 'Recent changes' }), 'Ada Admin');
    await seeText(dialog.getByRole('table', { name: 'Recent changes' }), 'RICE → ICE');
    await seeText(dialog.getByRole('table', { name: 'Your change' }), 'Value ÷ effort');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'conflict-dialog');
    await dialog.getByRole('button', { name: 'Re-apply my change' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = await apiCall(
      page,
      'GET',
      `/api/v1/workspaces/${ws}/scoring-models?productId=${product.id}`,
    );
    expect(after.items[0]).toMatchObject({ kind: 'value_effort', version: model.version + 2 });
  });
});
