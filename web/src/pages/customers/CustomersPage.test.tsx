import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomerDetails } from './CustomerEditor';
import CustomersPage from './CustomersPage';
import { customer, fakeApi, renderAs } from './testing';

afterEach(() => vi.restoreAllMocks());

const emptyWorkspace = () =>
  fakeApi((method, _path, init) =>
    method === 'GET' ? { items: [], nextCursor: null } : customer(init.body as object),
  );

describe('Customers page', { timeout: 30_000 }, () => {
  it('offers product management the first customer from the empty list, and checks the form', async () => {
    const calls = emptyWorkspace();
    renderAs('product_manager', <CustomersPage />);
    await screen.findByText('No customers yet');
    const [, fromEmpty] = screen.getAllByRole('button', { name: 'New customer' });
    fireEvent.click(fromEmpty!);
    const dialog = await screen.findByRole('dialog', { name: 'New customer' });
    fireEvent.change(within(dialog).getByLabelText(/Website/), { target: { value: 'initech' } });
    // Submitted as a script would: past the browser's own checks of required and url fields.
    fireEvent.submit(within(dialog).getByRole('button', { name: 'Add customer' }).closest('form')!);
    expect(await within(dialog).findByText('Give the customer a name')).toBeTruthy();
    expect(within(dialog).getByText('Enter a full address starting with https://')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Initech' } });
    fireEvent.change(within(dialog).getByLabelText(/Website/), {
      target: { value: 'https://initech.example' },
    });
    fireEvent.change(within(dialog).getByLabelText(/Annual revenue/), { target: { value: '120000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add customer' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.init.body).toEqual({
      name: 'Initech',
      segment: null,
      plan: null,
      annualRevenue: 120_000,
      website: 'https://initech.example',
      externalId: null,
    });
  });

  it('keeps New customer visible but disabled for a role that may not add customers', async () => {
    emptyWorkspace();
    renderAs('marketer', <CustomersPage />);
    await screen.findByText('No customers yet');
    for (const button of screen.getAllByRole('button', { name: 'New customer' }))
      expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('asks the server for the segment and sort chosen, and shows revenue as money', async () => {
    const calls = fakeApi(() => ({ items: [customer()], nextCursor: null }));
    renderAs('sales', <CustomersPage />, '/?segment=enterprise&sort=-annualRevenue');
    const table = await screen.findByRole('table', { name: 'Customers' });
    expect(within(table).getByText('$120,000')).toBeTruthy();
    expect(calls[0]!.init.params).toMatchObject({
      query: { segment: 'enterprise', sort: '-annualRevenue', limit: 50 },
    });
  });
});

describe('Customer details', { timeout: 30_000 }, () => {
  it('are read only for sales: no save, the note says who owns them', () => {
    fakeApi(() => ({}));
    renderAs('sales', <CustomerDetails customer={customer()} />);
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).value).toBe('Initech');
    expect(screen.getByRole('note').textContent).toMatch(
      /Read only for your role\. Owned by Product manager/,
    );
    expect(screen.queryByRole('button', { name: 'Save customer' })).toBeNull();
  });

  it('save product management’s change on the version it read', async () => {
    const calls = fakeApi((_m, _p, init) => customer({ ...(init.body as object) }));
    renderAs('product_manager', <CustomerDetails customer={customer()} />);
    fireEvent.change(screen.getByLabelText('Plan'), { target: { value: 'Enterprise plus' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save customer' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.init.body).toMatchObject({ plan: 'Enterprise plus', version: 1 });
  });
});
