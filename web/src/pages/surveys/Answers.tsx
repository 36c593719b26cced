import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../app/format';
import { linkTo } from '../../app/links';
import { useWorkspace } from '../../app/workspace';
import { Empty, ErrorNote, Spinner } from '../../components/States';
import { type Answer, type Band, type Survey, useSurveyAnswers } from './api';
import { BAND_COLOR, bandLabels, bandOf, CHANNEL_LABEL } from './labels';

/**
 * A survey's answers, newest first, filtered by band and by whether they carry a comment. A comment became a
 * feedback item in the inbox: its row links there.
 */
export function Answers({ survey }: { survey: Survey }) {
  const ws = useWorkspace();
  const [band, setBand] = useState<Band | 'all'>('all');
  const [withComment, setWithComment] = useState(false);
  const scored = survey.kind !== 'open';
  const answers = useSurveyAnswers(survey.id, {
    ...(band !== 'all' && scored ? { band } : {}),
    ...(withComment ? { hasComment: true } : {}),
  });
  const labels = bandLabels(survey.kind);
  const rows = answers.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack>
      <Group gap="lg" wrap="wrap">
        {scored && (
          <SegmentedControl
            size="xs"
            aria-label="Band"
            value={band}
            onChange={(v) => setBand(v as Band | 'all')}
            data={[
              { value: 'all', label: 'All' },
              { value: 'promoter', label: labels.promoter },
              { value: 'passive', label: labels.passive },
              { value: 'detractor', label: labels.detractor },
            ]}
          />
        )}
        <Switch
          label="With a comment"
          checked={withComment}
          onChange={(e) => setWithComment(e.currentTarget.checked)}
        />
      </Group>
      {answers.isPending ? (
        <Spinner label="Loading answers" />
      ) : answers.isError ? (
        <ErrorNote error={answers.error} />
      ) : rows.length === 0 ? (
        <Empty title={band === 'all' && !withComment ? 'No answers yet' : 'No answers match'}>
          {band === 'all' && !withComment
            ? 'Share the link or the snippet above; answers appear here as they arrive.'
            : 'Try another filter.'}
        </Empty>
      ) : (
        <Table aria-label="Answers" striped>
          <Table.Thead>
            <Table.Tr>
              {scored && <Table.Th>Score</Table.Th>}
              <Table.Th>Comment</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Channel</Table.Th>
              <Table.Th>Answered</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <AnswerRow key={a.id} answer={a} survey={survey} ws={ws.id} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {answers.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={answers.isFetchingNextPage}
            onClick={() => answers.fetchNextPage()}
          >
            Show more answers
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function AnswerRow({ answer: a, survey, ws }: { answer: Answer; survey: Survey; ws: string }) {
  const scored = survey.kind !== 'open';
  const b = a.score !== null && scored ? bandOf(survey.kind, a.score) : null;
  return (
    <Table.Tr>
      {scored && (
        <Table.Td>
          {a.score === null ? (
            '—'
          ) : (
            <Badge
              color={BAND_COLOR[b!]}
              variant="light"
              aria-label={`Score ${a.score}, ${bandLabels(survey.kind)[b!]}`}
            >
              {a.score}
            </Badge>
          )}
        </Table.Td>
      )}
      <Table.Td>
        {a.comment ? <Text size="sm">{a.comment}</Text> : <Text c="dimmed">—</Text>}
        {a.feedbackId && (
          <Anchor
            component={Link}
            to={linkTo(ws, { entityType: 'feedback', entityId: a.feedbackId })}
            size="sm"
          >
            Open feedback item
          </Anchor>
        )}
      </Table.Td>
      <Table.Td>
        {a.contact || a.customer ? (
          <Stack gap={0}>
            {a.contact && <Text size="sm">{a.contact.name}</Text>}
            {a.customer && (
              <Anchor component={Link} to={`/w/${ws}/customers/${a.customer.id}`} size="sm">
                {a.customer.name}
              </Anchor>
            )}
          </Stack>
        ) : (
          <Text c="dimmed" size="sm">
            Anonymous
          </Text>
        )}
      </Table.Td>
      <Table.Td>{CHANNEL_LABEL[a.channel]}</Table.Td>
      <Table.Td>{formatDate(a.answeredAt)}</Table.Td>
    </Table.Tr>
  );
}
