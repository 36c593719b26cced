import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Artefact } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';

/**
 * Delete with a confirmation. The server refuses (409) while other work depends on the entity and says
 * what, how many and who owns it: that sentence is shown in the dialog as it comes.
 */
export function DeleteEntity(props: {
  artefact: Artefact;
  /** "product line", "release" … */
  noun: string;
  name: string;
  consequence: ReactNode;
  remove: () => Promise<unknown>;
  onDeleted: () => void;
}) {
  const [opened, modal] = useDisclosure(false);
  const remove = useMutation({
    mutationFn: props.remove,
    meta: { inline: true, success: `Deleted ${props.name}` },
    onSuccess: () => {
      modal.close();
      props.onDeleted();
    },
  });
  const close = () => {
    remove.reset();
    modal.close();
  };
  return (
    <>
      <GuardedButton
        artefact={props.artefact}
        action="delete"
        variant="subtle"
        color="red"
        onClick={modal.open}
      >
        Delete {props.noun}
      </GuardedButton>
      <Modal opened={opened} onClose={close} title={`Delete ${props.name}?`}>
        <Stack>
          <Text size="sm">{props.consequence}</Text>
          <ErrorNote error={remove.error} title={`${props.name} cannot be deleted yet`} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              Delete {props.noun}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
