import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import { Transfer } from './Transfer';

function renderAs(role: Role) {
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/w/ws1/settings/transfer']}>
          <Routes>
            <Route
              path="/w/ws1/settings/transfer"
              element={
                <WorkspaceProvider value={{ id: 'ws1', name: 'Acme', role, ownership: {} as never }}>
                  <Transfer />
                </WorkspaceProvider>
              }
            />
            <Route path="/w/:id" element={<p>Workspace page</p>} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  status < 400
    ? { data: body, response: new Response(null, { status, headers }) }
    : { error: body, response: new Response(null, { status, headers }) };

const exported = { format: 'tandem-workspace', formatVersion: 1, workspace: { id: 'w0', name: 'Northwind' } };

describe('Settings › Export and import', () => {
  it('downloads the export under the name the server proposes', async () => {
    const blob = new Blob(['{}'], { type: 'application/json' });
    const get = vi.spyOn(api, 'GET').mockResolvedValue(
      answer(200, blob, {
        'content-disposition': 'attachment; filename="tandem-ws1-2026-12-02.json"',
      }) as never,
    );
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderAs('admin');
    fireEvent.click(screen.getByRole('button', { name: 'Download export' }));
    await screen.findByText(/Saved tandem-ws1-2026-12-02\.json/);
    expect(get.mock.calls[0]![0]).toBe('/api/v1/workspaces/{workspaceId}/export');
    expect(click).toHaveBeenCalledOnce();
  });

  it('keeps the export an admin’s, and says so', () => {
    renderAs('product_manager');
    expect(screen.getByRole('button', { name: 'Download export' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('note').textContent).toBe('Only admins export the workspace.');
  });

  it('imports a file as a new workspace under the chosen name, then opens it', async () => {
    const post = vi.spyOn(api, 'POST').mockResolvedValue(
      answer(201, {
        workspaceId: 'ws2',
        name: 'Northwind copy',
        counts: { members: 1, products: 3, featureFeedback: 12, launches: 0 },
        invited: 4,
        notes: ['Source “Site”: www.example.com left out (already held by another source).'],
      }) as never,
    );
    renderAs('sales');
    fireEvent.change(screen.getByLabelText('Workspace export file'), {
      target: { files: [new File([JSON.stringify(exported)], 'northwind.json')] },
    });
    const name = await screen.findByLabelText('Name of the new workspace');
    expect((name as HTMLInputElement).value).toBe('Northwind');
    fireEvent.change(name, { target: { value: 'Northwind copy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import as a new workspace' }));
    const result = await screen.findByRole('list', { name: 'What was imported' });
    expect(post.mock.calls[0]).toEqual([
      '/api/v1/workspaces/import',
      { params: { query: { name: 'Northwind copy' } }, body: exported },
    ]);
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Products: 3',
      'Feature feedback: 12',
      '4 people invited with their roles',
      'Source “Site”: www.example.com left out (already held by another source).',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Open Northwind copy' }));
    await screen.findByText('Workspace page');
  });

  it('says why a file is refused, and creates nothing', async () => {
    vi.spyOn(api, 'POST').mockResolvedValue(
      answer(422, {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        detail: 'Not a Tandem workspace export: "format" must be "tandem-workspace"',
      }) as never,
    );
    renderAs('admin');
    fireEvent.change(screen.getByLabelText('Workspace export file'), {
      target: { files: [new File(['{"hello":1}'], 'other.json')] },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Import as a new workspace' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not a Tandem workspace export');
    expect(alert.textContent).toContain('nothing was created');
  });

  it('refuses a file that is not JSON before sending it', async () => {
    const post = vi.spyOn(api, 'POST');
    renderAs('admin');
    fireEvent.change(screen.getByLabelText('Workspace export file'), {
      target: { files: [new File(['a,b\n1,2'], 'sheet.csv')] },
    });
    await screen.findByText(/sheet\.csv is not a JSON file/);
    await waitFor(() => expect(post).not.toHaveBeenCalled());
    expect(screen.queryByRole('button', { name: 'Import as a new workspace' })).toBeNull();
  });
});
