import { NumberInput, Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Body } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { SEGMENT_LABEL } from '../../app/labels';

/** The customer fields every customer form shares: the page's editor and the picker's inline create. */

type CustomerBody = Body<'/api/v1/workspaces/{workspaceId}/customers', 'post'>;
export type Segment = NonNullable<CustomerBody['segment']>;
export type CustomerValues = {
  name: string;
  segment: Segment | null;
  plan: string;
  annualRevenue: number | string;
  website: string;
  externalId: string;
};

export const SEGMENT_OPTIONS = Object.entries(SEGMENT_LABEL).map(([value, label]) => ({ value, label }));

/** Same limits as the server's (core/enums.ts LIMITS), said in words before the request is sent. */
const NAME_MAX = 200;
const URL_MAX = 500;

export const emptyCustomer = (name = ''): CustomerValues => ({
  name,
  segment: null,
  plan: '',
  annualRevenue: 0,
  website: '',
  externalId: '',
});

export const customerValidation = {
  name: (v: string) =>
    !v.trim()
      ? 'Give the customer a name'
      : v.trim().length > NAME_MAX
        ? `Keep the name under ${NAME_MAX} characters`
        : null,
  plan: (v: string) => (v.trim().length > NAME_MAX ? `Keep the plan under ${NAME_MAX} characters` : null),
  annualRevenue: (v: number | string) =>
    v === '' ? null : typeof v !== 'number' || v < 0 ? 'Annual revenue cannot be negative' : null,
  website: (v: string) => {
    const t = v.trim();
    if (!t) return null;
    if (t.length > URL_MAX) return `Keep the address under ${URL_MAX} characters`;
    return /^https?:\/\/[^\s]+\.[^\s]+/i.test(t) ? null : 'Enter a full address starting with https://';
  },
  externalId: (v: string) =>
    v.trim().length > NAME_MAX ? `Keep the external id under ${NAME_MAX} characters` : null,
};

/** The request body for the values (empty text becomes null, as the API stores it). */
export const customerBody = (v: CustomerValues): CustomerBody => ({
  name: v.name.trim(),
  segment: v.segment,
  plan: v.plan.trim() || null,
  annualRevenue: typeof v.annualRevenue === 'number' ? v.annualRevenue : 0,
  website: v.website.trim() || null,
  externalId: v.externalId.trim() || null,
});

export type CustomerForm = UseFormReturnType<CustomerValues>;

/** Segment, plan and revenue: what makes a customer count in demand. */
export function CommercialFields({
  form,
  readOnly,
  inputProps,
}: {
  form: CustomerForm;
  readOnly?: boolean;
  /** Extra attributes for the text inputs (the picker's inline form marks them to keep Escape). */
  inputProps?: Record<string, string>;
}) {
  return (
    <>
      <Select
        label="Segment"
        placeholder="Not set"
        clearable
        data={SEGMENT_OPTIONS}
        readOnly={readOnly}
        {...form.getInputProps('segment')}
      />
      <TextInput
        label="Plan"
        placeholder="e.g. Enterprise annual"
        readOnly={readOnly}
        {...inputProps}
        {...form.getInputProps('plan')}
      />
      <NumberInput
        label="Annual revenue"
        description="In US dollars; it weighs the demand of the features this customer asks for"
        prefix="$"
        thousandSeparator=","
        min={0}
        allowNegative={false}
        decimalScale={0}
        readOnly={readOnly}
        {...inputProps}
        {...form.getInputProps('annualRevenue')}
      />
    </>
  );
}

/** Creates a customer; the caller decides what happens next (select it, open it). */
export function useCreateCustomer(options: { onCreated: (c: { id: string; name: string }) => void }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: CustomerValues) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/customers', {
          params: { path: { workspaceId: ws.id } },
          body: customerBody(v),
        }),
      ),
    meta: { inline: true, success: 'Customer added' },
    onSuccess: (created) => {
      client.setQueryData(['customers', ws.id, created.id], created);
      void client.invalidateQueries({ queryKey: ['customers', ws.id] });
      options.onCreated(created);
    },
  });
}
