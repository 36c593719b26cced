import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNIPPET_VERSION } from '../../src/modules/ingest/snippet.ts';
import {
  accessibilityViolations,
  launch,
  newTeam,
  screenshot,
  see,
  seeText,
  settled,
  type Team,
} from './harness';

/**
 * Market signals setup in the browser: a marketer adds a website source, sees its one-line snippet with the
 * key, and rotates the key (the old one keeps working for the chosen grace). No console error, axe clean.
 */

let browser: Browser;
let team: Team;
const consoleErrors: string[] = [];
const watch = (page: Page) =>
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()} (${m.location().url})`);
  });

beforeAll(async () => {
  browser = await launch();
  team = await newTeam(browser, 'Signals E2E');
  watch(team.marketer.page);
});
afterAll(async () => browser?.close());

async function clean(page: Page, name: string) {
  await settled(page);
  await screenshot(page, `signals-${name}`);
  expect(await accessibilityViolations(page), name).toEqual([]);
}

describe('market signals setup', () => {
  it('creates a website source, shows its snippet and rotates its key', async () => {
    const { page } = team.marketer;
    const host = `www.e2e-${Date.now().toString(36)}.example`;
    await page.goto(`/w/${team.workspaceId}/signals`);
    await see(page.getByText('No sources yet'));
    await clean(page, 'empty');

    await page.getByRole('button', { name: 'New source' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New source' });
    await dialog.getByLabel('Name').fill('Marketing site');
    await dialog.getByPlaceholder('www.example.com').fill(host.toUpperCase());
    await dialog.getByPlaceholder('www.example.com').press('Enter');
    await dialog.getByRole('button', { name: 'Add source' }).click();

    await see(page.getByRole('heading', { name: 'Marketing site' }));
    await seeText(page.getByText(`Website · ${host}`), `Website · ${host}`);
    const key = (await page.getByLabel('Key', { exact: true }).textContent())!.trim();
    expect(key).toMatch(/^tdm_[A-Za-z0-9_-]{32}$/);
    const origin = new URL(page.url()).origin;
    await seeText(
      page.getByLabel('Snippet', { exact: true }),
      `<script defer src="${origin}/ingest/plausible/js/tandem.js?v=${SNIPPET_VERSION}" data-key="${key}"></script>`,
    );
    await clean(page, 'source');

    await page.getByRole('button', { name: 'Rotate key' }).click();
    const rotate = page.getByRole('dialog', { name: 'Rotate the key of Marketing site?' });
    await rotate.getByRole('button', { name: 'Make a new key' }).click();
    await rotate.waitFor({ state: 'detached' });
    await see(page.getByText(/The previous key keeps working until/));
    const rotated = (await page.getByLabel('Key', { exact: true }).textContent())!.trim();
    expect(rotated).toMatch(/^tdm_/);
    expect(rotated).not.toBe(key);
    await seeText(page.getByLabel('Snippet', { exact: true }), new RegExp(`data-key="${rotated}"`));
    await clean(page, 'rotated');

    await page.goto(`/w/${team.workspaceId}/signals`);
    await see(page.getByRole('table', { name: 'Sources' }).getByRole('link', { name: 'Marketing site' }));
    expect(consoleErrors).toEqual([]);
  });
});
