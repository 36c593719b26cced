import {
  Blockquote,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Empty, ErrorNote } from '../../components/States';
import { collect } from './data';
import { insertPosition, messageParts } from './journey';
import type { JourneyOwner } from './Journey';
import { type Channel, channelOptions, type Stage, STAGE, STAGES } from '../../app/labels';
import { useUnsavedChanges } from '../../components/FormModal';

type Values = {
  stage: Stage;
  channel: Channel;
  asset: string;
  messagingId: string | null;
  messageRef: string | null;
  notes: string;
};

const loadApproved = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/messaging', {
        params: { path: { workspaceId }, query: { status: 'approved', limit: 200, cursor } },
      }),
    ),
  );

/** Adds a journey step quoting approved messaging, placed where its stage belongs. */
export function AddTouchpoint(props: {
  owner: JourneyOwner;
  stages: Stage[];
  defaultChannel: Channel;
  personaId: string | null;
  onDone: () => void;
}) {
  const ws = useWorkspace();
  const approved = useQuery({
    queryKey: ['messaging', ws.id, 'approved'],
    queryFn: () => loadApproved(ws.id),
  });
  // The audience's own messaging first: that is the copy this campaign should quote.
  const versions = [...(approved.data?.items ?? [])].sort(
    (a, b) => Number(b.personaId === props.personaId) - Number(a.personaId === props.personaId),
  );
  const form = useForm<Values>({
    initialValues: {
      stage: 'awareness',
      channel: props.defaultChannel,
      asset: '',
      messagingId: null,
      messageRef: null,
      notes: '',
    },
    validate: {
      messageRef: (v, all) => (all.messagingId && !v ? 'Choose the part of the messaging to quote' : null),
    },
  });
  useUnsavedChanges(form.isDirty());
  const v = form.values;
  const chosen = versions.find((m) => m.id === v.messagingId);
  const parts = chosen ? messageParts(chosen) : [];
  const quote = parts.find((p) => p.value === v.messageRef);

  const create = useMutation({
    mutationFn: (values: Values) => {
      const body = {
        stage: values.stage,
        channel: values.channel,
        ...(values.asset.trim() ? { asset: values.asset.trim() } : {}),
        ...(values.messagingId
          ? { messagingId: values.messagingId, messageRef: values.messageRef ?? '' }
          : {}),
        ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
        position: insertPosition(STAGES, props.stages, values.stage),
      };
      const path = { workspaceId: ws.id, id: props.owner.id };
      return props.owner.kind === 'campaign'
        ? unwrap(
            api.POST('/api/v1/workspaces/{workspaceId}/campaigns/{id}/touchpoints', {
              params: { path },
              body,
            }),
          )
        : unwrap(
            api.POST('/api/v1/workspaces/{workspaceId}/programs/{id}/touchpoints', {
              params: { path },
              body,
            }),
          );
    },
    meta: { inline: true, success: 'Touchpoint added' },
    onSuccess: props.onDone,
  });

  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))}>
      <Stack>
        <SimpleGrid cols={2}>
          <Select
            label="Stage"
            allowDeselect={false}
            data={STAGES.map((s) => ({ value: s, label: STAGE[s].label }))}
            {...form.getInputProps('stage')}
          />
          <Select
            label="Channel"
            allowDeselect={false}
            data={channelOptions}
            {...form.getInputProps('channel')}
          />
        </SimpleGrid>
        <TextInput
          label="Asset"
          placeholder="e.g. White paper landing page, LinkedIn carousel"
          {...form.getInputProps('asset')}
        />
        {approved.isSuccess && versions.length === 0 ? (
          <Empty title="No approved messaging yet">
            Touchpoints quote approved copy. Product marketing approves it on the{' '}
            <Link to={`/w/${ws.id}/messaging`}>messaging page</Link>.
          </Empty>
        ) : (
          <SimpleGrid cols={2}>
            <Select
              label="Approved messaging"
              placeholder={approved.isPending ? 'Loading…' : 'Choose product and persona'}
              clearable
              searchable
              data={versions.map((m) => ({
                value: m.id,
                label: `${m.productName} — ${m.personaName}`,
              }))}
              {...form.getInputProps('messagingId')}
              onChange={(id) => form.setValues({ messagingId: id, messageRef: null })}
            />
            <Select
              label="Copy to quote"
              placeholder={chosen ? 'Headline, pillar…' : 'Choose messaging first'}
              disabled={!chosen}
              data={parts.map((p) => ({ value: p.value, label: p.label }))}
              {...form.getInputProps('messageRef')}
            />
          </SimpleGrid>
        )}
        <ErrorNote error={approved.error} title="Could not load approved messaging" />
        {quote && (
          <Blockquote p="sm" color="indigo" cite="The approved words this step will use">
            {quote.text}
          </Blockquote>
        )}
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
        <Text size="xs" c="dimmed">
          The step is placed after the last {STAGE[v.stage].label.toLowerCase()} (or earlier) step; drag it to
          fine-tune.
        </Text>
        <ErrorNote form={form} error={create.error} title="The touchpoint was not added" />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add touchpoint
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
