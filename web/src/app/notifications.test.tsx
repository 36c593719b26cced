import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { type Notification, NotificationBell } from './notifications';
import type { Me } from './session';

const WS = '22222222-2222-4222-8222-222222222222';
const FEATURE = '33333333-3333-4333-8333-333333333333';
const note = (over: Partial<Notification> = {}): Notification => ({
  id: '11111111-1111-4111-8111-111111111111',
  workspaceId: WS,
  kind: 'mention',
  entityType: 'feature',
  entityId: FEATURE,
  parentId: null,
  commentId: null,
  outcome: null,
  actor: { id: '44444444-4444-4444-8444-444444444444', name: 'Pat PM' },
  title: 'SSO for admins',
  deleted: false,
  summary: 'Pat PM mentioned you on the feature “SSO for admins”',
  excerpt: 'Can you take this one?',
  read: false,
  createdAt: new Date().toISOString(),
  ...over,
});
const me = (invitations: Me['invitations'] = []) =>
  ({
    user: { id: 'u', name: 'Mo Marketer', email: 'mo@example.com' },
    workspaces: [{ id: WS, name: 'Acme', role: 'marketer' }],
    invitations,
  }) as unknown as Me;

afterEach(() => vi.restoreAllMocks());

/** Answers the bell's requests as the server would, counting them. */
function fakeServer(state: { unread: number; items: Notification[] }) {
  const gets: string[] = [];
  const posts: unknown[] = [];
  const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
  vi.spyOn(api, 'GET').mockImplementation((async (path: string) => {
    gets.push(path);
    if (path === '/api/v1/me/notifications/unread-count') return ok({ unread: state.unread });
    return ok({ items: state.items, nextCursor: null });
  }) as never);
  vi.spyOn(api, 'POST').mockImplementation((async (_path: string, init: { body: { ids?: string[] } }) => {
    posts.push(init.body);
    const hit = state.items.filter((n) => !n.read && (!init.body.ids || init.body.ids.includes(n.id)));
    hit.forEach((n) => (n.read = true));
    state.unread -= hit.length;
    return ok({ updated: hit.length });
  }) as never);
  return { gets, posts };
}

function renderBell(m: Me) {
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <NotificationBell me={m} workspaceId={WS} />
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('NotificationBell', () => {
  it('names the unread count, invitations included', async () => {
    fakeServer({ unread: 2, items: [] });
    renderBell(
      me([
        {
          id: '55555555-5555-4555-8555-555555555555',
          workspaceId: '66666666-6666-4666-8666-666666666666',
          workspaceName: 'Globex',
          role: 'sales',
          invitedByName: 'Ada Admin',
          createdAt: '2026-11-30T10:00:00.000Z',
          expiresAt: '2026-12-14T10:00:00.000Z',
        },
      ]),
    );
    expect(await screen.findByRole('button', { name: 'Notifications, 3 unread' })).toBeTruthy();
  });

  it('lists the latest with a link to the item, and marks one read without refetching the list', async () => {
    const server = fakeServer({ unread: 1, items: [note()] });
    renderBell(me());
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const dialog = await screen.findByRole('dialog');
    const link = await within(dialog).findByRole('link', { name: /mentioned you on the feature/ });
    expect(link.getAttribute('href')).toBe(`/w/${WS}/features/${FEATURE}`);
    const listsBefore = server.gets.filter((p) => p === '/api/v1/me/notifications').length;

    fireEvent.click(within(dialog).getByRole('button', { name: /^Mark read: Pat PM mentioned you/ }));
    await waitFor(() => expect(server.posts).toEqual([{ ids: [note().id] }]));
    expect(await screen.findByRole('button', { name: 'Notifications, 0 unread' })).toBeTruthy();
    await waitFor(() => expect(within(dialog).queryByRole('button', { name: /^Mark read:/ })).toBeNull());
    expect(server.gets.filter((p) => p === '/api/v1/me/notifications').length).toBe(listsBefore);
  });

  it('marks all read', async () => {
    const server = fakeServer({
      unread: 2,
      items: [note(), note({ id: '77777777-7777-4777-8777-777777777777', summary: 'Another' })],
    });
    renderBell(me());
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Another');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(server.posts).toEqual([{ all: true }]));
    expect(await screen.findByRole('button', { name: 'Notifications, 0 unread' })).toBeTruthy();
  });

  it('shows a deleted item without a link', async () => {
    fakeServer({
      unread: 1,
      items: [
        note({ deleted: true, title: null, summary: 'Pat PM assigned you a launch task since deleted' }),
      ],
    });
    renderBell(me());
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Pat PM assigned you a launch task since deleted')).toBeTruthy();
    expect(within(dialog).queryByRole('link', { name: /since deleted/ })).toBeNull();
  });
});
