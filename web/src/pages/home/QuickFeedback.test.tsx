import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { customer, fakeApi, renderAs } from '../customers/testing';
import { QuickFeedback } from './QuickFeedback';

const CREATED = '20000000-0000-4000-8000-000000000002';

afterEach(() => vi.restoreAllMocks());

describe('QuickFeedback', () => {
  it('lets sales record feedback from a new prospect without leaving the card', async () => {
    const calls = fakeApi((method, path, init) => {
      if (method === 'GET' && path.endsWith('/customers')) return { items: [customer()], nextCursor: null };
      if (method === 'POST' && path.endsWith('/customers'))
        return customer({ id: CREATED, ...(init.body as object) });
      if (method === 'POST' && path.endsWith('/feedback')) return { id: 'f1' };
      throw new Error(`unexpected ${method} ${path}`);
    });
    renderAs('sales', <QuickFeedback />);
    fireEvent.change(screen.getByLabelText('What did the customer say?'), {
      target: { value: 'They need SSO before they sign' },
    });
    const picker = screen.getByRole('combobox', { name: 'Customer' });
    picker.focus();
    fireEvent.change(picker, { target: { value: 'Globex' } });
    fireEvent.click(
      await screen.findByRole('option', { name: 'Create customer “Globex”' }, { timeout: 3000 }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create customer' }));
    await waitFor(() => expect((picker as HTMLInputElement).value).toBe('Globex'));

    fireEvent.click(screen.getByRole('button', { name: 'Record feedback' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/feedback'))).toBe(true));
    const feedback = calls.find((c) => c.path.endsWith('/feedback'))!;
    expect(feedback.init.body).toMatchObject({ text: 'They need SSO before they sign', customerId: CREATED });
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/customers'))!.init.body).toMatchObject({
      name: 'Globex',
    });
  }, 30_000);
});
