import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useReleases } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';
import type { Note } from './NoteForm';
import { notShipped } from './notes';
import { publicAddress, usePublicChangelog } from './PublicAddress';

/** What publishing this note makes visible, and to whom, in one sentence. */
export function whoSees(note: Pick<Note, 'visibility'>, address: string | null): string {
  if (note.visibility === 'internal')
    return 'It is internal: members see it as published; it never appears in the changelog.';
  if (address)
    return `Anyone can read it at the public changelog ${address} and in its feed, without an account.`;
  return 'It joins the changelog members see. The public address is off, so no customer sees it until it is turned on.';
}

/** The default schedule: the release's target date at 09:00, local time, when that is still ahead. */
function defaultTime(targetDate: string | null | undefined): string {
  const at = targetDate ? dayjs(`${targetDate}T09:00`) : dayjs().add(1, 'day').startOf('hour');
  return (at.isAfter(dayjs()) ? at : dayjs().add(1, 'hour').startOf('hour')).format('YYYY-MM-DDTHH:mm');
}

/**
 * Publishing asks first and says what becomes public. A note whose release or features have not shipped
 * cannot go out now (the server refuses too): it may be scheduled, and waits for them.
 */
export function PublishDialog({
  note,
  opened,
  onClose,
}: {
  note: Note;
  opened: boolean;
  onClose: () => void;
}) {
  const ws = useWorkspace();
  const releases = useReleases();
  const settings = usePublicChangelog();
  const release = releases.data?.items.find((r) => r.id === note.releaseId);
  const [at, setAt] = useState(() => defaultTime(release?.targetDate));
  const blockers = notShipped(note);
  const publish = useMutation({
    mutationFn: (publishAt: string | undefined) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/release-notes/{id}/publish', {
          params: { path: { workspaceId: ws.id, id: note.id } },
          body: { version: note.version, ...(publishAt ? { publishAt } : {}) },
        }),
      ),
    meta: {
      inline: true,
      success: 'Release note published',
      conflict: { workspaceId: ws.id, entityType: 'release_note', entityId: note.id },
    },
    onSuccess: onClose,
  });
  const when = dayjs(at);
  const schedulable = when.isValid() && when.isAfter(dayjs());

  return (
    <Modal opened={opened} onClose={onClose} title={`Publish “${note.title}”?`} size="lg">
      <Stack>
        <Text size="sm">
          {settings.isPending
            ? 'Checking who will see it…'
            : whoSees(note, settings.data?.path ? publicAddress(settings.data.path) : null)}
        </Text>
        {blockers.length > 0 && (
          <Alert color="orange" title="Not shipped yet: it cannot be published now">
            <List size="sm">
              {blockers.map((b) => (
                <List.Item key={b}>{b}</List.Item>
              ))}
            </List>
            <Text size="sm" mt="xs">
              Schedule it instead: it goes live at that time once all of these have shipped.
            </Text>
          </Alert>
        )}
        <TextInput
          type="datetime-local"
          label={blockers.length > 0 ? 'Schedule for' : 'Or schedule for'}
          description="Your local time"
          value={at}
          onChange={(e) => setAt(e.currentTarget.value)}
          error={at && !schedulable ? 'Choose a time ahead of now' : undefined}
          maw={280}
        />
        <ErrorNote error={publish.error} title="Could not publish" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="light"
            disabled={!schedulable}
            loading={publish.isPending && publish.variables !== undefined}
            onClick={() => publish.mutate(when.toISOString())}
          >
            Schedule for {schedulable ? when.format('D MMM YYYY, HH:mm') : '…'}
          </Button>
          <Button
            disabled={blockers.length > 0 || settings.isPending}
            loading={publish.isPending && publish.variables === undefined}
            onClick={() => publish.mutate(undefined)}
          >
            Publish now
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
