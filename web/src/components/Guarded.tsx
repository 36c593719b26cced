import { Button, type ButtonProps, Tooltip } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';
import { type Action, type Artefact, useCan } from '../app/workspace';

type Props = ButtonProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps> & { artefact: Artefact; action: Action };

/**
 * A button for an owned action. When the person's role may not take it, the button stays visible but
 * disabled, and says which role owns the artefact.
 */
export function GuardedButton({ artefact, action, children, ...rest }: Props) {
  const can = useCan(artefact, action);
  if (can.allowed) return <Button {...rest}>{children}</Button>;
  return (
    <Tooltip label={can.reason} withArrow>
      <Button {...rest} data-disabled aria-disabled onClick={(e) => e.preventDefault()} title={can.reason}>
        {children}
      </Button>
    </Tooltip>
  );
}

/** The line shown above a read-only form or board. */
export function ReadOnlyNote({ artefact }: { artefact: Artefact }) {
  const can = useCan(artefact, 'update');
  if (can.allowed) return null;
  return (
    <p
      role="note"
      style={{ margin: 0, color: 'var(--mantine-color-dimmed)', fontSize: 'var(--mantine-font-size-sm)' }}
    >
      Read only for your role. {can.reason}.
    </p>
  );
}
