import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../app/workspace';
import { customer, fakeApi, renderAs } from '../pages/customers/testing';
import { CustomerPicker } from './CustomerPicker';

// The search waits for typing to pause, then asks the server: allow for a slow, shared machine.
const SLOW = { timeout: 3000 };
const CREATED = '20000000-0000-4000-8000-000000000002';

/** A form holding the picker, as the feedback forms do; it reports what it would submit. */
function Host(props: { onSubmit: (id: string | null) => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(value);
      }}
    >
      <CustomerPicker value={value} onChange={setValue} />
      <output aria-label="Chosen">{value ?? 'none'}</output>
    </form>
  );
}

/** The server holds one customer, Initech; a POST creates what it is sent. */
function server() {
  return fakeApi((method, path, init) => {
    if (method === 'GET' && path.endsWith('/customers')) {
      const q = ((init.params as { query: { q?: string } }).query.q ?? '').toLowerCase();
      const items = [customer()].filter((c) => c.name.toLowerCase().includes(q));
      return { items, nextCursor: null };
    }
    if (method === 'POST' && path.endsWith('/customers'))
      return customer({ id: CREATED, ...(init.body as object) });
    if (method === 'GET' && path.endsWith('/customers/{id}'))
      return customer({ id: CREATED, name: 'Globex' });
    throw new Error(`unexpected ${method} ${path}`);
  });
}

/** Types into the picker as a person would (Mantine ignores changes to an input without focus). */
const type = (text: string) => {
  const input = screen.getByRole('combobox', { name: 'Customer' });
  input.focus();
  fireEvent.change(input, { target: { value: text } });
};

function open(role: Role) {
  const onSubmit = vi.fn();
  const calls = server();
  renderAs(role, <Host onSubmit={onSubmit} />);
  return { calls, onSubmit };
}

afterEach(() => vi.restoreAllMocks());

// Each test types, waits for the search and renders Mantine's dropdown: slow on a shared machine.
describe('CustomerPicker', { timeout: 30_000 }, () => {
  it('searches the server for what is typed, not the whole list', async () => {
    const { calls } = open('sales');
    // A form holding a picker costs no request until the list is opened.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toHaveLength(0);
    type('ini');
    const searches = () => calls.filter((c) => c.path.endsWith('/customers'));
    await waitFor(() =>
      expect(searches().at(-1)!.init.params).toMatchObject({ query: { q: 'ini', limit: 20 } }),
    );
    await screen.findByRole('option', { name: 'Initech' }, SLOW);
    // One page of at most 20 per search: never every customer of the workspace.
    expect(searches().every((c) => !(c.init.params as { query: { cursor?: string } }).query.cursor)).toBe(
      true,
    );
  });

  it('lets sales create a prospect that does not exist yet, and selects it', async () => {
    const { calls, onSubmit } = open('sales');
    type('Globex');
    fireEvent.click(await screen.findByRole('option', { name: 'Create customer “Globex”' }, SLOW));

    const form = screen.getByRole('group', { name: 'New customer' });
    expect((screen.getByLabelText(/Customer name/) as HTMLInputElement).value).toBe('Globex');
    fireEvent.change(screen.getByLabelText(/Annual revenue/), { target: { value: '50000' } });
    fireEvent.change(screen.getByLabelText('Plan'), { target: { value: 'Trial' } });
    // Enter in the small form creates the customer; it does not submit the form around it.
    fireEvent.keyDown(screen.getByLabelText('Plan'), { key: 'Enter', code: 'Enter' });

    await waitFor(() => expect(screen.getByLabelText('Chosen').textContent).toBe(CREATED));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.init.body).toEqual({
      name: 'Globex',
      segment: null,
      plan: 'Trial',
      annualRevenue: 50_000,
      website: null,
      externalId: null,
    });
    expect(form.isConnected).toBe(false);
    expect(onSubmit).not.toHaveBeenCalled();
    expect((screen.getByRole('combobox', { name: 'Customer' }) as HTMLInputElement).value).toBe('Globex');
  });

  it('does not offer to create a customer that exists', async () => {
    open('product_manager');
    type('initech');
    await screen.findByRole('option', { name: 'Initech' }, SLOW);
    expect(screen.queryByRole('option', { name: /Create customer/ })).toBeNull();
  });

  it('refuses to create a customer without a name', async () => {
    const { calls } = open('product_marketer');
    type('Umbrella');
    fireEvent.click(await screen.findByRole('option', { name: 'Create customer “Umbrella”' }, SLOW));
    fireEvent.change(screen.getByLabelText(/Customer name/), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('Give the customer a name')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('cancels the small form with Escape and keeps what was typed out of the choice', async () => {
    open('sales');
    type('Hooli');
    fireEvent.click(await screen.findByRole('option', { name: 'Create customer “Hooli”' }, SLOW));
    fireEvent.keyDown(screen.getByLabelText(/Customer name/), { key: 'Escape', code: 'Escape' });
    expect(screen.queryByRole('group', { name: 'New customer' })).toBeNull();
    expect(screen.getByLabelText('Chosen').textContent).toBe('none');
  });

  it('tells a role that may not add customers who may, instead of offering to', async () => {
    open('marketer');
    type('Globex');
    expect(await screen.findByText(/No customer by that name\. Adding customers is for:/)).toBeTruthy();
    expect(screen.queryByRole('option', { name: /Create customer/ })).toBeNull();
  });
});
