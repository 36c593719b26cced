import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDate, formatMoney } from '../../app/format';
import { useWorkspace } from '../../app/workspace';
import { formatRate, REASON_LABEL } from '../deals/data';

const loadCard = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/battlecards/{id}', { params: { path: { workspaceId, id } } }),
  );
export type WinLossFigures = Awaited<ReturnType<typeof loadCard>>['winLoss'];

/**
 * The battlecard's win / loss against its competitor over the last 12 months: what a rep wants before the
 * call (how often we win, and why we lost lately), each loss linking to its deal.
 */
export function WinLoss({ cardId, competitorName }: { cardId: string; competitorName: string }) {
  const ws = useWorkspace();
  const card = useQuery({
    queryKey: ['battlecards', ws.id, cardId, 'win-loss'],
    queryFn: () => loadCard(ws.id, cardId),
  });
  if (!card.data) return null;
  return <WinLossFigures figures={card.data.winLoss} competitorName={competitorName} />;
}

export function WinLossFigures({
  figures: w,
  competitorName,
}: {
  figures: WinLossFigures;
  competitorName: string;
}) {
  const ws = useWorkspace();
  const decided = w.won + w.lost;
  if (decided + w.noDecision === 0)
    return (
      <Text size="sm" c="dimmed">
        No deal against {competitorName} recorded in the last 12 months.{' '}
        <Anchor component={Link} to={`/w/${ws.id}/deals`} size="sm" underline="always">
          Record deals
        </Anchor>{' '}
        to see the win rate here.
      </Text>
    );
  return (
    <Stack gap="xs">
      <Group gap="lg" align="baseline">
        <Text fz={24} fw={700} aria-label={`Win rate against ${competitorName}: ${formatRate(w.winRate)}`}>
          {formatRate(w.winRate)}
        </Text>
        <Text size="sm">
          {w.won} won · {w.lost} lost · {w.noDecision} no decision
        </Text>
        <Text size="xs" c="dimmed">
          since {formatDate(w.since)}
        </Text>
      </Group>
      {w.recentLosses.length > 0 && (
        <Table aria-label={`Recent losses to ${competitorName}`} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Lost deal</Table.Th>
              <Table.Th scope="col">Reason</Table.Th>
              <Table.Th scope="col">Amount</Table.Th>
              <Table.Th scope="col">Closed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {w.recentLosses.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/w/${ws.id}/deals?deal=${l.id}`} size="sm">
                    {l.accountName || l.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {l.reason ? (
                    <Badge variant="light" color="red">
                      {REASON_LABEL[l.reason]}
                    </Badge>
                  ) : (
                    '—'
                  )}
                  {l.reasonDetail && (
                    <Text size="xs" c="dimmed">
                      {l.reasonDetail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatMoney(l.amount)}</Table.Td>
                <Table.Td>{formatDate(l.closedOn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
