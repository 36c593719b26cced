import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { WorkspaceProvider } from '../../app/workspace';
import type { ImportReport } from './csv';
import { ImportFeedback } from './ImportFeedback';

const report: ImportReport = {
  imported: 2,
  columns: ['text', 'source'],
  rejected: [
    {
      row: 3,
      errors: [{ column: 'source', message: 'Unknown source "pigeon"; use one of sales_call, …' }],
      values: { text: 'Carrier, please', source: 'pigeon' },
    },
  ],
};
const FILE = 'text,source\nOne,email\nTwo,\n"Carrier, please",pigeon\n';

function renderImport(onDone = vi.fn()) {
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <WorkspaceProvider value={{ id: 'ws1', name: 'Acme', role: 'sales', ownership: {} as never }}>
          <ImportFeedback onDone={onDone} />
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return onDone;
}

/** Answers each POST as the server would (the dry run and the import give the same report here). */
function recordPosts(answer: (body: { csv: string; dryRun: boolean }) => { status: number; data: unknown }) {
  const calls: { path: string; body: { csv: string; dryRun: boolean } }[] = [];
  vi.spyOn(api, 'POST').mockImplementation((async (
    path: string,
    init: { body: { csv: string; dryRun: boolean } },
  ) => {
    calls.push({ path, body: init.body });
    const { status, data } = answer(init.body);
    return status < 400
      ? { data, response: new Response(null, { status }) }
      : { error: data, response: new Response(null, { status }) };
  }) as never);
  return calls;
}

const choose = (text: string, name = 'feedback.csv') =>
  fireEvent.change(screen.getByLabelText('CSV file'), {
    target: { files: [new File([text], name, { type: 'text/csv' })] },
  });

afterEach(() => vi.restoreAllMocks());

describe('ImportFeedback', () => {
  it('says which columns a file may have, each from the server’s value set', () => {
    renderImport();
    const table = screen.getByRole('table', { name: 'Columns of a feedback CSV' });
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('code')?.textContent);
    expect(names).toEqual([
      'text',
      'title',
      'source',
      'sentiment',
      'tags',
      'customer',
      'contact_email',
      'product',
      'persona',
      'created_at',
    ]);
  });

  it('checks the file first, shows rejected rows by number and reason, then imports on request', async () => {
    const calls = recordPosts(() => ({ status: 200, data: report }));
    const onDone = renderImport();
    choose(FILE);
    await screen.findByText(/2 rows ready to import; 1 row will be skipped/);
    expect(calls).toEqual([
      { path: '/api/v1/workspaces/{workspaceId}/feedback/import', body: { csv: FILE, dryRun: true } },
    ]);
    const rejected = screen.getByRole('table', { name: 'Rejected rows' });
    const cells = within(rejected).getAllByRole('row')[1]!.querySelectorAll('td');
    expect([...cells].map((c) => c.textContent)).toEqual([
      '3',
      'source',
      'Unknown source "pigeon"; use one of sales_call, …',
    ]);
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    await screen.findByText(/Imported 2 feedback items/);
    expect(calls[1]!.body).toEqual({ csv: FILE, dryRun: false });
    expect(onDone).toHaveBeenCalledWith(report);
    expect(screen.getByText(/1 row rejected/)).toBeTruthy();
  });

  it('downloads the rejected rows under the file’s own header', async () => {
    recordPosts(() => ({ status: 200, data: report }));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:rejected';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderImport();
    choose(FILE);
    fireEvent.click(await screen.findByRole('button', { name: 'Download rejected rows' }));
    expect(click).toHaveBeenCalledOnce();
    expect(await blobs[0]!.text()).toBe('text,source\r\n"Carrier, please",pigeon\r\n');
  });

  it('shows why a whole file is refused, and offers no import', async () => {
    recordPosts(() => ({
      status: 422,
      data: {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        detail: 'The CSV header must have a "text" column and only these: text, title, …',
      },
    }));
    renderImport();
    choose('comment\nhello\n');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('must have a "text" column');
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
  });

  it('refuses an empty file without sending it', async () => {
    const calls = recordPosts(() => ({ status: 200, data: report }));
    renderImport();
    choose('  \n', 'empty.csv');
    await screen.findByText('empty.csv is empty.');
    await waitFor(() => expect(calls).toHaveLength(0));
  });
});
