import { Button, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import {
  COMMISSION_LABEL,
  type CommissionModel,
  normaliseCode,
  options,
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

/** The server's field errors (a taken referral code, a malformed one) shown on their fields. */
function showFieldErrors(err: unknown, form: UseFormReturnType<Values>) {
  if (!(err instanceof ApiError)) return;
  for (const e of err.problem.errors ?? []) {
    const field = e.path.split('.').at(-1) ?? '';
    if (field in form.values) form.setFieldError(field, e.message);
  }
}

/** New partner, or an existing one: marketing edits it, everyone else reads it. */
export function PartnerForm({ partner: p, onDone }: { partner: Partner | null; onDone: () => void }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const can = useCan('affiliate', p ? 'update' : 'create');
  const [confirming, setConfirming] = useState(false);
  const form = useForm<Values>({ initialValues: valuesOf(p), validate });
  const done = () => {
    void client.invalidateQueries({ queryKey: ['affiliates', ws.id] });
    onDone();
  };
  const save = useMutation({
    mutationFn: (v: Values & { version?: number }) => {
      const body = {
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
      };
      return p
        ? unwrap(
            api.PATCH('/api/v1/workspaces/{workspaceId}/affiliates/{id}', {
              params: { path: { workspaceId: ws.id, id: p.id } },
              body: { ...body, version: v.version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/workspaces/{workspaceId}/affiliates', {
              params: { path: { workspaceId: ws.id } },
              body,
            }),
          );
    },
    meta: {
      inline: true,
      success: p ? 'Partner saved' : 'Partner added',
      ...(p && { conflict: { workspaceId: ws.id, entityType: 'affiliate', entityId: p.id } }),
    },
    onSuccess: done,
    onError: (err) => showFieldErrors(err, form),
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/affiliates/{id}', {
          params: { path: { workspaceId: ws.id, id: p!.id } },
          headers: { 'If-Match': `"${p!.version}"` },
        }),
      ),
    meta: { inline: true, success: 'Partner deleted' },
    onSuccess: done,
  });
  // Read only, not disabled: what a role may not change must stay easy to read.
  const readOnly = !can.allowed;
  const percentage = form.values.commissionModel === 'percentage';
  const code = normaliseCode(form.values.referralCode);
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate({ ...v, version: p?.version }))}>
      <Stack>
        {p && <ReadOnlyNote artefact="affiliate" />}
        <TextInput label="Name" required readOnly={readOnly} data-autofocus {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <Select
            label="Kind"
            allowDeselect={false}
            data={options(PARTNER_KIND_LABEL)}
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
            data={options(COMMISSION_LABEL)}
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
        <ErrorNote error={save.error} title="Could not save the partner" />
        <ErrorNote error={remove.error} title="Could not delete the partner" />
        <Group justify="space-between">
          {p ? (
            <GuardedButton
              artefact="affiliate"
              action="delete"
              variant={confirming ? 'filled' : 'subtle'}
              color="red"
              loading={remove.isPending}
              onClick={() => (confirming ? remove.mutate() : setConfirming(true))}
            >
              {confirming ? `Yes, delete ${p.name}` : 'Delete partner'}
            </GuardedButton>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>
              {readOnly ? 'Close' : 'Cancel'}
            </Button>
            {!readOnly && (
              <Button type="submit" loading={save.isPending} disabled={Boolean(p) && !form.isDirty()}>
                {p ? 'Save partner' : 'Add partner'}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
