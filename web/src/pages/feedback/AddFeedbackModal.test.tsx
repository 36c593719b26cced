import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { customer, fakeApi, renderAs } from '../customers/testing';
import { AddFeedbackModal } from './AddFeedbackModal';

const CREATED = '20000000-0000-4000-8000-000000000002';

afterEach(() => vi.restoreAllMocks());

describe('AddFeedbackModal', { timeout: 30_000 }, () => {
  it('records feedback from a customer created in the Customer field, without closing the modal', async () => {
    const calls = fakeApi((method, path, init) => {
      if (method === 'GET')
        return { items: path.endsWith('/customers') ? [customer()] : [], nextCursor: null };
      if (path.endsWith('/customers')) return customer({ id: CREATED, ...(init.body as object) });
      return { id: 'f1' };
    });
    const onClose = vi.fn();
    renderAs('sales', <AddFeedbackModal opened onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Add feedback' });
    fireEvent.change(within(dialog).getByLabelText(/What did the customer say/), {
      target: { value: 'Audit log export' },
    });
    const picker = within(dialog).getByRole('combobox', { name: 'Customer' });
    picker.focus();
    fireEvent.change(picker, { target: { value: 'Globex' } });
    fireEvent.click(
      await screen.findByRole('option', { name: 'Create customer “Globex”' }, { timeout: 3000 }),
    );
    fireEvent.change(within(dialog).getByLabelText(/Customer name/), { target: { value: 'Globex Corp' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create customer' }));
    await waitFor(() => expect((picker as HTMLInputElement).value).toBe('Globex Corp'));
    expect(onClose).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Record feedback' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const feedback = calls.find((c) => c.method === 'POST' && c.path.endsWith('/feedback'))!;
    expect(feedback.init.body).toMatchObject({ text: 'Audit log export', customerId: CREATED });
  });

  it('cancels only the new-customer form on Escape, keeping the modal and what was typed', async () => {
    fakeApi(() => ({ items: [], nextCursor: null }));
    const onClose = vi.fn();
    renderAs('sales', <AddFeedbackModal opened onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Add feedback' });
    const text = within(dialog).getByLabelText(/What did the customer say/);
    fireEvent.change(text, { target: { value: 'Audit log export' } });
    const picker = within(dialog).getByRole('combobox', { name: 'Customer' });
    picker.focus();
    fireEvent.change(picker, { target: { value: 'Globex' } });
    fireEvent.click(
      await screen.findByRole('option', { name: 'Create customer “Globex”' }, { timeout: 3000 }),
    );
    fireEvent.keyDown(within(dialog).getByLabelText(/Customer name/), { key: 'Escape', code: 'Escape' });
    expect(within(dialog).queryByRole('group', { name: 'New customer' })).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect((text as HTMLTextAreaElement).value).toBe('Audit log export');
  });

  it('names the person who said it, adding them at the customer when they are new', async () => {
    const PERSON = '70000000-0000-4000-8000-000000000007';
    const calls = fakeApi((method, path, init) => {
      if (method === 'GET')
        return { items: path.endsWith('/customers') ? [customer()] : [], nextCursor: null };
      if (path.endsWith('/contacts'))
        return {
          id: PERSON,
          email: null,
          title: null,
          version: 1,
          createdAt: '',
          updatedAt: '',
          ...(init.body as object),
        };
      return { id: 'f1' };
    });
    const onClose = vi.fn();
    renderAs('sales', <AddFeedbackModal opened onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Add feedback' });
    const contact = within(dialog).getByRole('combobox', { name: 'Contact' }) as HTMLInputElement;
    expect(contact.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/What did the customer say/), {
      target: { value: 'SSO' },
    });
    const picker = within(dialog).getByRole('combobox', { name: 'Customer' });
    picker.focus();
    fireEvent.change(picker, { target: { value: 'Init' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Initech' }));
    await waitFor(() => expect(contact.disabled).toBe(false));
    contact.focus();
    fireEvent.change(contact, { target: { value: 'Bo Chen' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Add contact “Bo Chen”' }));
    await waitFor(() => expect(contact.value).toBe('Bo Chen'));
    expect(calls.find((c) => c.path.endsWith('/contacts') && c.method === 'POST')!.init.body).toEqual({
      customerId: customer().id,
      name: 'Bo Chen',
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record feedback' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls.find((c) => c.path.endsWith('/feedback'))!.init.body).toMatchObject({
      customerId: customer().id,
      contactId: PERSON,
    });
  });
});
