import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, errorMessage, unwrap } from '../api/client';

export type Conflict = {
  workspaceId: string;
  entityType: string;
  entityId: string;
  currentVersion: number;
  /** The fields this person tried to save. */
  mine: Record<string, unknown>;
  reapply: (version: number) => Promise<void>;
  reload: () => Promise<void> | void;
};

let show: ((c: Conflict) => void) | null = null;

/** Opens the conflict dialog (called when a save answers 409 on a stale version). */
export function reportConflict(conflict: Conflict) {
  show?.(conflict);
}

export const display = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
};

/**
 * The conflict dialog: who changed the entity meanwhile and what, next to what this person tried to
 * save; they reload the current version or re-apply their change on top of it. Nothing is dropped silently.
 */
export function ConflictHost() {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    show = (c) => {
      setError(null);
      setConflict(c);
    };
    return () => {
      show = null;
    };
  }, []);
  const history = useQuery({
    enabled: Boolean(conflict),
    queryKey: ['conflict-history', conflict?.entityId, conflict?.currentVersion],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/activity', {
          params: {
            path: { workspaceId: conflict!.workspaceId },
            query: { entityType: conflict!.entityType, entityId: conflict!.entityId, limit: 5 },
          },
        }),
      ),
  });
  const mine = Object.entries(conflict?.mine ?? {}).filter(([k]) => k !== 'version');
  const close = () => setConflict(null);
  return (
    <Modal opened={Boolean(conflict)} onClose={close} title="Someone else changed this meanwhile" size="lg">
      <Stack>
        <Text size="sm">
          Your save was not applied: it was based on an older version. Here is what changed since, and what
          you tried to save.
        </Text>
        <Text fw={600} size="sm">
          Recent changes
        </Text>
        {history.data?.items.length ? (
          <Table striped withTableBorder fz="sm" aria-label="Recent changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Who</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th>What</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{entry.actor?.name ?? 'A deleted user'}</Table.Td>
                  <Table.Td>{new Date(entry.at).toLocaleString()}</Table.Td>
                  <Table.Td>
                    {Object.keys(entry.changes).length
                      ? Object.entries(entry.changes).map(([field, c]) => (
                          <div key={field}>
                            <b>{field}</b>: {display(c.before)} → {display(c.after)}
                          </div>
                        ))
                      : entry.action}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {history.isPending ? 'Loading…' : 'No recorded changes to show.'}
          </Text>
        )}
        <Text fw={600} size="sm">
          Your change
        </Text>
        <Table withTableBorder fz="sm" aria-label="Your change">
          <Table.Tbody>
            {mine.map(([field, value]) => (
              <Table.Tr key={field}>
                <Table.Td fw={600}>{field}</Table.Td>
                <Table.Td>{display(value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={async () => {
              await conflict?.reload();
              close();
            }}
          >
            Discard mine and reload
          </Button>
          <Button
            loading={busy}
            onClick={async () => {
              if (!conflict) return;
              setBusy(true);
              try {
                await conflict.reapply(conflict.currentVersion);
                close();
              } catch (err) {
                setError(err);
              } finally {
                setBusy(false);
              }
            }}
          >
            Re-apply my change
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
