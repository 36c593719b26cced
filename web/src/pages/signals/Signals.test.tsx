import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SNIPPET_VERSION } from '../../../../src/modules/ingest/snippet.ts';
import { fakeApi, renderAs, WS } from '../customers/testing';
import { AttributionSettingsForm } from './AttributionSettingsForm';
import { GoalForm } from './GoalForm';
import type { Source } from './queries';
import SourceDetail from './SourceDetail';
import { SourcesTab } from './SourcesTab';

const source = (over: Partial<Source> = {}): Source => ({
  id: '50000000-0000-4000-8000-000000000005',
  name: 'Marketing site',
  kind: 'website',
  domains: ['www.acme.example'],
  key: 'tdm_0123456789abcdefghijklmnopqrstuv',
  previousKeyExpiresAt: null,
  status: 'active',
  revokedAt: null,
  version: 2,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

afterEach(() => vi.restoreAllMocks());

/** A Mantine Select's input (its list carries the same label). */
const select = (label: string, root: Pick<typeof screen, 'getAllByLabelText'> = screen) =>
  root.getAllByLabelText(label).find((el) => el.tagName === 'INPUT')!;

const detail = (role: Parameters<typeof renderAs>[0]) =>
  renderAs(
    role,
    <Routes>
      <Route path="/w/:ws/signals/sources/:sourceId" element={<SourceDetail />} />
      <Route path="/w/:ws/signals" element={<p>Sources list</p>} />
    </Routes>,
    `/w/${WS}/signals/sources/${source().id}`,
  );

describe('Sources', { timeout: 30_000 }, () => {
  it('adds a website with its domains cleaned, refusing a URL typed as a domain', async () => {
    const calls = fakeApi((method) => (method === 'GET' ? { items: [], nextCursor: null } : source()));
    renderAs('product_manager', <SourcesTab />);
    fireEvent.click(await screen.findByRole('button', { name: 'New source' }));
    const dialog = await screen.findByRole('dialog', { name: 'New source' });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Marketing site' } });
    const domains = within(dialog).getByPlaceholderText('www.example.com');
    // Pasted: the tags input takes typed text only from real key presses.
    const paste = (text: string) => fireEvent.paste(domains, { clipboardData: { getData: () => text } });
    paste('https://acme.example');
    fireEvent.submit(within(dialog).getByRole('button', { name: 'Add source' }).closest('form')!);
    expect(await within(dialog).findByText(/Leave out https:\/\//)).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.keyDown(domains, { key: 'Backspace' });
    paste('WWW.Acme.example');
    fireEvent.submit(within(dialog).getByRole('button', { name: 'Add source' }).closest('form')!);
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.init.body).toEqual({
      name: 'Marketing site',
      kind: 'website',
      domains: ['www.acme.example'],
    });
  });

  it('shows the key and the snippet, and rotates with the chosen grace after asking', async () => {
    const calls = fakeApi((method) => (method === 'GET' ? source() : source({ key: 'tdm_new', version: 3 })));
    detail('marketer');
    expect(await screen.findByLabelText('Key')).toHaveProperty('textContent', source().key);
    expect(screen.getByLabelText('Snippet').textContent).toBe(
      `<script defer src="${window.location.origin}/ingest/plausible/js/tandem.js?v=${SNIPPET_VERSION}" data-key="${source().key}"></script>`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Rotate key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rotate the key of Marketing site?' });
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.click(select('The old key keeps working', within(dialog)));
    fireEvent.click(await screen.findByRole('option', { name: '3 days' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Make a new key' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe('/api/v1/workspaces/{workspaceId}/sources/{id}/rotate-key');
    expect(post.init.body).toEqual({ graceHours: 72, version: 2 });
  });

  it('asks before revoking, and says a revoked source takes no events', async () => {
    const calls = fakeApi((method) => (method === 'GET' ? source() : source({ status: 'revoked' })));
    detail('marketer');
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke Marketing site?' });
    expect(within(dialog).getByText(/cannot be undone/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke source' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.init.body).toEqual({ version: 2 });
  });

  it('shows a revoked source without setup, and keeps owners’ buttons visible but disabled for others', async () => {
    fakeApi(() => source({ status: 'revoked', revokedAt: '2026-11-20T09:00:00.000Z' }));
    detail('sales');
    expect(await screen.findByText('This source is revoked')).toBeTruthy();
    expect(screen.queryByLabelText('Snippet')).toBeNull();
    const remove = screen.getByRole('button', { name: 'Delete source' });
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(remove.getAttribute('title')).toMatch(/marketer|product manager/i);
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).readOnly).toBe(true);
  });

  it('offers the PostHog server setup, not the snippet, for a server source', async () => {
    fakeApi(() => source({ kind: 'server', domains: [] }));
    detail('viewer');
    expect((await screen.findByLabelText('PostHog server setup')).textContent).toContain('/ingest/posthog');
    expect(screen.queryByLabelText('Snippet')).toBeNull();
    expect(screen.getByRole('button', { name: 'Rotate key' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('Goals', { timeout: 30_000 }, () => {
  it('sends typed filter values and the revenue property', async () => {
    const calls = fakeApi(() => ({}));
    renderAs('product_marketer', <GoalForm goal={null} onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Pro purchase' } });
    fireEvent.change(screen.getByLabelText(/^Event/), { target: { value: 'purchase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a property' }));
    fireEvent.change(screen.getByLabelText('Property 1'), { target: { value: 'seats' } });
    fireEvent.click(select('Type of property 1'));
    fireEvent.click(await screen.findByRole('option', { name: 'Number' }));
    fireEvent.change(screen.getByLabelText('Value of property 1'), { target: { value: 'five' } });
    fireEvent.change(screen.getByLabelText(/Revenue property/), { target: { value: 'revenue' } });
    const submit = () => fireEvent.submit(screen.getByRole('button', { name: 'Add goal' }).closest('form')!);
    submit();
    expect(await screen.findByText('Enter a number')).toBeTruthy();
    expect(calls).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Value of property 1'), { target: { value: '5' } });
    submit();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.init.body).toEqual({
      name: 'Pro purchase',
      event: 'purchase',
      filter: { seats: 5 },
      revenueProperty: 'revenue',
      currency: 'USD',
    });
  });
});

describe('Attribution settings', { timeout: 30_000 }, () => {
  const settings = { model: 'last_touch', lookbackDays: 30, leadEvents: [], version: 0, updatedAt: null };

  it('saves the whole settings with the version read', async () => {
    const calls = fakeApi((method, _p, init) =>
      method === 'GET' ? settings : { ...settings, ...(init.body as object), version: 1 },
    );
    renderAs('marketer', <AttributionSettingsForm />);
    expect(await screen.findByText(/These are the defaults/)).toBeTruthy();
    fireEvent.click(select('Attribution model'));
    fireEvent.click(await screen.findByRole('option', { name: 'Linear' }));
    fireEvent.change(screen.getByLabelText(/Lookback window/), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')!.init.body).toEqual({
      model: 'linear',
      lookbackDays: 90,
      leadEvents: [],
      version: 0,
    });
  });

  it('is read only for product management, naming marketing on the disabled save', async () => {
    fakeApi(() => settings);
    renderAs('product_manager', <AttributionSettingsForm />);
    const save = await screen.findByRole('button', { name: 'Save settings' });
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(save.getAttribute('title')).toMatch(/marketer/i);
  });
});
