import { Anchor, type ButtonProps, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Action, type Artefact, useCan, useWorkspace } from '../../app/workspace';
import { rolesLabel } from '../../app/roles';
import { GuardedButton } from '../../components/Guarded';
import { Empty } from '../../components/States';
import { ProductForm, ProductLineForm } from './ProductForms';

type Created = (saved: { id: string; name: string }) => void;

/**
 * "New product line" / "New product": the form opens in place, so an empty state, a picker or the first-run
 * guide can create what is missing without leaving the page. Roles that may not see who can.
 */
export function NewProductButton(
  props: {
    kind: 'line' | 'product';
    onCreated?: Created;
    defaultLineId?: string | null;
    compact?: boolean;
    children?: ReactNode;
  } & Pick<ButtonProps, 'variant' | 'size'>,
) {
  const [opened, modal] = useDisclosure(false);
  const title = props.kind === 'line' ? 'New product line' : 'New product';
  const saved: Created = (p) => {
    modal.close();
    props.onCreated?.(p);
  };
  return (
    <>
      <GuardedButton
        artefact="product"
        action="create"
        variant={props.variant}
        size={props.size}
        onClick={modal.open}
      >
        {props.children ?? title}
      </GuardedButton>
      <Modal opened={opened} onClose={modal.close} title={title} size={props.compact ? 'md' : 'lg'}>
        {props.kind === 'line' ? (
          <ProductLineForm compact={props.compact} onSaved={saved} onCancel={modal.close} />
        ) : (
          <ProductForm
            compact={props.compact}
            defaultLineId={props.defaultLineId}
            onSaved={saved}
            onCancel={modal.close}
          />
        )}
      </Modal>
    </>
  );
}

/** For a role that may not act, who can: "Ask a Product manager or an admin to create them."; nothing otherwise. */
export function WhoCan(props: { artefact: Artefact; action: Action; what: string }) {
  const can = useCan(props.artefact, props.action);
  if (can.allowed) return null;
  const owners = can.owners.length ? `a ${rolesLabel(can.owners)} or an admin` : 'an admin';
  return (
    <Text size="sm" c="dimmed" role="note">
      Ask {owners} to {props.what}.
    </Text>
  );
}

/**
 * The empty state wherever a screen needs products and there are none: what to do, the button to do it
 * (product managers and admins), and for others who can.
 */
export function NoProductsYet(props: { children: ReactNode; onCreated?: Created }) {
  const ws = useWorkspace();
  return (
    <Empty
      title="No products yet"
      action={
        <Stack align="center" gap={6}>
          <NewProductButton kind="product" compact onCreated={props.onCreated}>
            Create a product
          </NewProductButton>
          <WhoCan artefact="product" action="create" what="create them" />
          <Anchor component={Link} to={`/w/${ws.id}/products`} size="sm">
            All products and product lines
          </Anchor>
        </Stack>
      }
    >
      {props.children}
    </Empty>
  );
}
