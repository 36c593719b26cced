import type { ComponentProps } from 'react';
import { GuardedButton } from '../../components/Guarded';

/**
 * Accept / Send back: visible to everyone, usable by the program's reviewers as the ownership matrix names
 * them (product marketing, and admins), saying who reviews otherwise.
 */
export function ReviewButton(props: Omit<ComponentProps<typeof GuardedButton>, 'artefact' | 'action'>) {
  return <GuardedButton artefact="program" action="review" {...props} />;
}
