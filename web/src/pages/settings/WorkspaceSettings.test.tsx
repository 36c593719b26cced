import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import { WorkspaceSettings } from './WorkspaceSettings';

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as Role[],
  artefacts: [
    {
      artefact: 'workspace' as const,
      owners: ['admin' as const],
      contributors: [],
      readers: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'],
      reviewers: ['admin' as const],
      description: 'Workspace name and settings',
    },
  ],
};
const workspace = {
  id: '66666666-6666-4666-8666-666666666666',
  name: 'Acme',
  role: 'admin',
  requireSecondApprover: false,
  version: 4,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

afterEach(() => vi.restoreAllMocks());

function renderAs(role: Role) {
  const patched: unknown[] = [];
  vi.spyOn(api, 'GET').mockImplementation((async () => ({
    data: workspace,
    response: new Response(null, { status: 200 }),
  })) as never);
  vi.spyOn(api, 'PATCH').mockImplementation((async (_path: string, init: { body: unknown }) => {
    patched.push(init.body);
    return { data: { ...workspace, requireSecondApprover: true, version: 5 }, response: new Response() };
  }) as never);
  const deleted: unknown[] = [];
  vi.spyOn(api, 'DELETE').mockImplementation((async (path: string, init: { params: unknown }) => {
    deleted.push([path, init.params]);
    return { data: undefined, response: new Response(null, { status: 204 }) };
  }) as never);
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <WorkspaceProvider value={{ id: workspace.id, name: 'Acme', role, ownership: ownership as never }}>
            <WorkspaceSettings />
          </WorkspaceProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  Object.assign(patched, { deleted });
  return patched as unknown[] & { deleted: unknown[] };
}

describe('Settings › Workspace', () => {
  it('lets an admin require a second approver for positioning and messaging', async () => {
    const patched = renderAs('admin');
    const toggle = await screen.findByRole('switch', {
      name: /^Require a second approver for positioning and messaging/,
    });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(patched).toHaveLength(1));
    expect(patched[0]).toEqual({ name: 'Acme', requireSecondApprover: true, version: 4 });
  });

  it('shows others the settings read-only, naming who changes them', async () => {
    renderAs('product_marketer');
    const toggle = await screen.findByRole('switch', {
      name: /^Require a second approver for positioning and messaging/,
    });
    expect((toggle as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText(/Name/) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('note').textContent).toMatch(/Read only for your role/);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete workspace' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('deletes the workspace only once the admin types its name', async () => {
    const { deleted } = renderAs('admin');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete workspace' }));
    const confirm = await screen.findByRole('button', { name: 'Delete Acme' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Type Acme to confirm'), { target: { value: 'Acme' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete Acme' }));
    await waitFor(() => expect(deleted).toHaveLength(1));
    expect(deleted[0]).toEqual(['/api/v1/workspaces/{workspaceId}', { path: { workspaceId: workspace.id } }]);
  });
});
