import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { WorkspaceProvider } from '../../app/workspace';
import { InviteForm } from './InviteForm';

afterEach(() => vi.restoreAllMocks());

describe('InviteForm', () => {
  it('invites by email with a role, shows the link once and tells its host', async () => {
    const post = vi.spyOn(api, 'POST').mockResolvedValue({
      data: { invitation: { id: 'i1' }, token: 'inv_secret' },
      response: new Response(null, { status: 202 }),
    } as never);
    const onInvited = vi.fn();
    render(
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>
          <WorkspaceProvider value={{ id: 'ws1', name: 'Acme', role: 'admin', ownership: {} as never }}>
            <InviteForm onInvited={onInvited} />
          </WorkspaceProvider>
        </QueryClientProvider>
      </MantineProvider>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: /Email/ }), { target: { value: 'mia@acme.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));
    await screen.findByText(/\/invitations\?token=inv_secret/);
    expect(post.mock.calls[0]).toEqual([
      '/api/v1/workspaces/{workspaceId}/members',
      { params: { path: { workspaceId: 'ws1' } }, body: { email: 'mia@acme.test', role: 'product_manager' } },
    ]);
    expect(onInvited).toHaveBeenCalledWith({ email: 'mia@acme.test', role: 'product_manager' });
  });
});
