import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { Comments } from '../../components/Comments';
import { GuardedButton } from '../../components/Guarded';
import { Empty, Loading } from '../../components/States';
import { approvedVersion, byRevisionDesc, STATUS, workingVersion } from '../positioning/approval';
import { ApprovedCopy } from './ApprovedCopy';
import { loadVersions, type Messaging } from './data';
import { MessagingForm } from './MessagingForm';

/** The messaging of one product for one persona: approved copy, the version being written, history. */
export function MessagingEditor({ productId, personaId }: { productId: string; personaId: string }) {
  const ws = useWorkspace();
  const owner = useCan('messaging', 'update').allowed;
  const versions = useQuery({
    queryKey: ['messaging', ws.id, { productId, personaId }],
    queryFn: () => loadVersions(ws.id, productId, personaId),
  });
  const startDraft = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/messaging', {
          params: { path: { workspaceId: ws.id } },
          body: { productId, personaId },
        }),
      ),
    meta: { success: 'Draft started' },
  });

  return (
    <Loading query={versions}>
      {({ items }) => {
        const approved = approvedVersion(items);
        const working = workingVersion(items);
        return (
          <Stack>
            {!owner && (
              <Alert color="indigo" title="Product marketing owns the words">
                Use the approved copy as it is: copy any field below. To change it, ask a product marketer to
                start a new draft.
              </Alert>
            )}
            {approved ? (
              <ApprovedCopy messaging={approved} />
            ) : (
              <Empty title="No approved messaging yet">
                {owner
                  ? 'Write a draft, submit it for review and approve it; it becomes the copy source for campaigns.'
                  : 'Product marketing has not approved messaging for this product and persona yet.'}
              </Empty>
            )}
            {working && owner ? (
              <MessagingForm key={`${working.id}:${working.version}`} messaging={working} />
            ) : working ? (
              <Text size="sm" c="dimmed">
                Revision {working.revision} is {STATUS[working.status].label.toLowerCase()} with product
                marketing.
              </Text>
            ) : (
              <Paper withBorder p="md">
                <Group justify="space-between">
                  <Text size="sm">
                    {approved
                      ? 'A new draft copies the approved version; the approved copy stays in use until the draft is approved.'
                      : 'Start the first draft for this product and persona.'}
                  </Text>
                  <GuardedButton
                    artefact="messaging"
                    action="create"
                    loading={startDraft.isPending}
                    onClick={() => startDraft.mutate()}
                  >
                    New draft
                  </GuardedButton>
                </Group>
              </Paper>
            )}
            {(working ?? approved) && (
              <Paper withBorder p="md">
                <Comments
                  key={(working ?? approved)!.id}
                  entityType="messaging"
                  entityId={(working ?? approved)!.id}
                />
              </Paper>
            )}
            <History versions={items} />
          </Stack>
        );
      }}
    </Loading>
  );
}

function History({ versions }: { versions: Messaging[] }) {
  if (versions.length === 0) return null;
  const day = (d: string | null) => (d ? dayjs(d).format('D MMM YYYY') : '—');
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Version history
      </Title>
      <Table aria-label="Messaging versions" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Revision</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Headline</Table.Th>
            <Table.Th>Submitted</Table.Th>
            <Table.Th>Approved</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {byRevisionDesc(versions).map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>#{v.revision}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={STATUS[v.status].color}>
                  {STATUS[v.status].label}
                </Badge>
              </Table.Td>
              <Table.Td>{v.headline || <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td>{day(v.submittedAt)}</Table.Td>
              <Table.Td>{day(v.approvedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
