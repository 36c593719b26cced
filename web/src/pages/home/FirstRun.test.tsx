import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import { FirstRun } from './FirstRun';

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as Role[],
  artefacts: [
    { artefact: 'product', owners: ['product_manager'], contributors: [], readers: [], reviewers: [] },
    { artefact: 'release', owners: ['product_manager'], contributors: [], readers: [], reviewers: [] },
    {
      artefact: 'feedback',
      owners: ['product_manager'],
      contributors: [{ role: 'sales', may: ['create'] }],
      readers: [],
      reviewers: [],
    },
  ],
};

const member = (name: string, role: Role) => ({ userId: name, name, email: `${name}@acme.test`, role });
const product = (id: string, name: string, parentId: string | null = null) => ({
  id,
  name,
  parentId,
  description: '',
  vision: '',
  function: '',
  targetDemographic: '',
  value: '',
});

type World = {
  products: unknown[];
  releases: unknown[];
  members: unknown[];
  invitations: unknown[];
  feedback: unknown[];
};
const emptyWorld = (): World => ({
  products: [],
  releases: [],
  members: [member('Ada Admin', 'admin')],
  invitations: [],
  feedback: [],
});

/** Answers the list GETs the guide reads from the world given. */
function serve(world: World) {
  vi.spyOn(api, 'GET').mockImplementation((async (path: string) => {
    const resource = path.split('/').pop() as keyof World;
    const items = world[resource];
    if (!items) throw new Error(`unexpected GET ${path}`);
    return { data: { items, nextCursor: null }, response: new Response(null, { status: 200 }) };
  }) as never);
}

function renderAs(role: Role) {
  return render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <WorkspaceProvider value={{ id: 'ws1', name: 'Acme', role, ownership: ownership as never }}>
            <FirstRun />
          </WorkspaceProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const guide = () => screen.findByRole('region', { name: /Set up Acme|Acme is set up/ });
const step = (name: RegExp) => screen.getByRole('button', { name });

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('FirstRun', () => {
  it('opens on an empty workspace at the first step, with the product line form in place', async () => {
    serve(emptyWorld());
    renderAs('admin');
    const region = await guide();
    expect(within(region).getByText('0 of 4 done')).toBeTruthy();
    expect(step(/Create the product line and products/).getAttribute('aria-expanded')).toBe('true');
    expect(step(/Plan the first release/).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: 'Create product line' })).toBeTruthy();
  });

  it('reads progress from the data and opens the first step left', async () => {
    serve({
      ...emptyWorld(),
      products: [product('l1', 'Platform'), product('p1', 'Dashboards', 'l1')],
      releases: [{ id: 'r1', name: '2027.1' }],
      invitations: [{ id: 'i1', status: 'expired' }],
    });
    renderAs('admin');
    const region = await guide();
    expect(within(region).getByText('2 of 4 done')).toBeTruthy();
    expect(step(/Done.*Create the product line/).getAttribute('aria-expanded')).toBe('false');
    expect(step(/Invite teammates/).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('textbox', { name: /Email/ })).toBeTruthy();
  });

  it('tells a role that may not take a step who does, by name', async () => {
    serve({
      ...emptyWorld(),
      members: [member('Ada Admin', 'admin'), member('Priya', 'product_manager'), member('Sam', 'sales')],
    });
    renderAs('sales');
    await guide();
    const note = screen.getAllByRole('note')[0]!;
    expect(note.textContent).toBe(
      'Only a Product manager or an admin can create products: ask Ada Admin (Admin), Priya (Product manager).',
    );
    expect(screen.queryByRole('button', { name: 'Create product line' })).toBeNull();
  });

  it('stays away from a workspace in use', async () => {
    serve({
      products: [product('p1', 'Dashboards')],
      releases: [{ id: 'r1', name: '2027.1' }],
      members: [member('Ada Admin', 'admin'), member('Priya', 'product_manager')],
      invitations: [],
      feedback: [{ id: 'f1' }],
    });
    renderAs('admin');
    await waitFor(() => expect(api.GET).toHaveBeenCalledTimes(5));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByText(/Set up|is set up/)).toBeNull();
  });

  it('hides for good when the person hides it', async () => {
    serve(emptyWorld());
    const first = renderAs('admin');
    fireEvent.click(within(await guide()).getByRole('button', { name: 'Hide the guide' }));
    expect(screen.queryByRole('region', { name: /Set up Acme/ })).toBeNull();
    first.unmount();
    renderAs('admin');
    await waitFor(() => expect(api.GET).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region', { name: /Set up Acme/ })).toBeNull();
  });
});
