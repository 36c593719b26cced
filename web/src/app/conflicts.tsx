import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, errorMessage, unwrap } from '../api/client';
import { loadPrograms } from '../pages/campaigns/data';
import {
  conflictFieldLabel,
  formatConflictValue,
  formatWhen,
  type NameKind,
  nameKindOf,
  shownChanges,
  shownFields,
} from './conflict-format';
import { lookupQuery } from './lookups';

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

type Named = { items: { id?: string; userId?: string; name: string }[] };
const RESOURCE = {
  product: 'products',
  release: 'releases',
  persona: 'personas',
  member: 'members',
  customer: 'customers',
} as const;

/**
 * A value of a field whose ids a lookup list names; only that list is loaded. The dialog sits outside any
 * workspace page, so the lists are those of the conflict's workspace, by id.
 */
function NamedValue(props: { workspaceId: string; kind: NameKind; field: string; value: unknown }) {
  const { workspaceId, kind, field, value } = props;
  const list = useQuery<Named>(
    kind === 'program'
      ? { queryKey: ['programs', workspaceId, 'all'], queryFn: () => loadPrograms(workspaceId) }
      : lookupQuery(RESOURCE[kind], workspaceId),
  );
  const name = (_: NameKind, id: string) =>
    list.data?.items.find((x) => (kind === 'member' ? x.userId : x.id) === id)?.name;
  if (!list.data && value) return <>…</>;
  return <>{formatConflictValue(field, value, name)}</>;
}

/** One before or after value as the rest of the app shows it. */
export function ChangeValue(props: { workspaceId: string; field: string; value: unknown }) {
  const { field, value } = props;
  const kind = nameKindOf(field);
  if (kind)
    return <NamedValue key={kind} workspaceId={props.workspaceId} kind={kind} field={field} value={value} />;
  return <>{formatConflictValue(field, value)}</>;
}

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
  const mine = shownFields(conflict?.mine ?? {});
  const close = () => setConflict(null);
  const workspaceId = conflict?.workspaceId ?? '';
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
                  <Table.Td>{formatWhen(entry.at)}</Table.Td>
                  <Table.Td>
                    {shownChanges(entry.changes).length
                      ? shownChanges(entry.changes).map(([field, c]) => (
                          <div key={field}>
                            <b>{conflictFieldLabel(field)}</b>:{' '}
                            <ChangeValue workspaceId={workspaceId} field={field} value={c.before} /> →{' '}
                            <ChangeValue workspaceId={workspaceId} field={field} value={c.after} />
                          </div>
                        ))
                      : entry.action.replace(/_/g, ' ')}
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
                <Table.Td fw={600}>{conflictFieldLabel(field)}</Table.Td>
                <Table.Td>
                  <ChangeValue workspaceId={workspaceId} field={field} value={value} />
                </Table.Td>
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
