import { Button, Group, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { type Artefact, useCan, useWorkspace } from '../app/workspace';
import { GuardedButton, ReadOnlyNote } from './Guarded';
import { ErrorNote } from './States';

/**
 * The dialog form that adds one thing (a deal, a partner, a goal) or reads and edits it: the owners of the
 * artefact edit, everyone else reads; saving sends the version it read (a stale one opens the conflict
 * dialog, whose "apply mine" sends the new version through the same call); delete asks once more.
 */

type Saved = { id: string; name: string; version: number };

export type EntityFormOptions<V, E extends Saved> = {
  artefact: Artefact;
  /** The thing as people call it, lower case: "deal" → "Save deal", "Could not save the deal". */
  noun: string;
  /** What a new one is said to be, as in "Deal recorded"; "added" by default. */
  created?: string;
  /** Null for a new one. */
  entity: E | null;
  form: UseFormReturnType<V>;
  create: (values: V) => Promise<unknown>;
  update: (values: V, entity: E, version: number) => Promise<unknown>;
  remove: (entity: E) => Promise<unknown>;
  /** After a save or a delete, and on Cancel / Close. */
  onDone: () => void;
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The save and delete of an entity form, and whether the person may only read it. */
export function useEntityForm<V, E extends Saved>(o: EntityFormOptions<V, E>) {
  const ws = useWorkspace();
  const can = useCan(o.artefact, o.entity ? 'update' : 'create');
  const e = o.entity;
  const save = useMutation({
    // The version travels with the values: the conflict dialog re-sends them with the current one.
    mutationFn: ({ version, ...values }: V & { version?: number }) =>
      e ? o.update(values as V, e, version ?? e.version) : o.create(values as V),
    meta: {
      inline: true,
      success: `${capital(o.noun)} ${e ? 'saved' : (o.created ?? 'added')}`,
      ...(e && { conflict: { workspaceId: ws.id, entityType: o.artefact, entityId: e.id } }),
    },
    onSuccess: o.onDone,
  });
  const remove = useMutation({
    mutationFn: () => o.remove(e!),
    meta: { inline: true, success: `${capital(o.noun)} deleted` },
    onSuccess: o.onDone,
  });
  // Read only, not disabled: what a role may not change must stay easy to read.
  return { ...o, save, remove, readOnly: !can.allowed };
}

export type EntityFormState<V, E extends Saved> = ReturnType<typeof useEntityForm<V, E>>;

/** The form around an entity's fields: the read-only note, the errors of a failed save or delete, the buttons. */
export function EntityForm<V, E extends Saved>(props: {
  of: EntityFormState<V, E>;
  /** The button that adds a new one: "Record deal"; "Add <noun>" by default. */
  createLabel?: string;
  children: ReactNode;
}) {
  const { of: f } = props;
  const e = f.entity;
  const [confirming, setConfirming] = useState(false);
  return (
    <form onSubmit={f.form.onSubmit((v) => f.save.mutate({ ...v, version: e?.version }))}>
      <Stack>
        {e && <ReadOnlyNote artefact={f.artefact} />}
        {props.children}
        <ErrorNote error={f.save.error} form={f.form} title={`Could not save the ${f.noun}`} />
        <ErrorNote error={f.remove.error} title={`Could not delete the ${f.noun}`} />
        <Group justify="space-between">
          {e ? (
            <GuardedButton
              artefact={f.artefact}
              action="delete"
              variant={confirming ? 'filled' : 'subtle'}
              color="red"
              loading={f.remove.isPending}
              onClick={() => (confirming ? f.remove.mutate() : setConfirming(true))}
            >
              {confirming ? `Yes, delete ${e.name}` : `Delete ${f.noun}`}
            </GuardedButton>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={f.onDone}>
              {f.readOnly ? 'Close' : 'Cancel'}
            </Button>
            {!f.readOnly && (
              <Button type="submit" loading={f.save.isPending} disabled={Boolean(e) && !f.form.isDirty()}>
                {e ? `Save ${f.noun}` : (props.createLabel ?? `Add ${f.noun}`)}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
