import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { customer, fakeApi, renderAs } from '../customers/testing';
import type { FeedbackDetailData } from './FeedbackDetail';
import { FeedbackFields } from './FeedbackFields';

const GLOBEX = '20000000-0000-4000-8000-000000000002';
const item = {
  id: '50000000-0000-4000-8000-000000000005',
  customerId: customer().id,
  contactId: '60000000-0000-4000-8000-000000000006',
  productId: null,
  personaId: null,
  source: 'sales_call',
  sentiment: null,
  tags: [],
  version: 7,
} as unknown as FeedbackDetailData;

afterEach(() => vi.restoreAllMocks());

describe('FeedbackFields', { timeout: 30_000 }, () => {
  it('lets product management move an item to another customer, dropping the old customer’s contact', async () => {
    const calls = fakeApi((method, path) => {
      if (path.endsWith('/customers/{id}')) return customer();
      if (path.endsWith('/customers'))
        return { items: [customer(), customer({ id: GLOBEX, name: 'Globex' })], nextCursor: null };
      if (method === 'PATCH') return item;
      return { items: [], nextCursor: null };
    });
    renderAs('product_manager', <FeedbackFields f={item} />);
    const picker = screen.getByRole('combobox', { name: 'Customer' });
    await waitFor(() => expect((picker as HTMLInputElement).value).toBe('Initech'));
    picker.focus();
    fireEvent.change(picker, { target: { value: 'Glo' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Globex' }, { timeout: 3000 }));
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.init.body).toMatchObject({
      customerId: GLOBEX,
      contactId: null,
      version: 7,
    });
  });
});
