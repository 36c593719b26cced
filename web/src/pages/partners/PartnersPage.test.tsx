import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAs } from '../customers/testing';
import type { Partner } from './labels';
import { PartnerForm } from './PartnerForm';
import PartnersPage from './PartnersPage';

const partner = (over: Partial<Partner> = {}): Partner => ({
  id: '40000000-0000-4000-8000-000000000004',
  name: 'DataCraft',
  kind: 'reseller',
  website: '',
  contactName: 'Ana Ruiz',
  contactEmail: 'ana@datacraft.example',
  referralCode: 'DATACRAFT-7Q2K',
  commissionModel: 'percentage',
  commissionValue: 15,
  status: 'active',
  allowedTransitions: ['paused', 'ended'],
  notes: '',
  version: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

afterEach(() => vi.restoreAllMocks());

const submit = () =>
  // Past the browser's own checks, as a script would: the form's checks must hold on their own.
  fireEvent.submit(screen.getByRole('button', { name: /Add partner|Save partner/ }).closest('form')!);

describe('Partner form', { timeout: 30_000 }, () => {
  it('refuses a percentage over 100 and sends nothing', async () => {
    const calls = fakeApi(() => partner());
    renderAs('marketer', <PartnerForm partner={null} onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'DataCraft' } });
    fireEvent.change(screen.getByLabelText('Commission (%)'), { target: { value: '150' } });
    submit();
    expect(await screen.findByText('A percentage commission is at most 100')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('sends the referral code as the server stores it (trimmed, upper case)', async () => {
    const calls = fakeApi(() => partner());
    renderAs('marketer', <PartnerForm partner={null} onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'DataCraft' } });
    fireEvent.change(screen.getByLabelText(/Referral code/), { target: { value: ' datacraft-25 ' } });
    expect(screen.getByText('Saved as DATACRAFT-25')).toBeTruthy();
    submit();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.init.body).toMatchObject({
      name: 'DataCraft',
      referralCode: 'DATACRAFT-25',
      commissionModel: 'percentage',
      commissionValue: 10,
    });
  });

  it('shows a taken referral code on its field', async () => {
    fakeApi(() => [
      409,
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'Referral code DATACRAFT-25 is already used by another partner',
        errors: [{ path: 'referralCode', message: 'Already used in this workspace' }],
      },
    ]);
    renderAs('admin', <PartnerForm partner={null} onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'DataCraft' } });
    fireEvent.change(screen.getByLabelText(/Referral code/), { target: { value: 'DATACRAFT-25' } });
    submit();
    expect(await screen.findByText('Already used in this workspace')).toBeTruthy();
  });

  it('is read only for product management', () => {
    fakeApi(() => partner());
    renderAs('product_manager', <PartnerForm partner={partner()} onDone={() => {}} />);
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save partner' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete partner' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('Partners page', { timeout: 30_000 }, () => {
  it('offers the moves the server allows, and asks before ending a partnership', async () => {
    const calls = fakeApi((method, _path, init) =>
      method === 'GET' ? { items: [partner()], nextCursor: null } : partner(init.body as Partial<Partner>),
    );
    renderAs('marketer', <PartnersPage />);
    const table = await screen.findByRole('table', { name: 'Partners' });
    expect(within(table).getByText('15%')).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Pause: DataCraft' })).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: 'End partnership: DataCraft' }));
    const dialog = await screen.findByRole('dialog', { name: 'End the partnership with DataCraft?' });
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'End partnership' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PATCH')!.init.body).toEqual({ status: 'ended', version: 3 });
  });
});
