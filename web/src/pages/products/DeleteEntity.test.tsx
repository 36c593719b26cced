import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { DeleteEntity } from './DeleteEntity';
import { renderAs } from './testing';

const refusal = new ApiError(409, {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail:
    'This product has 1 launch owned by product marketing and 2 positioning versions owned by product marketing; delete or move those first',
});

describe('DeleteEntity', () => {
  it("asks first, then shows the server's refusal naming what depends on it, and keeps the dialog open", async () => {
    const remove = vi.fn().mockRejectedValue(refusal);
    const onDeleted = vi.fn();
    renderAs(
      'product_manager',
      <DeleteEntity
        artefact="product"
        noun="product"
        name="Northwind Dashboards"
        consequence="This deletes the product for everyone."
        remove={remove}
        onDeleted={onDeleted}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete product' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Northwind Dashboards?' });
    expect(remove).not.toHaveBeenCalled();
    const confirm = [...dialog.querySelectorAll('button')].filter((b) => b.textContent === 'Delete product');
    fireEvent.click(confirm.at(-1)!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Northwind Dashboards cannot be deleted yet');
    expect(alert.textContent).toContain('1 launch owned by product marketing');
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('deletes when nothing depends on it', async () => {
    const remove = vi.fn().mockResolvedValue(undefined);
    const onDeleted = vi.fn();
    renderAs(
      'product_manager',
      <DeleteEntity
        artefact="release"
        noun="release"
        name="Release 9"
        consequence="Gone."
        remove={remove}
        onDeleted={onDeleted}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete release' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Release 9?' });
    const buttons = [...dialog.querySelectorAll('button')].filter((b) => b.textContent === 'Delete release');
    fireEvent.click(buttons.at(-1)!);
    await waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
  });

  it('is closed to roles that do not own the artefact', () => {
    renderAs(
      'sales',
      <DeleteEntity
        artefact="release"
        noun="release"
        name="Release 9"
        consequence="Gone."
        remove={vi.fn()}
        onDeleted={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Delete release' }).getAttribute('aria-disabled')).toBe('true');
  });
});
