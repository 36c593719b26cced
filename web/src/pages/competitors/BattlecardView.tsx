import {
  Badge,
  Button,
  Divider,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Comments } from '../../components/Comments';
import { GuardedButton } from '../../components/Guarded';
import { battlecardExportUrl } from './battlecards';
import { BattlecardForm } from './BattlecardForm';
import type { Battlecard } from './data';
import { FormModal } from '../../components/FormModal';
import { WinLoss } from './WinLoss';

const day = (d: string) => dayjs(d).format('D MMM YYYY');

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Text fw={600} size="sm" mb={4}>
        {title}
      </Text>
      {children}
    </div>
  );
}

const None = () => (
  <Text size="sm" c="dimmed">
    Not written yet.
  </Text>
);

const Lines = ({ items }: { items: string[] }) =>
  items.length ? (
    <List size="sm" spacing={2}>
      {items.map((x, i) => (
        <List.Item key={i}>{x}</List.Item>
      ))}
    </List>
  ) : (
    <None />
  );

/** One battlecard as sales read it, with review, edit and the enablement downloads. */
export function BattlecardView({ card }: { card: Battlecard }) {
  const ws = useWorkspace();
  const [editing, editModal] = useDisclosure(false);
  const review = useMutation({
    mutationFn: ({ version }: { version: number }) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/battlecards/{id}/review', {
          params: { path: { workspaceId: ws.id, id: card.id } },
          body: { version },
        }),
      ),
    meta: {
      success: 'Marked reviewed today',
      conflict: { workspaceId: ws.id, entityType: 'battlecard', entityId: card.id },
    },
  });
  const label = `${card.competitorName} vs ${card.productName}`;

  return (
    <Paper withBorder p="md" component="article" aria-label={`Battlecard ${label}`}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Group gap="xs">
            <Title order={3} size="h4">
              {card.productName}
            </Title>
            {card.stale && <Badge color="red">Stale</Badge>}
          </Group>
          <Text size="sm" c={card.stale ? 'red' : 'dimmed'}>
            {card.lastReviewedOn
              ? `Last reviewed ${day(card.lastReviewedOn)} · review due ${day(card.reviewDueOn!)}`
              : 'Never reviewed'}
          </Text>
        </div>
        <Group gap="xs">
          <GuardedButton
            artefact="battlecard"
            action="review"
            variant="light"
            loading={review.isPending}
            onClick={() => review.mutate({ version: card.version })}
          >
            Mark reviewed
          </GuardedButton>
          <GuardedButton artefact="battlecard" action="update" variant="default" onClick={editModal.open}>
            Edit battlecard
          </GuardedButton>
        </Group>
      </Group>
      <Group gap="xs" mb="md">
        <Text size="sm" fw={600}>
          Download for sales:
        </Text>
        <Button
          component="a"
          size="xs"
          variant="outline"
          href={battlecardExportUrl(ws.id, card.id, 'html')}
          aria-label={`Download ${label} battlecard as HTML`}
        >
          HTML
        </Button>
        <Button
          component="a"
          size="xs"
          variant="outline"
          href={battlecardExportUrl(ws.id, card.id, 'markdown')}
          aria-label={`Download ${label} battlecard as Markdown`}
        >
          Markdown
        </Button>
      </Group>
      <Stack gap="md">
        <Section title="Win / loss (last 12 months)">
          <WinLoss cardId={card.id} competitorName={card.competitorName} />
        </Section>
        <Section title="When you meet them">
          {card.whenYouMeetThem ? <Text size="sm">{card.whenYouMeetThem}</Text> : <None />}
        </Section>
        <Section title="Quick comparison">
          {card.quickComparison.length ? (
            <Table aria-label={`Quick comparison ${label}`} withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Dimension</Table.Th>
                  <Table.Th>Us</Table.Th>
                  <Table.Th>{card.competitorName}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {card.quickComparison.map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Td fw={500}>{r.dimension}</Table.Td>
                    <Table.Td>{r.us}</Table.Td>
                    <Table.Td>{r.them}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <None />
          )}
        </Section>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Section title="Our strengths">
            {card.ourStrengths.length ? (
              <Stack gap={6}>
                {card.ourStrengths.map((s, i) => (
                  <div key={i}>
                    <Text size="sm" fw={500}>
                      {s.point}
                    </Text>
                    <Text size="sm" c="dimmed">
                      Proof: {s.proof || '—'}
                    </Text>
                  </div>
                ))}
              </Stack>
            ) : (
              <None />
            )}
          </Section>
          <Section title="Their strengths">
            <Lines items={card.theirStrengths} />
          </Section>
        </SimpleGrid>
        <Section title="Objection handling">
          {card.objections.length ? (
            <Stack gap={6}>
              {card.objections.map((o, i) => (
                <div key={i}>
                  <Text size="sm" fw={500}>
                    “{o.objection}”
                  </Text>
                  <Text size="sm">{o.response}</Text>
                </div>
              ))}
            </Stack>
          ) : (
            <None />
          )}
        </Section>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Section title="Landmines">
            <Lines items={card.landmines} />
          </Section>
          <Section title="Win themes">
            <Lines items={card.winThemes} />
          </Section>
        </SimpleGrid>
        <Divider />
        <Comments entityType="battlecard" entityId={card.id} about={`the ${label} battlecard`} />
      </Stack>
      <FormModal opened={editing} onClose={editModal.close} title={`Edit battlecard: ${label}`} size="xl">
        <BattlecardForm competitorId={card.competitorId} card={card} onDone={editModal.close} />
      </FormModal>
    </Paper>
  );
}
