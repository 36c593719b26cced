import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import { emptyProgram, ProgramForm, type ProgramValues } from './ProgramForm';

if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() },
  });

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'marketer'] as Role[],
  artefacts: [{ artefact: 'program' as const, owners: ['marketer' as const], contributors: [], readers: [] }],
};

function renderForm(initial: ProgramValues, submit: (v: ProgramValues) => void) {
  const client = new QueryClient();
  client.setQueryData(['members', 'ws', 'all'], { items: [], complete: true });
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <WorkspaceProvider
          value={{ id: 'ws', name: 'Acme', role: 'marketer', ownership: ownership as never }}
        >
          <ProgramForm
            initial={initial}
            requirementOptions={[{ value: 'r1', label: 'CIOs must see the architecture' }]}
            action="create"
            submitLabel="Propose program"
            pending={false}
            submit={submit}
          />
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('ProgramForm refuses what the server would, instead of changing it silently', () => {
  it('keeps a budget of −5000 as typed and says it must be 0 or more, sending nothing', async () => {
    const submit = vi.fn();
    renderForm({ ...emptyProgram(['r1']), name: 'Webinars' }, submit);
    const budget = screen.getByRole('textbox', { name: 'Planned budget' });
    fireEvent.change(budget, { target: { value: '-5000' } });
    fireEvent.blur(budget);
    expect((budget as HTMLInputElement).value).toBe('-$5,000');
    fireEvent.click(screen.getByRole('button', { name: 'Propose program' }));
    expect(await screen.findByText('Use 0 or more.')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it('says an end date before the start is wrong, keeping both dates', async () => {
    const submit = vi.fn();
    renderForm(
      { ...emptyProgram(['r1']), name: 'Webinars', startDate: '2027-03-31', endDate: '2027-03-01' },
      submit,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Propose program' }));
    expect(await screen.findByText('Use a date on or after the start date.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'End date' }) as HTMLInputElement).value).toBe('1 Mar 2027');
    expect(submit).not.toHaveBeenCalled();
  });
});
