import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useWorkspace, useCan } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import { type Campaign, type CampaignPatch, changedFields, patchCampaign } from './campaign';
import { usePersonas, usePrograms } from './data';
import { type Channel, channelOptions, PROGRAM_STATUS } from '../../app/labels';
import { MEDIUM_BY_CHANNEL, SOURCE_BY_CHANNEL } from './utm';
import { charLimit, LIMITS } from '../../components/CharCount';
import { amountRule, endDateRule, MONEY_INPUT, programBudgetWarning } from '../../components/form-rules';

type Values = {
  name: string;
  description: string;
  programId: string;
  channel: Channel;
  personaId: string | null;
  startDate: string | null;
  endDate: string | null;
  plannedSpend: number;
  actualSpend: number;
  landingUrl: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
};

const valuesOf = (c: Campaign): Values => ({
  name: c.name,
  description: c.description,
  programId: c.programId,
  channel: c.channel,
  personaId: c.personaId,
  startDate: c.startDate,
  endDate: c.endDate,
  plannedSpend: c.plannedSpend,
  actualSpend: c.actualSpend,
  landingUrl: c.landingUrl,
  utmSource: c.utm.source,
  utmMedium: c.utm.medium,
  utmCampaign: c.utm.campaign,
});

/** The campaign's editable fields; remount it (key on version) to pick up a newer version. */
export function CampaignFields({ campaign }: { campaign: Campaign }) {
  const ws = useWorkspace();
  const can = useCan('campaign', 'update');
  const programs = usePrograms();
  const personas = usePersonas();
  const initial = valuesOf(campaign);
  const form = useForm<Values>({
    initialValues: initial,
    validate: {
      name: (v) => (v.trim() ? null : 'A campaign needs a name'),
      endDate: (v, values) => endDateRule(v, values.startDate),
      plannedSpend: amountRule,
      actualSpend: amountRule,
    },
  });
  const save = useMutation({
    mutationFn: ({ version, ...patch }: CampaignPatch & { version: number }) =>
      patchCampaign(ws.id, campaign.id, { ...patch, version }),
    meta: {
      inline: true,
      success: 'Campaign saved',
      conflict: { workspaceId: ws.id, entityType: 'campaign', entityId: campaign.id },
    },
  });
  const submit = (v: Values) => {
    const patch: CampaignPatch = changedFields(initial, {
      ...v,
      plannedSpend: Number(v.plannedSpend) || 0,
      actualSpend: Number(v.actualSpend) || 0,
    });
    if (Object.keys(patch).length === 0) return;
    save.mutate({ ...patch, version: campaign.version });
  };
  const disabled = !can.allowed;
  const budgetWarning = programBudgetWarning(
    programs.data?.items.find((p) => p.id === form.values.programId),
    Number(form.values.plannedSpend) || 0,
    campaign,
  );
  const programOptions = (programs.data?.items ?? [])
    .filter((p) => p.id === campaign.programId || p.status === 'accepted' || p.status === 'in_progress')
    .map((p) => ({ value: p.id, label: `${p.name} (${PROGRAM_STATUS[p.status].label})` }));
  return (
    <form onSubmit={form.onSubmit(submit)}>
      <Stack>
        <ReadOnlyNote artefact="campaign" />
        <TextInput
          label="Name"
          required
          disabled={disabled}
          {...form.getInputProps('name')}
          {...charLimit(form.values.name, LIMITS.name)}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          disabled={disabled}
          {...form.getInputProps('description')}
          {...charLimit(form.values.description, LIMITS.longText)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Program"
            allowDeselect={false}
            searchable
            disabled={disabled}
            data={programOptions}
            {...form.getInputProps('programId')}
          />
          <Select
            label="Channel"
            allowDeselect={false}
            disabled={disabled}
            data={channelOptions}
            {...form.getInputProps('channel')}
          />
          <Select
            label="Audience (persona)"
            clearable
            searchable
            disabled={disabled}
            data={(personas.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            {...form.getInputProps('personaId')}
          />
          <TextInput
            label="Landing page URL"
            placeholder="https://…"
            disabled={disabled}
            {...form.getInputProps('landingUrl')}
          />
          <DateInput
            label="Start date"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear start date' }}
            valueFormat="D MMM YYYY"
            disabled={disabled}
            {...form.getInputProps('startDate')}
          />
          <DateInput
            label="End date"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear end date' }}
            valueFormat="D MMM YYYY"
            disabled={disabled}
            {...form.getInputProps('endDate')}
          />
          <NumberInput
            label="Planned spend"
            min={0}
            {...MONEY_INPUT}
            disabled={disabled}
            {...form.getInputProps('plannedSpend')}
          />
          <NumberInput
            label="Actual spend"
            min={0}
            {...MONEY_INPUT}
            disabled={disabled}
            {...form.getInputProps('actualSpend')}
          />
        </SimpleGrid>
        <Text fw={600} size="sm" mt="xs">
          UTM tags (campaign-wide: every tagged link follows them)
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="utm_source" disabled={disabled} {...form.getInputProps('utmSource')} />
          <TextInput label="utm_medium" disabled={disabled} {...form.getInputProps('utmMedium')} />
          <TextInput label="utm_campaign" disabled={disabled} {...form.getInputProps('utmCampaign')} />
        </SimpleGrid>
        {budgetWarning && (
          <Alert color="orange" title="Over the program's budget">
            {budgetWarning}
          </Alert>
        )}
        <ErrorNote form={form} error={save.error} title="Could not save the campaign" />
        <Group justify="space-between">
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={disabled}
            onClick={() =>
              form.setValues({
                utmSource: SOURCE_BY_CHANNEL[form.values.channel],
                utmMedium: MEDIUM_BY_CHANNEL[form.values.channel],
              })
            }
          >
            Use channel defaults for source and medium
          </Button>
          <Group gap="xs">
            <Button variant="default" disabled={disabled || !form.isDirty()} onClick={() => form.reset()}>
              Discard changes
            </Button>
            <GuardedButton artefact="campaign" action="update" type="submit" loading={save.isPending}>
              Save campaign
            </GuardedButton>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
