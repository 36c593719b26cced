import { api, type paths, unwrap } from '../../api/client';
import { formatMoney } from '../../app/format';

/** The partner vocabulary as people read it, and the partners list as the page loads it. */

type Query = NonNullable<paths['/api/v1/workspaces/{workspaceId}/affiliates']['get']['parameters']['query']>;
export type PartnerFilter = Pick<Query, 'q' | 'status' | 'kind'>;

export const loadPartnerPage = (workspaceId: string, filter: PartnerFilter, cursor?: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/affiliates', {
      params: { path: { workspaceId }, query: { ...filter, limit: 50, cursor } },
    }),
  );
export type Partner = Awaited<ReturnType<typeof loadPartnerPage>>['items'][number];
export type PartnerStatus = Partner['status'];
export type PartnerKind = Partner['kind'];
export type CommissionModel = Partner['commissionModel'];

export const PARTNER_KIND_LABEL: Record<PartnerKind, string> = {
  affiliate: 'Affiliate',
  reseller: 'Reseller',
  referral: 'Referral partner',
  technology: 'Technology partner',
  agency: 'Agency',
};

export const PARTNER_STATUS: Record<PartnerStatus, { label: string; color: string }> = {
  prospect: { label: 'Prospect', color: 'gray' },
  active: { label: 'Active', color: 'teal' },
  paused: { label: 'Paused', color: 'yellow' },
  ended: { label: 'Ended', color: 'red' },
};

/** The button that moves a partner to a status, named for the move from where it is. */
export const moveLabel = (from: PartnerStatus, to: PartnerStatus) =>
  to === 'active'
    ? from === 'paused'
      ? 'Resume'
      : 'Activate'
    : to === 'paused'
      ? 'Pause'
      : to === 'ended'
        ? 'End partnership'
        : 'Back to prospect';

export const COMMISSION_LABEL: Record<CommissionModel, string> = {
  percentage: 'Percentage of revenue',
  fixed: 'Fixed amount per conversion',
};

export const formatCommission = (model: CommissionModel, value: number) =>
  model === 'percentage' ? `${value}%` : `${formatMoney(value)} per conversion`;

/** A referral code as the server stores it (trimmed, upper case); the server alone checks its form. */
export const normaliseCode = (code: string) => code.trim().toUpperCase();
