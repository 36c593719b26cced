import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import ReleaseNotesPage from './ReleaseNotesPage';

const WS = '22222222-2222-4222-8222-222222222222';
const release = (id: string, name: string, status: string) => ({
  id,
  name,
  status,
  productId: null,
  description: '',
  targetDate: '2026-12-20',
  capacity: null,
  version: 1,
});
const RELEASED = release('r1111111-1111-4111-8111-111111111111', 'Release 7.2', 'released');
const PLANNED = release('r2222222-2222-4222-8222-222222222222', 'Release 8.0', 'planned');
const note = (o: Record<string, unknown>) => ({
  id: 'n0000000-0000-4000-8000-000000000000',
  releaseId: RELEASED.id,
  releaseName: RELEASED.name,
  releaseStatus: 'released',
  title: 'Faster exports',
  body: '',
  visibility: 'public',
  publishAt: null,
  published: false,
  features: [],
  createdBy: null,
  version: 3,
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  ...o,
});
const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as Role[],
  artefacts: [
    {
      artefact: 'release_note' as const,
      owners: ['product_marketer' as const],
      contributors: [],
      readers: [],
      description: 'Release notes',
    },
  ],
};

// Mantine's autosizing textarea listens for web fonts, which the simulated DOM does not have.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });

let notes: ReturnType<typeof note>[] = [];
let changelog: ReturnType<typeof note>[] = [];
let posts: { path: string; body: unknown }[] = [];
const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });

beforeEach(() => {
  posts = [];
  vi.spyOn(api, 'GET').mockImplementation((async (path: string) => {
    if (path.endsWith('/releases')) return ok({ items: [RELEASED, PLANNED], nextCursor: null });
    if (path.endsWith('/release-notes')) return ok({ items: notes, nextCursor: null });
    if (path.endsWith('/changelog')) return ok({ items: changelog, nextCursor: null });
    if (path.endsWith('/public-changelog'))
      return ok({ enabled: true, slug: 'acme-abcdefghij', path: '/changelog/acme-abcdefghij' });
    return ok({ items: [], nextCursor: null });
  }) as never);
  vi.spyOn(api, 'POST').mockImplementation((async (path: string, init: { body: unknown }) => {
    posts.push({ path, body: init.body });
    return ok(note({ published: true }));
  }) as never);
});
afterEach(() => vi.restoreAllMocks());

function renderPage() {
  return render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <WorkspaceProvider
          value={{ id: WS, name: 'Acme', role: 'product_marketer', ownership: ownership as never }}
        >
          <MemoryRouter>
            <ReleaseNotesPage />
          </MemoryRouter>
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const BODY = [
  "## What's new",
  '**Twice** as fast, see [the docs](https://example.com/docs) or [this](javascript:alert(1)).',
  '<img src=x onerror=alert(1)> ![pixel](https://tracker.example/p.png)',
].join('\n\n');

// Mantine's modals and the lazy preview are slow in the simulated DOM on a busy machine.
describe('release notes page', { timeout: 20_000 }, () => {
  it('renders the Markdown body (no raw ## or **), safe links only, no images or HTML', async () => {
    notes = [note({ body: BODY })];
    renderPage();
    const card = await screen.findByRole('article', { name: 'Faster exports' });
    expect(within(card).getByRole('heading', { name: "What's new" })).toBeTruthy();
    expect(within(card).getByText('Twice').tagName).toBe('STRONG');
    expect(card.textContent).not.toMatch(/##|\*\*/);
    const docs = within(card).getByRole('link', { name: 'the docs' });
    expect(docs.getAttribute('href')).toBe('https://example.com/docs');
    expect(within(card).queryByRole('link', { name: 'this' })).toBeNull();
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('asks before publishing, says who will see it, and publishes only when confirmed', async () => {
    notes = [note({})];
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /^Publish/ }));
    const dialog = await screen.findByRole('dialog');
    expect(posts).toEqual([]);
    await waitFor(() =>
      expect(dialog.textContent).toContain(
        `Anyone can read it at the public changelog ${window.location.origin}/changelog/acme-abcdefghij`,
      ),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish now' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({
      path: '/api/v1/workspaces/{workspaceId}/release-notes/{id}/publish',
      body: { version: 3 },
    });
  });

  it('does not offer to publish now a note whose release and features have not shipped; it may be scheduled', async () => {
    notes = [
      note({
        releaseId: PLANNED.id,
        releaseName: PLANNED.name,
        releaseStatus: 'planned',
        features: [{ id: 'f1', title: 'SSO', status: 'planned' }],
      }),
    ];
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /^Publish/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Release 8.0 is planned, not released');
    expect(dialog.textContent).toContain('SSO is planned, not shipped');
    expect((within(dialog).getByRole('button', { name: 'Publish now' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: /^Schedule for/ }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect((posts[0]!.body as { publishAt: string }).publishAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('previews the changelog as customers see it: rendered body, no links into the workspace', async () => {
    notes = [];
    changelog = [
      note({
        published: true,
        publishAt: '2026-12-01T09:00:00.000Z',
        body: '**Faster** exports',
        features: [{ id: 'f1', title: 'CSV export', status: 'shipped' }],
      }),
    ];
    renderPage();
    fireEvent.click(screen.getByRole('tab', { name: 'Public changelog preview' }));
    const preview = await screen.findByRole('region', { name: 'Changelog preview' });
    expect(within(preview).getByText('Faster').tagName).toBe('STRONG');
    expect(preview.textContent).not.toContain('**');
    expect(preview.querySelectorAll('a[href^="/w/"]')).toHaveLength(0);
    expect(preview.textContent).not.toContain('CSV export');
    const address = screen.getByRole('link', { name: `${window.location.origin}/changelog/acme-abcdefghij` });
    expect(address.getAttribute('href')).toBe(`${window.location.origin}/changelog/acme-abcdefghij`);
  });

  it('writes the body in Markdown and previews it rendered', async () => {
    notes = [];
    renderPage();
    fireEvent.click((await screen.findAllByRole('button', { name: 'New release note' }))[0]!);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Body (Markdown)' }), {
      target: { value: '## Highlights\n\n- **Faster** exports\n- mail [us](mailto:hello@example.com)' },
    });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Preview' }));
    const preview = within(dialog).getByRole('region', { name: 'Preview of the body' });
    expect(within(preview).getByRole('heading', { name: 'Highlights' })).toBeTruthy();
    expect(within(preview).getByText('Faster').tagName).toBe('STRONG');
    expect(within(preview).getByRole('link', { name: 'us' }).getAttribute('href')).toBe(
      'mailto:hello@example.com',
    );
    expect(preview.textContent).not.toMatch(/##|\*\*/);
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Write' }));
    expect(within(dialog).getByRole('textbox', { name: 'Body (Markdown)' })).toBeTruthy();
  });
});
