import { Group, NumberInput, Select, Stack, TagsInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote, Spinner } from '../../components/States';
import { type AttributionModel, type Settings, useAttributionSettings } from './queries';

export const MODEL_LABEL: Record<AttributionModel, string> = {
  first_touch: 'First touch',
  last_touch: 'Last touch',
  linear: 'Linear',
  position_based: 'Position-based (40/20/40)',
};
const MODEL_HINT: Record<AttributionModel, string> = {
  first_touch: 'All credit to the visit that first brought the person.',
  last_touch: 'All credit to the last visit before the conversion.',
  linear: 'Credit shared equally by every visit in the window.',
  position_based: '40% to the first visit, 40% to the last, 20% shared by those between.',
};

type Values = { model: AttributionModel; lookbackDays: number | string; leadEvents: string[] };
const valuesOf = (s: Settings): Values => ({
  model: s.model,
  lookbackDays: s.lookbackDays,
  leadEvents: s.leadEvents,
});

/** The workspace's attribution model, lookback window and lead events (marketing owns them). */
export function AttributionSettingsForm() {
  const found = useAttributionSettings();
  if (found.isPending) return <Spinner label="Loading the attribution settings" />;
  if (found.isError) return <ErrorNote error={found.error} />;
  return <SettingsForm settings={found.data} />;
}

function SettingsForm({ settings }: { settings: Settings }) {
  const ws = useWorkspace();
  const can = useCan('attribution_settings', 'update');
  const form = useForm<Values>({
    initialValues: valuesOf(settings),
    validate: {
      lookbackDays: (v) =>
        typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365 ? null : 'From 1 to 365 days',
      leadEvents: (v) => (v.length > 20 ? 'At most 20 events' : null),
    },
  });
  // Saved elsewhere (another tab, a colleague): show what is stored unless this form holds edits.
  useEffect(() => {
    if (form.isDirty()) return;
    form.setInitialValues(valuesOf(settings));
    form.setValues(valuesOf(settings));
  }, [settings]); // eslint-disable-line react-hooks/exhaustive-deps
  const save = useMutation({
    mutationFn: (v: Values & { version: number }) =>
      unwrap(
        api.PUT('/api/v1/workspaces/{workspaceId}/attribution-settings', {
          params: { path: { workspaceId: ws.id } },
          body: {
            model: v.model,
            lookbackDays: Number(v.lookbackDays),
            leadEvents: v.leadEvents.map((e) => e.trim()).filter(Boolean),
            version: v.version,
          },
        }),
      ),
    meta: {
      inline: true,
      success: 'Attribution settings saved',
      conflict: { workspaceId: ws.id, entityType: 'attribution_settings', entityId: ws.id },
    },
    onSuccess: (saved) => form.resetDirty(valuesOf(saved)),
  });
  const readOnly = !can.allowed;
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate({ ...v, version: settings.version }))}>
      <Stack maw={560}>
        <ReadOnlyNote artefact="attribution_settings" />
        {settings.version === 0 && (
          <Text size="sm" c="dimmed">
            These are the defaults; nobody has changed them yet.
          </Text>
        )}
        <Select
          label="Attribution model"
          description={MODEL_HINT[form.values.model]}
          data={(Object.keys(MODEL_LABEL) as AttributionModel[]).map((m) => ({
            value: m,
            label: MODEL_LABEL[m],
          }))}
          allowDeselect={false}
          readOnly={readOnly}
          {...form.getInputProps('model')}
        />
        <NumberInput
          label="Lookback window (days)"
          description="Visits up to this many days before a conversion get credit"
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          readOnly={readOnly}
          {...form.getInputProps('lookbackDays')}
        />
        <TagsInput
          label="Lead events"
          description="Events that make a person a lead, such as a form submit (an identify with an email always does)"
          placeholder="form_submit"
          readOnly={readOnly}
          {...form.getInputProps('leadEvents')}
        />
        <ErrorNote error={save.error} title="Could not save the attribution settings" form={form} />
        <Group justify="flex-end">
          <GuardedButton
            artefact="attribution_settings"
            action="update"
            type="submit"
            loading={save.isPending}
            disabled={can.allowed && !form.isDirty()}
          >
            Save settings
          </GuardedButton>
        </Group>
      </Stack>
    </form>
  );
}
