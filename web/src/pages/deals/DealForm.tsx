import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { labelOptions, SEGMENT_LABEL } from '../../app/labels';
import { optionsOf, useProducts } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { CustomerPicker } from '../../components/CustomerPicker';
import { EntityForm, useEntityForm } from '../../components/EntityForm';
import { amountRule, MONEY_INPUT } from '../../components/form-rules';
import {
  type Deal,
  loadCompetitorOptions,
  OUTCOME_LABEL,
  type Outcome,
  REASON_LABEL,
  type Reason,
  type Segment,
} from './data';

type Values = {
  name: string;
  customerId: string | null;
  accountName: string;
  segment: Segment | null;
  productId: string | null;
  amount: number | string;
  outcome: Outcome;
  competitorId: string | null;
  reason: Reason | null;
  reasonDetail: string;
  closedOn: string | null;
  externalId: string;
};

const valuesOf = (d: Deal | null): Values => ({
  name: d?.name ?? '',
  customerId: d?.customerId ?? null,
  accountName: d?.accountName ?? '',
  segment: d?.segment ?? null,
  productId: d?.productId ?? null,
  amount: d?.amount ?? '',
  outcome: d?.outcome ?? 'won',
  competitorId: d?.competitorId ?? null,
  reason: d?.reason ?? null,
  reasonDetail: d?.reasonDetail ?? '',
  closedOn: d?.closedOn ?? dayjs().format('YYYY-MM-DD'),
  externalId: d?.externalId ?? '',
});

const validate = {
  name: (v: string) => (v.trim() ? null : 'Name the deal'),
  accountName: (v: string, all: Values) =>
    all.customerId || v.trim() ? null : 'Choose the customer, or name the account when they are not one',
  amount: (v: number | string) => (v === '' ? 'Enter the amount' : amountRule(v)),
  closedOn: (v: string | null) =>
    !v
      ? 'Enter the closing date'
      : v > dayjs().format('YYYY-MM-DD')
        ? 'A deal cannot close in the future'
        : null,
};

/** Record a deal, or read and edit one: sales and product marketing edit, everyone else reads. */
export function DealForm({ deal: d, onDone }: { deal: Deal | null; onDone: () => void }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const products = useProducts();
  const competitors = useQuery({
    queryKey: ['competitors', ws.id, 'options'],
    queryFn: () => loadCompetitorOptions(ws.id),
    staleTime: 60_000,
  });
  const form = useForm<Values>({ initialValues: valuesOf(d), validate });
  const bodyOf = (v: Values) => ({
    name: v.name.trim(),
    customerId: v.customerId,
    accountName: v.customerId ? '' : v.accountName.trim(),
    // Left empty with a customer, the server takes the customer's segment.
    ...(v.segment || d ? { segment: v.segment } : {}),
    productId: v.productId,
    amount: Number(v.amount),
    outcome: v.outcome,
    competitorId: v.competitorId,
    reason: v.reason,
    reasonDetail: v.reasonDetail,
    closedOn: v.closedOn!,
    externalId: v.externalId.trim() || null,
  });
  const deal = useEntityForm({
    artefact: 'deal',
    noun: 'deal',
    created: 'recorded',
    entity: d,
    form,
    create: (v) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/deals', {
          params: { path: { workspaceId: ws.id } },
          body: bodyOf(v),
        }),
      ),
    update: (v, { id }, version) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/deals/{id}', {
          params: { path: { workspaceId: ws.id, id } },
          body: { ...bodyOf(v), version },
        }),
      ),
    remove: ({ id, version }) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/deals/{id}', {
          params: { path: { workspaceId: ws.id, id } },
          headers: { 'If-Match': `"${version}"` },
        }),
      ),
    onDone: () => {
      void client.invalidateQueries({ queryKey: ['deals', ws.id] });
      onDone();
    },
  });
  const readOnly = deal.readOnly;
  const lost = form.values.outcome === 'lost';
  return (
    <EntityForm of={deal} createLabel="Record deal">
      <TextInput
        label="Deal"
        placeholder="Globex — Dashboards new logo"
        required
        readOnly={readOnly}
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Group grow align="flex-start">
        <Select
          label="Outcome"
          allowDeselect={false}
          data={labelOptions(OUTCOME_LABEL)}
          readOnly={readOnly}
          {...form.getInputProps('outcome')}
        />
        <NumberInput
          label="Amount"
          required
          min={0}
          allowNegative={false}
          readOnly={readOnly}
          {...MONEY_INPUT}
          {...form.getInputProps('amount')}
        />
        <DateInput
          label="Closed on"
          required
          valueFormat="D MMM YYYY"
          maxDate={dayjs().format('YYYY-MM-DD')}
          readOnly={readOnly}
          {...form.getInputProps('closedOn')}
        />
      </Group>
      <Group grow align="flex-start">
        <CustomerPicker
          label="Customer"
          description="Leave empty for a buyer who is not a customer"
          disabled={readOnly}
          {...form.getInputProps('customerId')}
        />
        <TextInput
          label="Account"
          description={
            form.values.customerId ? 'The customer is the buyer' : 'The buyer, when not a customer'
          }
          disabled={Boolean(form.values.customerId)}
          readOnly={readOnly}
          {...form.getInputProps('accountName')}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label="Segment"
          placeholder={form.values.customerId ? "The customer's" : 'Not set'}
          clearable
          data={labelOptions(SEGMENT_LABEL)}
          readOnly={readOnly}
          {...form.getInputProps('segment')}
        />
        <Select
          label="Product"
          placeholder="Not set"
          clearable
          searchable
          data={optionsOf(products.data)}
          readOnly={readOnly}
          {...form.getInputProps('productId')}
        />
        <Select
          label="Competitor met"
          placeholder="None"
          clearable
          searchable
          data={competitors.data ?? []}
          readOnly={readOnly}
          {...form.getInputProps('competitorId')}
        />
      </Group>
      <Select
        label={
          lost
            ? 'Primary reason lost'
            : form.values.outcome === 'won'
              ? 'Primary reason won'
              : 'Primary reason'
        }
        placeholder="Not given"
        clearable
        data={labelOptions(REASON_LABEL)}
        readOnly={readOnly}
        {...form.getInputProps('reason')}
      />
      <Textarea
        label="In their words"
        description="What the buyer or the rep said about why"
        autosize
        minRows={2}
        readOnly={readOnly}
        {...form.getInputProps('reasonDetail')}
      />
      <TextInput
        label="CRM id"
        description="A CSV import with the same id updates this deal"
        readOnly={readOnly}
        {...form.getInputProps('externalId')}
      />
    </EntityForm>
  );
}
