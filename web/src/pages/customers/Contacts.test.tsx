import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Contacts } from './Contacts';
import { customer, fakeApi, renderAs } from './testing';

const ana = {
  id: '70000000-0000-4000-8000-000000000007',
  customerId: customer().id,
  name: 'Ana Ruiz',
  email: 'ana@initech.example',
  title: 'VP Operations',
  version: 2,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

afterEach(() => vi.restoreAllMocks());

describe('Contacts', { timeout: 30_000 }, () => {
  it('let sales add a contact at the customer, checking the email first', async () => {
    const calls = fakeApi((method, _path, init) =>
      method === 'GET' ? { items: [ana], nextCursor: null } : { ...ana, ...(init.body as object) },
    );
    renderAs('sales', <Contacts customerId={customer().id} customerName="Initech" />);
    await screen.findByText('Ana Ruiz');
    // Editing is product management's: the button stays, disabled, naming the owners.
    expect(screen.getByRole('button', { name: 'Edit Ana Ruiz' }).getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact at Initech' });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Bo Chen' } });
    fireEvent.change(within(dialog).getByLabelText('Email'), { target: { value: 'bo at initech' } });
    fireEvent.submit(within(dialog).getByRole('button', { name: 'Add contact' }).closest('form')!);
    expect(await within(dialog).findByText('Enter an email address like ana@example.com')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('Email'), { target: { value: 'bo@initech.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.init.body).toEqual({
      customerId: customer().id,
      name: 'Bo Chen',
      email: 'bo@initech.example',
      title: null,
    });
  });

  it('let product management delete a contact after a second click', async () => {
    const calls = fakeApi((method) => (method === 'GET' ? { items: [ana], nextCursor: null } : null));
    renderAs('product_manager', <Contacts customerId={customer().id} customerName="Initech" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Ana Ruiz' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete contact' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, delete Ana Ruiz' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
  });
});
