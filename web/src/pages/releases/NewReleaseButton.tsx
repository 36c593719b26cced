import { type ButtonProps, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { GuardedButton } from '../../components/Guarded';
import { ReleaseForm } from './ReleaseForm';

/** "New release": the form opens in place (empty states, the roadmap, a product's page, the first-run guide). */
export function NewReleaseButton(
  props: {
    defaultProductId?: string | null;
    onCreated?: (saved: { id: string; name: string }) => void;
    compact?: boolean;
    children?: ReactNode;
  } & Pick<ButtonProps, 'variant' | 'size'>,
) {
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <GuardedButton
        artefact="release"
        action="create"
        variant={props.variant}
        size={props.size}
        onClick={modal.open}
      >
        {props.children ?? 'New release'}
      </GuardedButton>
      <Modal opened={opened} onClose={modal.close} title="New release" size="lg">
        <ReleaseForm
          compact={props.compact}
          defaultProductId={props.defaultProductId}
          onCancel={modal.close}
          onSaved={(saved) => {
            modal.close();
            props.onCreated?.(saved);
          }}
        />
      </Modal>
    </>
  );
}
