import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The API client keeps the fetch it finds when it is created, so the stub must be in place first.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

import type { Release } from '../../app/lookups';
import { fakeApi, json, page, product, release, renderAs } from '../products/testing';
import { ReleaseForm } from './ReleaseForm';

const line = product({ id: 'line-1', name: 'Northwind Analytics Platform' });
const r73 = release({
  id: 'r73',
  name: 'Release 7.3',
  productId: 'line-1',
  status: 'in_progress',
  capacity: 18,
  allowedTransitions: ['released', 'planned', 'cancelled'],
  version: 3,
}) as Release;

beforeEach(() => fetchMock.mockReset());

describe('ReleaseForm', () => {
  it('asks for a name and refuses a negative capacity before sending anything', async () => {
    const calls = fakeApi(fetchMock, { 'GET /products': () => page([line]) });
    renderAs('product_manager', <ReleaseForm />);
    fireEvent.change(screen.getByLabelText(/^Capacity/), { target: { value: '-5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create release' }));
    expect(await screen.findByText('Give the release a name')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('creates a release with what was filled', async () => {
    const onSaved = vi.fn();
    const calls = fakeApi(fetchMock, {
      'GET /products': () => page([line]),
      'POST /releases': (_req, body) => json(201, release({ id: 'new', ...(body as { name: string }) })),
    });
    renderAs('product_manager', <ReleaseForm onSaved={onSaved} />);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Release 8.1' } });
    fireEvent.change(screen.getByLabelText(/^Capacity/), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create release' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 'new', name: 'Release 8.1' }));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Release 8.1', capacity: 25 });
  });

  it('compact asks for the name, product and date only', () => {
    fakeApi(fetchMock, { 'GET /products': () => page([line]) });
    renderAs('product_manager', <ReleaseForm compact />);
    expect(screen.queryByLabelText(/^Capacity/)).toBeNull();
    expect(screen.getAllByLabelText(/^Product or product line/).length).toBeGreaterThan(0);
  });

  it('offers only the status moves the server allows, and sends the change with the version', async () => {
    const calls = fakeApi(fetchMock, {
      'GET /products': () => page([line]),
      'PATCH /releases/r73': (_req, body) => json(200, { ...r73, ...(body as object), version: 4 }),
    });
    renderAs('product_manager', <ReleaseForm initial={r73} />);
    fireEvent.change(screen.getByLabelText(/^Capacity/), { target: { value: '24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save release' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ capacity: 24, version: 3 });
    const status = screen.getAllByLabelText(/^Status/).find((e) => e.tagName === 'INPUT')!;
    expect((status as HTMLInputElement).value).toBe('In progress (current)');
  });

  it('shows a read-only release to sales, with who owns it', () => {
    fakeApi(fetchMock, { 'GET /products': () => page([line]) });
    renderAs('sales', <ReleaseForm initial={r73} />);
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Save release' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('note').textContent).toContain('Owned by Product manager');
  });
});
