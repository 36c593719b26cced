import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { type Role, WorkspaceProvider } from '../app/workspace';
import { Comments, FoldedComments } from './Comments';

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as Role[],
  artefacts: [
    {
      artefact: 'product' as const,
      owners: ['admin' as const, 'product_manager' as const],
      contributors: [{ role: 'product_marketer' as const, may: ['comment' as const] }],
      readers: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'],
      reviewers: ['admin' as const],
      description: 'Products',
    },
  ],
};

const PRODUCT = '33333333-3333-4333-8333-333333333333';
const pat = {
  userId: '44444444-4444-4444-8444-444444444444',
  id: '',
  name: 'Pat Manager',
  email: 'pat@acme.test',
};
const me = { user: { id: '55555555-5555-4555-8555-555555555555', name: 'Mo Marketer' } };

afterEach(() => vi.restoreAllMocks());
// The autosizing textarea listens for web fonts, which the simulated DOM lacks.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', { value: { addEventListener() {}, removeEventListener() {} } });

/** Answers the component's reads as the server would, and records what it posts. */
function serve() {
  const posted: { path: string; body: unknown }[] = [];
  const reads: string[] = [];
  vi.spyOn(api, 'GET').mockImplementation((async (path: string, init: { params?: { query?: object } }) => {
    reads.push(`${path} ${JSON.stringify(init?.params?.query ?? {})}`);
    const data = path.endsWith('/members')
      ? {
          items: [{ ...pat, id: pat.userId, role: 'product_manager', version: 1, createdAt: '' }],
          nextCursor: null,
        }
      : path === '/api/v1/me'
        ? me
        : { items: [], nextCursor: null };
    return { data, response: new Response(null, { status: 200 }) };
  }) as never);
  vi.spyOn(api, 'POST').mockImplementation((async (path: string, init: { body: unknown }) => {
    posted.push({ path, body: init.body });
    return { data: { id: 'c1' }, response: new Response(null, { status: 201 }) };
  }) as never);
  return { posted, reads };
}

function renderAs(role: Role, ui: React.ReactNode) {
  return render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <WorkspaceProvider value={{ id: 'ws', name: 'Acme', role, ownership: ownership as never }}>
          {ui}
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('Comments', () => {
  it('lets a product marketer comment on a product, with an @mention picked from the members', async () => {
    const { posted, reads } = serve();
    renderAs('product_marketer', <Comments entityType="product" entityId={PRODUCT} />);
    expect(await screen.findByText('No comments on this product yet.', { exact: false })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Comments on this product' })).toBeTruthy();
    expect(reads).toContain(
      `/api/v1/workspaces/{workspaceId}/comments ${JSON.stringify({ entityType: 'product', entityId: PRODUCT, limit: 100 })}`,
    );
    const box = screen.getByLabelText('Add a comment') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Is this ready, @Pa', selectionStart: 18 } });
    fireEvent.click(await screen.findByRole('option', { name: /Pat Manager/ }));
    await waitFor(() => expect(box.value).toBe(`Is this ready, @[Pat Manager](${pat.userId}) `));
    fireEvent.click(screen.getByRole('button', { name: 'Comment' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      path: '/api/v1/workspaces/{workspaceId}/comments',
      body: {
        entityType: 'product',
        entityId: PRODUCT,
        body: `Is this ready, @[Pat Manager](${pat.userId})`,
      },
    });
  });

  it('shows others the discussion read-only, naming who may comment', async () => {
    serve();
    renderAs('marketer', <Comments entityType="product" entityId={PRODUCT} />);
    const note = await screen.findByRole('note');
    expect(note.textContent).toBe(
      'Your role may read the discussion but not comment: Product manager or Product marketer (and admins) do.',
    );
    expect(screen.queryByLabelText('Add a comment')).toBeNull();
  });

  it('folds a discussion away under a card until opened, then loads it', async () => {
    const { reads } = serve();
    renderAs('product_marketer', <FoldedComments entityType="product" entityId={PRODUCT} title="Atlas" />);
    const toggle = screen.getByRole('button', { name: 'Show comments on Atlas' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(reads.filter((r) => r.includes('/comments'))).toEqual([]);
    fireEvent.click(toggle);
    expect(await screen.findByRole('region', { name: 'Comments on Atlas' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hide comments on Atlas' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});
