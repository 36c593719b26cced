import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import { ApprovalActions } from './ApprovalActions';

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as Role[],
  artefacts: [
    {
      artefact: 'positioning' as const,
      owners: ['admin' as const, 'product_marketer' as const],
      contributors: [{ role: 'marketer' as const, may: ['comment' as const] }],
      readers: [],
      reviewers: ['admin' as const, 'product_marketer' as const],
      description: 'Positioning',
    },
  ],
};

const REFUSAL =
  'You wrote or submitted this positioning, and this workspace requires a second person to approve it: another product marketer or an admin.';

function renderAs(role: Role, approveRefusal: string | null) {
  const run = vi.fn(async () => ({}));
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <WorkspaceProvider value={{ id: 'ws', name: 'Acme', role, ownership: ownership as never }}>
          <ApprovalActions
            artefact="positioning"
            entity={{ id: 'p1', status: 'in_review', version: 3, approveRefusal }}
            run={run}
          />
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return run;
}

describe('ApprovalActions', () => {
  it('approves for a reviewer the server lets approve', async () => {
    const run = renderAs('product_marketer', null);
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(run).toHaveBeenCalledWith({ step: 'approve', version: 3 }, expect.anything()));
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('keeps Approve visible but disabled for the author when a second approver is required, saying why', () => {
    const run = renderAs('product_marketer', REFUSAL);
    const approve = screen.getByRole('button', { name: 'Approve' });
    expect(approve.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(approve);
    expect(run).not.toHaveBeenCalled();
    const note = screen.getByRole('note');
    expect(note.textContent).toBe(REFUSAL);
    expect(approve.getAttribute('aria-describedby')).toBe(note.id);
    // Sending back stays open to them.
    expect(screen.getByRole('button', { name: 'Send back' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('names the reviewers, not the owners, to a role that may not review', () => {
    const run = renderAs('marketer', null);
    const approve = screen.getByRole('button', { name: 'Approve' });
    expect(approve.getAttribute('aria-disabled')).toBe('true');
    expect(approve.getAttribute('title')).toBe('Reviewed by Product marketer (and admins)');
    fireEvent.click(approve);
    expect(run).not.toHaveBeenCalled();
  });
});
