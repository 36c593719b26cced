import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type Role, WorkspaceProvider } from '../app/workspace';
import { emptyProgram, ProgramForm } from '../pages/handoff/ProgramForm';
import { FormModal } from './FormModal';

// Autosize textareas listen for web fonts, which happy-dom leaves out.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() },
  });

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'marketer'] as Role[],
  artefacts: [{ artefact: 'program' as const, owners: ['marketer' as const], contributors: [], readers: [] }],
};

/** The "Propose a program" modal of the hand-off board, as HandoffBoard renders it. */
function renderProposeModal(onClose: () => void) {
  const client = new QueryClient();
  client.setQueryData(['members', 'ws', 'all'], { items: [], complete: true });
  return render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <WorkspaceProvider
          value={{ id: 'ws', name: 'Acme', role: 'marketer', ownership: ownership as never }}
        >
          <FormModal opened onClose={onClose} title="Propose a program" transitionProps={{ duration: 0 }}>
            <ProgramForm
              initial={emptyProgram(['r1'])}
              requirementOptions={[{ value: 'r1', label: 'CIOs must see the architecture' }]}
              action="create"
              submitLabel="Propose program"
              pending={false}
              submit={() => {}}
            />
          </FormModal>
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const escape = (target: Element) => act(() => void fireEvent.keyDown(target, { key: 'Escape' }));

describe('FormModal', () => {
  it('lets Escape close an open date picker only, then asks before discarding what was typed', async () => {
    const onClose = vi.fn();
    renderProposeModal(onClose);
    const name = screen.getByRole('textbox', { name: /Program name/ });
    fireEvent.change(name, { target: { value: 'Architecture webinars' } });

    const start = screen.getByRole('textbox', { name: 'Start date' });
    fireEvent.click(start);
    await waitFor(() => expect(document.querySelector('[data-dates-dropdown]')).not.toBeNull());
    await escape(start);
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.queryByText('Discard changes?')).toBeNull();
    expect(screen.getByRole('textbox', { name: /Program name/ })).toHaveProperty(
      'value',
      'Architecture webinars',
    );

    // Escape in the form itself (no popup open): asks, and "Keep editing" keeps everything.
    await escape(name);
    expect(await screen.findByText('Discard changes?')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('textbox', { name: /Program name/ })).toHaveProperty(
      'value',
      'Architecture webinars',
    );
    expect(onClose).not.toHaveBeenCalled();

    // The close button asks too; discarding closes.
    fireEvent.click(screen.getAllByRole('button', { name: 'Close' })[0]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Discard changes' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  }, 30_000);

  it('closes at once when nothing was typed', async () => {
    const onClose = vi.fn();
    renderProposeModal(onClose);
    await escape(screen.getByRole('textbox', { name: /Program name/ }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Discard changes?')).toBeNull();
  });
});
