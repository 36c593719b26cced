import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { labelOptions } from '../../app/labels';
import { useWorkspace } from '../../app/workspace';
import { EntityForm, useEntityForm } from '../../components/EntityForm';
import {
  COMMISSION_LABEL,
  type CommissionModel,
  normaliseCode,
  PARTNER_KIND_LABEL,
  type Partner,
  type PartnerKind,
} from './labels';

type Values = {
  name: string;
  kind: PartnerKind;
  website: string;
  contactName: string;
  contactEmail: string;
  referralCode: string;
  commissionModel: CommissionModel;
  commissionValue: number | string;
  notes: string;
};

const valuesOf = (p: Partner | null): Values => ({
  name: p?.name ?? '',
  kind: p?.kind ?? 'affiliate',
  website: p?.website ?? '',
  contactName: p?.contactName ?? '',
  contactEmail: p?.contactEmail ?? '',
  referralCode: p?.referralCode ?? '',
  commissionModel: p?.commissionModel ?? 'percentage',
  commissionValue: p?.commissionValue ?? 10,
  notes: p?.notes ?? '',
});

const validate = {
  name: (v: string) =>
    !v.trim()
      ? 'Give the partner a name'
      : v.trim().length > 200
        ? 'Keep the name under 200 characters'
        : null,
  contactEmail: (v: string) =>
    !v.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim())
      ? null
      : 'Enter an email address like ana@example.com',
  website: (v: string) =>
    !v.trim() || /^https?:\/\/[^\s]+\.[^\s]+/i.test(v.trim())
      ? null
      : 'Enter a full address starting with https://',
  commissionValue: (v: number | string, all: Values) =>
    typeof v !== 'number'
      ? 'Enter the commission'
      : v < 0
        ? 'A commission cannot be negative'
        : all.commissionModel === 'percentage' && v > 100
          ? 'A percentage commission is at most 100'
          : null,
};

/** New partner, or an existing one: marketing edits it, everyone else reads it. */
export function PartnerForm({ partner: p, onDone }: { partner: Partner | null; onDone: () => void }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const form = useForm<Values>({ initialValues: valuesOf(p), validate });
  const bodyOf = (v: Values) => ({
    name: v.name.trim(),
    kind: v.kind,
    website: v.website.trim(),
    contactName: v.contactName.trim(),
    contactEmail: v.contactEmail.trim(),
    // Left empty on a new partner, the server makes a code from the name.
    referralCode: normaliseCode(v.referralCode) || undefined,
    commissionModel: v.commissionModel,
    commissionValue: Number(v.commissionValue),
    notes: v.notes,
  });
  const partner = useEntityForm({
    artefact: 'affiliate',
    noun: 'partner',
    entity: p,
    form,
    create: (v) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/affiliates', {
          params: { path: { workspaceId: ws.id } },
          body: bodyOf(v),
        }),
      ),
    update: (v, { id }, version) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/affiliates/{id}', {
          params: { path: { workspaceId: ws.id, id } },
          body: { ...bodyOf(v), version },
        }),
      ),
    remove: ({ id, version }) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/affiliates/{id}', {
          params: { path: { workspaceId: ws.id, id } },
          headers: { 'If-Match': `"${version}"` },
        }),
      ),
    onDone: () => {
      void client.invalidateQueries({ queryKey: ['affiliates', ws.id] });
      onDone();
    },
  });
  const readOnly = partner.readOnly;
  const percentage = form.values.commissionModel === 'percentage';
  const code = normaliseCode(form.values.referralCode);
  return (
    <EntityForm of={partner}>
      <TextInput label="Name" required readOnly={readOnly} data-autofocus {...form.getInputProps('name')} />
      <Group grow align="flex-start">
        <Select
          label="Kind"
          allowDeselect={false}
          data={labelOptions(PARTNER_KIND_LABEL)}
          readOnly={readOnly}
          {...form.getInputProps('kind')}
        />
        <TextInput
          label="Referral code"
          // Below the input, so this field lines up with Kind beside it.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          description={
            code && code !== form.values.referralCode
              ? `Saved as ${code}`
              : p
                ? 'Letters, digits and dashes'
                : 'Leave empty to make one from the name'
          }
          readOnly={readOnly}
          {...form.getInputProps('referralCode')}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label="Commission model"
          allowDeselect={false}
          data={labelOptions(COMMISSION_LABEL)}
          readOnly={readOnly}
          {...form.getInputProps('commissionModel')}
        />
        <NumberInput
          label={percentage ? 'Commission (%)' : 'Commission per conversion'}
          prefix={percentage ? undefined : '$'}
          suffix={percentage ? '%' : undefined}
          min={0}
          max={percentage ? 100 : undefined}
          allowNegative={false}
          thousandSeparator=","
          readOnly={readOnly}
          {...form.getInputProps('commissionValue')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Contact name" readOnly={readOnly} {...form.getInputProps('contactName')} />
        <TextInput
          label="Contact email"
          type="email"
          readOnly={readOnly}
          {...form.getInputProps('contactEmail')}
        />
      </Group>
      <TextInput
        label="Website"
        placeholder="https://…"
        type="url"
        readOnly={readOnly}
        {...form.getInputProps('website')}
      />
      <Textarea label="Notes" autosize minRows={2} readOnly={readOnly} {...form.getInputProps('notes')} />
    </EntityForm>
  );
}
