import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../app/format';
import { linkTo } from '../../app/links';
import { plural } from '../../app/plural';
import { rolesLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';
import { Empty, Loading } from '../../components/States';
import { OUTCOME_COLOR, OUTCOME_LABEL, REASON_LABEL } from '../deals/data';
import { BAND_COLOR, bandLabels, formatScore, KIND_LABEL, SCORE_NAME } from '../surveys/labels';
import { type Customer, type CustomerSignals, loadCustomerSignals } from './data';

type Figures = NonNullable<CustomerSignals['surveys']>;
type Answer = NonNullable<CustomerSignals['answers']>[number];
type Deals = CustomerSignals['deals'];

const SCORED = ['nps', 'csat', 'ces'] as const;

/**
 * What the market said through this customer: its NPS / CSAT / CES with counts and newest answers (for the
 * roles that read surveys; the server leaves them out for others), and its deals with the win rate.
 */
export function MarketSignals({ customer: c }: { customer: Customer }) {
  const ws = useWorkspace();
  const signals = useQuery({
    queryKey: ['customer-signals', ws.id, c.id],
    queryFn: () => loadCustomerSignals(ws.id, c.id),
  });
  const surveyReaders = ws.ownership.artefacts.find((a) => a.artefact === 'survey')?.readers ?? [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="market-signals">
      <Text fw={700} component="h2" size="md" m={0} mb="xs" id="market-signals">
        Market signals
      </Text>
      <Loading query={signals} label="Loading market signals">
        {(s) => (
          <Stack gap="lg">
            {s.surveys && s.answers ? (
              <SurveySignals figures={s.surveys} answers={s.answers} name={c.name} />
            ) : (
              <Text size="sm" c="dimmed">
                Survey answers are shown to {rolesLabel(surveyReaders)} and admins.
              </Text>
            )}
            <DealSignals deals={s.deals} name={c.name} ws={ws.id} />
          </Stack>
        )}
      </Loading>
    </Paper>
  );
}

function SurveySignals({ figures, answers, name }: { figures: Figures; answers: Answer[]; name: string }) {
  const ws = useWorkspace();
  const kinds = SCORED.filter((k) => figures[k] !== null);
  if (kinds.length === 0 && answers.length === 0)
    return <Empty title="No survey answers yet">Answers {name}’s people give to surveys show here.</Empty>;
  return (
    <Stack gap="sm">
      <Text fw={600} component="h3" size="sm" m={0}>
        Survey answers
      </Text>
      {kinds.length > 0 && (
        <Group gap="xl" align="flex-start">
          {kinds.map((kind) => {
            const f = figures[kind]!;
            const labels = bandLabels(kind);
            return (
              <Stack key={kind} gap={2} aria-label={`${KIND_LABEL[kind]} of ${name}`} role="group">
                <Text size="xs" c="dimmed">
                  {SCORE_NAME[kind]}
                </Text>
                <Text fw={700} size="xl">
                  {formatScore(kind, f.score)}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {plural(f.answers, 'answer')} · {labels.promoter} {f.promoters} · {labels.passive}{' '}
                  {f.passives} · {labels.detractor} {f.detractors}
                </Text>
              </Stack>
            );
          })}
        </Group>
      )}
      {answers.length > 0 && (
        <Table aria-label={`Newest survey answers from ${name}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Score</Table.Th>
              <Table.Th>Comment</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Answered</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {answers.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  {a.score === null || a.band === null ? (
                    <Text size="sm">{KIND_LABEL[a.kind]}</Text>
                  ) : (
                    <Stack gap={2} align="flex-start">
                      <Badge
                        color={BAND_COLOR[a.band]}
                        variant="light"
                        aria-label={`${KIND_LABEL[a.kind]} ${a.score}, ${bandLabels(a.kind)[a.band]}`}
                      >
                        {a.score}
                      </Badge>
                      <Text size="xs" c="dimmed" aria-hidden>
                        {KIND_LABEL[a.kind]}
                      </Text>
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>
                  {/* Customers' own words: rendered as text, never as markup. */}
                  {a.comment ? <Text size="sm">{a.comment}</Text> : <Text c="dimmed">—</Text>}
                  <Group gap="xs">
                    <Anchor component={Link} to={`/w/${ws.id}/surveys/${a.surveyId}`} size="xs">
                      {a.surveyName}
                    </Anchor>
                    {a.feedbackId && (
                      <Anchor
                        component={Link}
                        to={linkTo(ws.id, { entityType: 'feedback', entityId: a.feedbackId })}
                        size="xs"
                      >
                        Feedback item
                      </Anchor>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{a.contact ? a.contact.name : <Text c="dimmed">—</Text>}</Table.Td>
                <Table.Td>{formatDate(a.answeredAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function DealSignals({ deals: d, name, ws }: { deals: Deals; name: string; ws: string }) {
  if (d.list.length === 0) return <Empty title="No deals yet">Deals closed with {name} show here.</Empty>;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline">
        <Text fw={600} component="h3" size="sm" m={0}>
          Deals
        </Text>
        <Anchor component={Link} to={`/w/${ws}/deals`} size="sm">
          All deals
        </Anchor>
      </Group>
      <Text size="sm" aria-label={`Deals with ${name}`}>
        {d.won} won · {d.lost} lost · {d.noDecision} no decision · win rate{' '}
        {d.winRate === null ? '—' : `${Math.round(d.winRate)} %`} · {formatMoney(d.amountWon)} won
      </Text>
      <Table aria-label={`Latest deals with ${name}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Deal</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Amount</Table.Th>
            <Table.Th>Competitor / reason</Table.Th>
            <Table.Th>Closed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.list.map((deal) => (
            <Table.Tr key={deal.id}>
              <Table.Td>
                <Anchor component={Link} to={`/w/${ws}/deals?deal=${deal.id}`}>
                  {deal.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLOR[deal.outcome]} variant="light">
                  {OUTCOME_LABEL[deal.outcome]}
                </Badge>
              </Table.Td>
              <Table.Td>{formatMoney(deal.amount)}</Table.Td>
              <Table.Td>
                {[deal.competitor?.name, deal.reason ? REASON_LABEL[deal.reason] : null]
                  .filter(Boolean)
                  .join(' · ') || '—'}
              </Table.Td>
              <Table.Td>{formatDate(deal.closedOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
