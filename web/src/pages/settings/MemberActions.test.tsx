import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import { InviteAgain, LeaveWorkspace } from './MemberActions';
import { Members } from './Members';

const WS = '66666666-6666-4666-8666-666666666666';
const ME = '55555555-5555-4555-8555-555555555555';
const ownership = { adminMayDoEverything: true as const, roles: [] as Role[], artefacts: [] };

afterEach(() => vi.restoreAllMocks());

/** Records the calls the component makes, answering as the server would. */
function serve() {
  const calls: string[] = [];
  const bodies: unknown[] = [];
  vi.spyOn(api, 'GET').mockImplementation((async () => ({
    data: { user: { id: ME, name: 'Sam Sales', email: 'sam@acme.test' }, workspaces: [], invitations: [] },
    response: new Response(null, { status: 200 }),
  })) as never);
  vi.spyOn(api, 'DELETE').mockImplementation((async (path: string, init: { params: { path: object } }) => {
    calls.push(`DELETE ${path} ${JSON.stringify(init.params.path)}`);
    return { data: undefined, response: new Response(null, { status: 204 }) };
  }) as never);
  vi.spyOn(api, 'POST').mockImplementation((async (path: string, init: { body: unknown }) => {
    calls.push(`POST ${path}`);
    bodies.push(init.body);
    return { data: { kind: 'invitation', token: 'inv_new' }, response: new Response(null, { status: 202 }) };
  }) as never);
  return { calls, bodies };
}

function renderIt(ui: React.ReactNode, role: Role = 'sales') {
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <WorkspaceProvider value={{ id: WS, name: 'Acme', role, ownership: ownership as never }}>
            {ui}
          </WorkspaceProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('Settings › Members, for everyone and for expired invitations', () => {
  it('lets a member leave the workspace after confirming', async () => {
    const { calls } = serve();
    renderIt(<LeaveWorkspace />);
    fireEvent.click(await screen.findByRole('button', { name: 'Leave workspace' }));
    expect(calls).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Leave Acme' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toBe(
      `DELETE /api/v1/workspaces/{workspaceId}/members/{userId} ${JSON.stringify({ workspaceId: WS, userId: ME })}`,
    );
  });

  it('invites an expired invitation again: withdraws it, then invites the same address with the same role', async () => {
    const { calls, bodies } = serve();
    const id = '77777777-7777-4777-8777-777777777777';
    renderIt(<InviteAgain invitation={{ id, email: 'late@acme.test', role: 'marketer' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Invite late@acme.test again' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls).toEqual([
      `DELETE /api/v1/workspaces/{workspaceId}/invitations/{id} ${JSON.stringify({ workspaceId: WS, id })}`,
      'POST /api/v1/workspaces/{workspaceId}/members',
    ]);
    expect(bodies).toEqual([{ email: 'late@acme.test', role: 'marketer' }]);
  });
});

describe('Settings › Members', () => {
  const expired = {
    id: '88888888-8888-4888-8888-888888888888',
    email: 'late@acme.test',
    role: 'marketer',
    status: 'expired',
    version: 1,
    createdAt: '2026-10-01T00:00:00.000Z',
    expiresAt: '2026-10-15T00:00:00.000Z',
    acceptedAt: null,
  };
  function serveLists() {
    vi.spyOn(api, 'GET').mockImplementation((async (path: string) => ({
      data: path.endsWith('/invitations')
        ? { items: [expired], nextCursor: null }
        : path.endsWith('/members')
          ? { items: [], nextCursor: null }
          : { user: { id: ME, name: 'Sam', email: 'sam@acme.test' }, workspaces: [], invitations: [] },
      response: new Response(null, { status: 200 }),
    })) as never);
  }

  it('offers every member a way to leave', async () => {
    serveLists();
    renderIt(<Members />, 'sales');
    expect(await screen.findByRole('button', { name: 'Leave workspace' })).toBeTruthy();
  });

  it('offers admins to invite an expired invitation again', async () => {
    serveLists();
    renderIt(<Members />, 'admin');
    expect(await screen.findByRole('button', { name: 'Invite late@acme.test again' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Revoke the invitation of late@acme.test' })).toBeTruthy();
  });
});
