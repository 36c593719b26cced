import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The API client keeps the fetch it finds when it is created, so the stub must be in place first.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

import { ProductForm, ProductLineForm } from './ProductForms';
import { fakeApi, json, page, product, renderAs } from './testing';

const line = product({ id: 'line-1', name: 'Northwind Analytics Platform' });
const dash = product({ id: 'dash-1', name: 'Northwind Dashboards', parentId: 'line-1', version: 4 });

beforeEach(() => fetchMock.mockReset());

describe('ProductLineForm', () => {
  it('asks for a name before sending anything', async () => {
    const calls = fakeApi(fetchMock, { 'GET /products': () => page([]) });
    renderAs('product_manager', <ProductLineForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Create product line' }));
    expect(await screen.findByText('Give the product line a name')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('creates a top-level product with the fields filled, and reports it', async () => {
    const onSaved = vi.fn();
    const calls = fakeApi(fetchMock, {
      'GET /products': () => page([]),
      'POST /products': (_req, body) => json(201, product({ id: 'new-1', ...(body as { name: string }) })),
    });
    renderAs('product_manager', <ProductLineForm onSaved={onSaved} />);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: '  Acme Suite ' } });
    fireEvent.change(screen.getByLabelText(/^Vision/), { target: { value: 'Numbers everyone trusts' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create product line' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 'new-1', name: 'Acme Suite' }));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Acme Suite',
      vision: 'Numbers everyone trusts',
    });
    expect(screen.queryByLabelText(/^Product line/)).toBeNull();
  });

  it("shows the server's field error under its field", async () => {
    fakeApi(fetchMock, {
      'GET /products': () => page([]),
      'POST /products': () =>
        json(400, {
          type: 'about:blank',
          title: 'Invalid request',
          status: 400,
          detail: 'body.vision: Too big',
          errors: [{ path: 'body.vision', message: 'Keep the vision under 20,000 characters' }],
        }),
    });
    renderAs('product_manager', <ProductLineForm />);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Acme' } });
    fireEvent.change(screen.getByLabelText(/^Vision/), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create product line' }));
    const message = await screen.findByText('Keep the vision under 20,000 characters');
    expect(screen.getByLabelText(/^Vision/).getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('compact asks only for the name', () => {
    fakeApi(fetchMock, { 'GET /products': () => page([]) });
    renderAs('product_manager', <ProductLineForm compact />);
    expect(screen.getByLabelText(/^Name/)).toBeTruthy();
    expect(screen.queryByLabelText(/^Vision/)).toBeNull();
  });

  it('is visible but closed to roles that do not own products, and says who does', () => {
    fakeApi(fetchMock, { 'GET /products': () => page([]) });
    renderAs('marketer', <ProductLineForm />);
    const button = screen.getByRole('button', { name: 'Create product line' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('note').textContent).toContain('Owned by Product manager');
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).disabled).toBe(true);
  });
});

describe('ProductForm', () => {
  it('offers the product lines and sends only what changed, with the version', async () => {
    const onSaved = vi.fn();
    const calls = fakeApi(fetchMock, {
      'GET /products': () => page([line, dash]),
      'PATCH /products/dash-1': (_req, body) => json(200, { ...dash, ...(body as object), version: 5 }),
    });
    renderAs('product_manager', <ProductForm initial={dash} onSaved={onSaved} />);
    const save = screen.getByRole('button', { name: 'Save product' });
    expect(save.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText(/^Target demographic/), { target: { value: 'Finance teams' } });
    fireEvent.click(save);
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      targetDemographic: 'Finance teams',
      version: 4,
    });
  });

  it('lists top-level products as lines, never the product itself', async () => {
    fakeApi(fetchMock, { 'GET /products': () => page([line, dash]) });
    renderAs('product_manager', <ProductForm initial={{ ...line }} />);
    // The only top-level product is the line being edited: it cannot go inside itself.
    await waitFor(() =>
      expect(
        screen
          .getAllByLabelText(/^Product line/)
          .find((e) => e.tagName === 'INPUT')
          ?.getAttribute('placeholder'),
      ).toBe('No product line yet'),
    );
  });

  it('lets sales read a product without changing it', () => {
    fakeApi(fetchMock, { 'GET /products': () => page([line, dash]) });
    renderAs('sales', <ProductForm initial={dash} />);
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('note').textContent).toContain('Read only for your role');
  });
});
