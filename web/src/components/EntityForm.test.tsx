import { MantineProvider, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { reportConflict } from '../app/conflicts';
import { createQueryClient } from '../app/queries';
import { type Role, WorkspaceProvider } from '../app/workspace';
import { EntityForm, useEntityForm } from './EntityForm';

// The conflict dialog itself is tested in app/conflicts.test.tsx; here: what the form hands it.
vi.mock('../app/conflicts', async (original) => ({
  ...(await original<typeof import('../app/conflicts')>()),
  reportConflict: vi.fn(),
}));

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'marketer', 'viewer'] as Role[],
  artefacts: [
    {
      artefact: 'goal' as const,
      owners: ['marketer' as const],
      contributors: [],
      readers: [],
      reviewers: [],
    },
  ],
};

type Goal = { id: string; name: string; version: number };
const goal: Goal = { id: 'g1', name: 'Purchase', version: 3 };

function GoalLikeForm(props: {
  entity: Goal | null;
  update: (name: string, version: number) => Promise<unknown>;
  remove: (g: Goal) => Promise<unknown>;
  onDone: () => void;
}) {
  const form = useForm({ initialValues: { name: props.entity?.name ?? '' } });
  const f = useEntityForm({
    artefact: 'goal',
    noun: 'goal',
    entity: props.entity,
    form,
    create: async () => ({}),
    update: (v, _g, version) => props.update(v.name, version),
    remove: props.remove,
    onDone: props.onDone,
  });
  return (
    <EntityForm of={f}>
      <TextInput label="Name" readOnly={f.readOnly} {...form.getInputProps('name')} />
    </EntityForm>
  );
}

function renderForm(role: Role, props: Parameters<typeof GoalLikeForm>[0]) {
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={createQueryClient()}>
        <WorkspaceProvider value={{ id: 'ws', name: 'Acme', role, ownership: ownership as never }}>
          <GoalLikeForm {...props} />
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

afterEach(() => vi.clearAllMocks());

describe('EntityForm', () => {
  it('saves on the version read, and re-applies a stale save on the version the conflict names', async () => {
    const update = vi
      .fn<(name: string, version: number) => Promise<unknown>>()
      .mockRejectedValueOnce(
        new ApiError(409, {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'Changed since you read it',
          currentVersion: 7,
        }),
      )
      .mockResolvedValue({});
    const onDone = vi.fn();
    renderForm('marketer', { entity: goal, update, remove: vi.fn(), onDone });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Checkout' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(reportConflict).toHaveBeenCalledTimes(1));
    expect(update).toHaveBeenLastCalledWith('Checkout', 3);
    const conflict = vi.mocked(reportConflict).mock.calls[0]![0];
    expect(conflict).toMatchObject({ entityType: 'goal', entityId: 'g1', currentVersion: 7 });
    await conflict.reapply(7);
    expect(update).toHaveBeenLastCalledWith('Checkout', 7);
  });

  it('asks once more before deleting, naming what goes', async () => {
    const remove = vi.fn(async () => ({}));
    const onDone = vi.fn();
    renderForm('marketer', { entity: goal, update: vi.fn(), remove, onDone });
    fireEvent.click(screen.getByRole('button', { name: 'Delete goal' }));
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete Purchase' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(remove).toHaveBeenCalledWith(goal);
  });

  it('lets a role that may not edit read only: no save, Close instead of Cancel', () => {
    renderForm('viewer', { entity: goal, update: vi.fn(), remove: vi.fn(), onDone: vi.fn() });
    expect((screen.getByLabelText('Name') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save goal' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });
});
