import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { PendingInvitations } from './PendingInvitations';

const invitation = {
  id: '11111111-1111-4111-8111-111111111111',
  workspaceId: '22222222-2222-4222-8222-222222222222',
  workspaceName: 'Globex',
  role: 'sales' as const,
  invitedByName: 'Ada Admin',
  createdAt: '2026-11-30T10:00:00.000Z',
  expiresAt: '2026-12-14T10:00:00.000Z',
};

function renderList() {
  return render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <PendingInvitations invitations={[invitation]} />
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

/** Records what the component asks of the API, answering as the server would. */
function recordPosts(answer: unknown, status: number) {
  const calls: { path: string; body: unknown }[] = [];
  vi.spyOn(api, 'POST').mockImplementation((async (path: string, init: { body: unknown }) => {
    calls.push({ path, body: init.body });
    return { data: answer, response: new Response(null, { status }) };
  }) as never);
  return calls;
}

describe('PendingInvitations', () => {
  it('says where, as what and from whom, and declines by id', async () => {
    const calls = recordPosts(undefined, 204);
    renderList();
    expect(screen.getByText(/You are invited to/).textContent).toBe('You are invited to Globex as Sales');
    expect(screen.getByText(/by Ada Admin/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Decline the invitation to Globex' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ path: '/api/v1/invitations/decline', body: { id: invitation.id } });
  });

  it('accepts by id', async () => {
    const calls = recordPosts({ id: invitation.workspaceId, name: 'Globex', role: 'sales' }, 200);
    renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Accept the invitation to Globex' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ path: '/api/v1/invitations/accept', body: { id: invitation.id } });
  });
});
