import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type Role, WorkspaceProvider } from '../app/workspace';
import { GuardedButton, ReadOnlyNote } from './Guarded';

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as Role[],
  artefacts: [
    {
      artefact: 'feature' as const,
      owners: ['product_manager' as const],
      contributors: [{ role: 'sales' as const, may: ['comment' as const] }],
      readers: [],
      description: 'Features',
    },
  ],
};

function renderAs(role: Role, ui: React.ReactNode) {
  return render(
    <MantineProvider>
      <WorkspaceProvider value={{ id: 'ws', name: 'Acme', role, ownership: ownership as never }}>
        {ui}
      </WorkspaceProvider>
    </MantineProvider>,
  );
}

describe('GuardedButton', () => {
  it('lets the owner act', () => {
    const onClick = vi.fn();
    renderAs(
      'product_manager',
      <GuardedButton artefact="feature" action="update" onClick={onClick}>
        Save
      </GuardedButton>,
    );
    screen.getByRole('button', { name: 'Save' }).click();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('stays visible for others, does nothing, and names the owning role', () => {
    const onClick = vi.fn();
    renderAs(
      'marketer',
      <GuardedButton artefact="feature" action="update" onClick={onClick}>
        Save
      </GuardedButton>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('title')).toBe('Owned by Product manager (and admins)');
    button.click();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('shows the read-only note only to roles that may not edit', () => {
    renderAs('sales', <ReadOnlyNote artefact="feature" />);
    expect(screen.getByRole('note').textContent).toContain('Owned by Product manager');
  });
});
