import { api, unwrap } from '../../api/client';
import type { Segment } from './fields';

/** Customers, contacts and their feedback as the customer screens load them. */

export const loadCustomer = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/customers/{id}', { params: { path: { workspaceId, id } } }),
  );
export type Customer = Awaited<ReturnType<typeof loadCustomer>>;

/** The list's sort orders, as the API spells them (a leading - is descending). */
export const CUSTOMER_SORTS = [
  { value: 'name', label: 'Name, A to Z' },
  { value: '-annualRevenue', label: 'Revenue, highest first' },
  { value: 'annualRevenue', label: 'Revenue, lowest first' },
  { value: '-createdAt', label: 'Newest first' },
] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number]['value'];
export const isCustomerSort = (v: string | null): v is CustomerSort =>
  CUSTOMER_SORTS.some((s) => s.value === v);

export type CustomerFilter = { q?: string; segment?: Segment; plan?: string; sort: CustomerSort };

export const PAGE = 50;

export const loadCustomerPage = (workspaceId: string, filter: CustomerFilter, cursor?: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/customers', {
      params: { path: { workspaceId }, query: { ...filter, limit: PAGE, cursor } },
    }),
  );

export const loadContacts = (workspaceId: string, customerId: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/contacts', {
      params: { path: { workspaceId }, query: { customerId, limit: 200, sort: 'name' } },
    }),
  );
export type Contact = Awaited<ReturnType<typeof loadContacts>>['items'][number];

export const loadCustomerFeedback = (workspaceId: string, customerId: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/feedback', {
      params: { path: { workspaceId }, query: { customerId, limit: 50, sort: '-createdAt' } },
    }),
  );

/** One customer's market signals: survey scores and newest answers (null for roles kept from surveys), deals. */
export const loadCustomerSignals = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/customers/{id}/signals', {
      params: { path: { workspaceId, id } },
    }),
  );
export type CustomerSignals = Awaited<ReturnType<typeof loadCustomerSignals>>;
