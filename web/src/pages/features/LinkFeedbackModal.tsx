import { Button, Checkbox, Group, Modal, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote, Spinner } from '../../components/States';
import { IMPORTANCE, type Importance } from '../../app/labels';

/** Find feedback by its words and link the chosen items to this feature. */
export function LinkFeedbackModal(props: { featureId: string; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Link feedback" size="lg">
      {props.opened && <LinkForm {...props} />}
    </Modal>
  );
}

function LinkForm(props: { featureId: string; onClose: () => void }) {
  const ws = useWorkspace();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<string[]>([]);
  const [importance, setImportance] = useState<Importance>('important');
  const feedback = useQuery({
    queryKey: ['feedback', ws.id, 'link-search', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/feedback', {
          params: {
            path: { workspaceId: ws.id },
            query: { q: q || undefined, limit: 25, status: 'new,triaged' },
          },
        }),
      ),
    placeholderData: (prev) => prev,
  });
  const link = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/features/{id}/feedback', {
          params: { path: { workspaceId: ws.id, id: props.featureId } },
          body: { feedbackIds: chosen, importance },
        }),
      ),
    meta: { inline: true, success: 'Feedback linked' },
    onSuccess: props.onClose,
  });
  const items = feedback.data?.items ?? [];
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen.length) link.mutate();
      }}
    >
      <Stack>
        <TextInput
          label="Search feedback"
          placeholder="What did customers say?"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-autofocus
        />
        <Checkbox.Group label="Feedback to link" value={chosen} onChange={setChosen}>
          <ScrollArea.Autosize mah={300} mt="xs">
            {feedback.isPending ? (
              <Spinner label="Searching feedback" />
            ) : items.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing matches “{q}”.
              </Text>
            ) : (
              <Stack gap={8}>
                {items.map((f) => (
                  <Checkbox key={f.id} value={f.id} label={f.title} description={f.text.slice(0, 120)} />
                ))}
              </Stack>
            )}
          </ScrollArea.Autosize>
        </Checkbox.Group>
        <Select
          label="Importance to the customer"
          data={IMPORTANCE.map((i) => ({ ...i }))}
          value={importance}
          allowDeselect={false}
          onChange={(v) => v && setImportance(v as Importance)}
        />
        <ErrorNote error={link.error} title="Could not link" />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={!chosen.length} loading={link.isPending}>
            {chosen.length > 1 ? `Link ${chosen.length} items` : 'Link'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
