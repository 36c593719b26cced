import {
  Badge,
  Button,
  Group,
  Modal,
  Radio,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote, Spinner } from '../../components/States';
import { FEATURE_STATUS_COLOR, FEATURE_STATUS_LABEL, IMPORTANCE, type Importance } from '../../app/labels';

/** Search-as-you-type over features, then link one or many feedback items to the chosen one. */
export function LinkFeatureModal(props: {
  feedbackIds: string[];
  opened: boolean;
  onClose: () => void;
  onLinked?: () => void;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        props.feedbackIds.length > 1
          ? `Link ${props.feedbackIds.length} items to a feature`
          : 'Link to feature'
      }
      size="lg"
    >
      {props.opened && <LinkForm {...props} />}
    </Modal>
  );
}

function LinkForm(props: { feedbackIds: string[]; onClose: () => void; onLinked?: () => void }) {
  const ws = useWorkspace();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 200);
  const [featureId, setFeatureId] = useState<string | null>(null);
  const [importance, setImportance] = useState<Importance>('important');
  const features = useQuery({
    queryKey: ['features', ws.id, 'link-search', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/features', {
          params: {
            path: { workspaceId: ws.id },
            query: {
              q: q || undefined,
              limit: 20,
              sort: q ? 'title' : '-score',
              status: 'idea,discovery,planned,in_progress',
            },
          },
        }),
      ),
    placeholderData: (prev) => prev,
  });
  const link = useMutation({
    mutationFn: (v: { featureId: string; importance: Importance }) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/features/{id}/feedback', {
          params: { path: { workspaceId: ws.id, id: v.featureId } },
          body:
            props.feedbackIds.length === 1
              ? { feedbackId: props.feedbackIds[0]!, importance: v.importance }
              : { feedbackIds: props.feedbackIds, importance: v.importance },
        }),
      ),
    meta: { inline: true, success: 'Linked. The feature’s demand and score are updated.' },
    onSuccess: () => {
      props.onLinked?.();
      props.onClose();
    },
  });
  const items = features.data?.items ?? [];
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (featureId) link.mutate({ featureId, importance });
      }}
    >
      <Stack>
        <TextInput
          label="Search features"
          placeholder="Type part of a title"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-autofocus
        />
        <Radio.Group label="Feature" value={featureId} onChange={setFeatureId}>
          <ScrollArea.Autosize mah={280} mt="xs">
            {features.isPending ? (
              <Spinner label="Searching features" />
            ) : items.length === 0 ? (
              <Text c="dimmed" size="sm">
                No open feature matches “{q}”. Product management can create it on the Features page.
              </Text>
            ) : (
              <Stack gap={6}>
                {items.map((f) => (
                  <Radio
                    key={f.id}
                    value={f.id}
                    label={
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{f.title}</Text>
                        <Badge size="xs" variant="light" color={FEATURE_STATUS_COLOR[f.status]}>
                          {FEATURE_STATUS_LABEL[f.status]}
                        </Badge>
                      </Group>
                    }
                  />
                ))}
              </Stack>
            )}
          </ScrollArea.Autosize>
        </Radio.Group>
        <Select
          label="Importance to the customer"
          data={IMPORTANCE.map((i) => ({ value: i.value, label: i.label }))}
          value={importance}
          allowDeselect={false}
          onChange={(v) => v && setImportance(v as Importance)}
        />
        <ErrorNote error={link.error} title="Could not link" />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={!featureId} loading={link.isPending}>
            Link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
