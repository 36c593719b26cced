import { Button, type ButtonProps, Tooltip } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';
import { rolesLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';

/**
 * Who may review programs: the roles the matrix gives the 'review' contribution, and admins. Owners of
 * programs (marketing) may not review their own work, so the owner rule of GuardedButton does not apply.
 */
export function useReviewer(): { allowed: boolean; reason: string } {
  const ws = useWorkspace();
  const rule = ws.ownership.artefacts.find((a) => a.artefact === 'program');
  const reviewers = (rule?.contributors ?? [])
    .filter((c) => (c.may as readonly string[]).includes('review'))
    .map((c) => c.role);
  const allowed = ws.role === 'admin' || (reviewers as string[]).includes(ws.role);
  return { allowed, reason: allowed ? '' : `Reviewed by ${rolesLabel(reviewers)} (and admins)` };
}

type Props = ButtonProps & Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps>;

/** Accept / Send back: visible to everyone, usable by reviewers, saying who reviews otherwise. */
export function ReviewButton({ children, ...rest }: Props) {
  const reviewer = useReviewer();
  if (reviewer.allowed) return <Button {...rest}>{children}</Button>;
  return (
    <Tooltip label={reviewer.reason} withArrow>
      <Button
        {...rest}
        data-disabled
        aria-disabled
        onClick={(e) => e.preventDefault()}
        title={reviewer.reason}
      >
        {children}
      </Button>
    </Tooltip>
  );
}
