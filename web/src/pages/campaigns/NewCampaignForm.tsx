import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, type paths, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';
import { usePersonas, usePrograms } from './data';
import { type Channel, CHANNEL_LABEL, channelOptions, PROGRAM_STATUS } from '../../app/labels';
import { MEDIUM_BY_CHANNEL, normaliseUtm, SOURCE_BY_CHANNEL } from './utm';
import { useUnsavedChanges } from '../../components/FormModal';
import { charLimit, LIMITS } from '../../components/CharCount';
import { amountRule, endDateRule, MONEY_INPUT, programBudgetWarning } from '../../components/form-rules';

type Body = NonNullable<
  paths['/api/v1/workspaces/{workspaceId}/campaigns']['post']['requestBody']
>['content']['application/json'];

type Values = {
  name: string;
  programId: string | null;
  channel: Channel;
  personaId: string | null;
  startDate: string | null;
  endDate: string | null;
  plannedSpend: number | string;
  landingUrl: string;
};

/** Creates a campaign in an accepted or running program, then opens it. */
export function NewCampaignForm(props: { programId?: string; onDone: () => void }) {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const programs = usePrograms();
  const personas = usePersonas();
  const form = useForm<Values>({
    initialValues: {
      name: '',
      programId: props.programId ?? null,
      channel: 'email',
      personaId: null,
      startDate: null,
      endDate: null,
      plannedSpend: 0,
      landingUrl: '',
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the campaign a name'),
      programId: (v) => (v ? null : 'Choose the program it belongs to'),
      endDate: (v, values) => endDateRule(v, values.startDate),
      plannedSpend: amountRule,
    },
  });
  useUnsavedChanges(form.isDirty());
  const create = useMutation({
    mutationFn: (body: Body) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/campaigns', {
          params: { path: { workspaceId: ws.id } },
          body,
        }),
      ),
    meta: { inline: true, success: 'Campaign created' },
    onSuccess: (c) => {
      props.onDone();
      navigate(`/w/${ws.id}/campaigns/${c.id}`);
    },
  });
  // Campaigns go in accepted or running programs; the server refuses others and says why.
  const open = (programs.data?.items ?? []).filter(
    (p) => p.status === 'accepted' || p.status === 'in_progress',
  );
  const v = form.values;
  const budgetWarning = programBudgetWarning(
    programs.data?.items.find((p) => p.id === v.programId),
    Number(v.plannedSpend) || 0,
  );
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        create.mutate({
          name: values.name.trim(),
          programId: values.programId!,
          channel: values.channel,
          personaId: values.personaId,
          startDate: values.startDate,
          endDate: values.endDate,
          plannedSpend: Number(values.plannedSpend) || 0,
          ...(values.landingUrl.trim() ? { landingUrl: values.landingUrl.trim() } : {}),
        }),
      )}
    >
      <Stack>
        <TextInput
          label="Name"
          required
          data-autofocus
          {...form.getInputProps('name')}
          {...charLimit(form.values.name, LIMITS.name)}
        />
        <Select
          label="Program"
          description="Only accepted or in-progress programs take campaigns"
          required
          searchable
          nothingFoundMessage="No accepted program yet"
          data={open.map((p) => ({ value: p.id, label: `${p.name} (${PROGRAM_STATUS[p.status].label})` }))}
          {...form.getInputProps('programId')}
        />
        <SimpleGrid cols={2}>
          <Select
            label="Channel"
            required
            allowDeselect={false}
            data={channelOptions}
            {...form.getInputProps('channel')}
          />
          <Select
            label="Audience (persona)"
            clearable
            searchable
            data={(personas.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            {...form.getInputProps('personaId')}
          />
          <DateInput
            label="Start date"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear start date' }}
            valueFormat="D MMM YYYY"
            {...form.getInputProps('startDate')}
          />
          <DateInput
            label="End date"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear end date' }}
            valueFormat="D MMM YYYY"
            {...form.getInputProps('endDate')}
          />
          <NumberInput
            label="Planned spend"
            min={0}
            {...MONEY_INPUT}
            {...form.getInputProps('plannedSpend')}
          />
          <TextInput label="Landing page URL" placeholder="https://…" {...form.getInputProps('landingUrl')} />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          UTM tags: utm_source={SOURCE_BY_CHANNEL[v.channel]}, utm_medium={MEDIUM_BY_CHANNEL[v.channel]}{' '}
          (defaults for {CHANNEL_LABEL[v.channel]}), utm_campaign={normaliseUtm(v.name) || '…'}. You can
          change them on the campaign.
        </Text>
        {budgetWarning && (
          <Alert color="orange" title="Over the program's budget">
            {budgetWarning}
          </Alert>
        )}
        <ErrorNote form={form} error={create.error} title="Could not create the campaign" />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create campaign
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
