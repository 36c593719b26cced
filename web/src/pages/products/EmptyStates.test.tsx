import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The API client keeps the fetch it finds when it is created, so the stub must be in place first.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

import { NewFeatureModal } from '../features/NewFeatureModal';
import { NoProductsYet } from './CatalogActions';
import { fakeApi, json, page, product, renderAs } from './testing';

beforeEach(() => fetchMock.mockReset());

describe('empty states about products', () => {
  it('offer product managers the button that creates one in place', async () => {
    fakeApi(fetchMock, { 'GET /products': () => page([]) });
    renderAs('product_manager', <NoProductsYet>Positioning is written per product.</NoProductsYet>);
    fireEvent.click(screen.getByRole('button', { name: 'Create a product' }));
    expect(await screen.findByRole('dialog', { name: 'New product' })).toBeTruthy();
    expect(screen.queryByText(/Settings/)).toBeNull();
  });

  it('tell other roles who can create products', () => {
    fakeApi(fetchMock, { 'GET /products': () => page([]) });
    renderAs('product_marketer', <NoProductsYet>Positioning is written per product.</NoProductsYet>);
    expect(screen.getByRole('button', { name: 'Create a product' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    expect(screen.getByRole('note').textContent).toBe('Ask a Product manager or an admin to create them.');
  });

  it('New feature in an empty workspace creates the product first, then the feature goes in it', async () => {
    let created: ReturnType<typeof product> | undefined;
    const calls = fakeApi(fetchMock, {
      'GET /products': () => page(created ? [created] : []),
      'POST /products': (_req, body) => {
        created = product({ id: 'p1', ...(body as { name: string }) });
        return json(201, created);
      },
    });
    renderAs('product_manager', <NewFeatureModal opened onClose={() => {}} />);
    fireEvent.change(await screen.findByLabelText(/^Name/), { target: { value: 'Acme Notes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create product' }));
    const title = await screen.findByLabelText(/^Title/);
    expect(title).toBeTruthy();
    await waitFor(() =>
      expect(
        (screen.getAllByLabelText(/^Product/).find((e) => e.tagName === 'INPUT') as HTMLInputElement).value,
      ).toBe('Acme Notes'),
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Acme Notes' });
  });
});
