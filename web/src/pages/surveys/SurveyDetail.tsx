import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { surveySnippetFor } from '../../../../src/modules/surveys/snippet.ts';
import { nameOf, useProducts } from '../../app/lookups';
import { plural } from '../../app/plural';
import { useWorkspace } from '../../app/workspace';
import { CopyCode } from '../../components/CopyCode';
import { FormModal } from '../../components/FormModal';
import { GuardedButton } from '../../components/Guarded';
import { ExternalLink } from '../../components/ExternalLink';
import { ErrorNote, PageHeader, Spinner } from '../../components/States';
import { call, type ResultsQuery, type Survey, useSurvey, useSurveyResults } from './api';
import { Answers } from './Answers';
import { KIND_LABEL } from './labels';
import { AddRecipients } from './Recipients';
import { Results } from './Results';
import { SurveyForm } from './SurveyForm';

/** The periods results are read over; the line's step follows the length. */
const PERIODS = [
  { value: '30', label: '30 days', interval: 'day' },
  { value: '90', label: '90 days', interval: 'week' },
  { value: '365', label: '12 months', interval: 'month' },
  { value: 'all', label: 'All time', interval: 'month' },
] as const;
type Period = (typeof PERIODS)[number]['value'];

export function resultsQuery(period: Period, today = dayjs()): ResultsQuery {
  const p = PERIODS.find((x) => x.value === period)!;
  if (period === 'all') return { interval: p.interval };
  return {
    from: today.subtract(Number(period) - 1, 'day').format('YYYY-MM-DD'),
    to: today.format('YYYY-MM-DD'),
    interval: p.interval,
  };
}

/** One survey: where to share it (link, snippet, personal links), its results and its answers. */
export default function SurveyDetail() {
  const { id = '' } = useParams();
  const survey = useSurvey(id);
  if (survey.isPending) return <Spinner label="Loading survey" />;
  if (survey.isError) return <ErrorNote error={survey.error} />;
  return <SurveyScreen survey={survey.data} />;
}

function SurveyScreen({ survey: s }: { survey: Survey }) {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const products = useProducts();
  const [editing, setEditing] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [period, setPeriod] = useState<Period>('90');
  const [manual, setManual] = useState(false);
  const results = useSurveyResults(s.id, resultsQuery(period));
  const path = { workspaceId: ws.id, id: s.id };
  const conflict = { workspaceId: ws.id, entityType: 'survey', entityId: s.id };
  const setStatus = useMutation({
    mutationFn: (status: Survey['status']) =>
      call<Survey>('PATCH', '/surveys/{id}', { params: { path }, body: { status, version: s.version } }),
    meta: { inline: true, conflict, success: s.status === 'open' ? 'Survey closed' : 'Survey reopened' },
  });
  const remove = useMutation({
    mutationFn: () =>
      call<void>('DELETE', '/surveys/{id}', { params: { path }, headers: { 'If-Match': `"${s.version}"` } }),
    meta: { inline: true, success: 'Survey deleted' },
    onSuccess: () => navigate(`/w/${ws.id}/surveys`),
  });
  const origin = new URL(s.url, window.location.origin).origin;
  return (
    <Stack>
      <Anchor component={Link} to={`/w/${ws.id}/surveys`} size="sm">
        ← Surveys
      </Anchor>
      <PageHeader
        title={s.name}
        subtitle={
          // The header puts the subtitle in a paragraph: spans only.
          <Group gap="xs" component="span">
            <Badge variant="light" component="span">
              {KIND_LABEL[s.kind]}
            </Badge>
            <Badge color={s.status === 'open' ? 'teal' : 'gray'} variant="light" component="span">
              {s.status === 'open' ? 'Open' : 'Closed'}
            </Badge>
            <span>
              {nameOf(products.data, s.productId, 'Product')} · {plural(s.answers, 'answer')}
            </span>
          </Group>
        }
        actions={
          <Group gap="xs">
            <GuardedButton
              artefact="survey"
              action="update"
              variant="default"
              onClick={() => setEditing(true)}
            >
              Edit survey
            </GuardedButton>
            <GuardedButton
              artefact="survey"
              action="update"
              variant="default"
              loading={setStatus.isPending}
              onClick={() => setStatus.mutate(s.status === 'open' ? 'closed' : 'open')}
            >
              {s.status === 'open' ? 'Close survey' : 'Reopen survey'}
            </GuardedButton>
          </Group>
        }
      />
      <ErrorNote error={setStatus.error} title="Could not change the survey's status" />
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Share
        </Title>
        <Text size="sm" mb="sm">
          “{s.question}”
        </Text>
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Public link: anyone with it may answer
              {s.requireToken ? ' (this survey takes personal links only)' : ''}
            </Text>
            <CopyCode value={s.url} label="Public link" />
            <ExternalLink href={s.url} size="sm">
              Open the survey page
            </ExternalLink>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Snippet for your site or app
            </Text>
            <Text size="xs" c="dimmed">
              Paste it before &lt;/body&gt;. Put the signed-in person&apos;s id in data-distinct-id to tie
              answers to them. Allow {origin} in your Content-Security-Policy&apos;s script-src and
              connect-src.
            </Text>
            <Switch
              size="xs"
              label="Show only when the page calls window.tandemSurvey.show()"
              checked={manual}
              onChange={(e) => setManual(e.currentTarget.checked)}
            />
            <CopyCode value={surveySnippetFor(origin, s.id, { manual })} label="Snippet" />
          </Stack>
          <Group>
            <GuardedButton
              artefact="survey"
              action="update"
              variant="light"
              onClick={() => setInviting(true)}
            >
              Add recipients
            </GuardedButton>
            <Text size="xs" c="dimmed">
              Personal links tie each answer to a contact and customer and take one answer each.
            </Text>
          </Group>
        </Stack>
      </Card>
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Results
          </Title>
          <SegmentedControl
            size="xs"
            aria-label="Results period"
            value={period}
            onChange={(v) => setPeriod(v as Period)}
            data={PERIODS.map(({ value, label }) => ({ value, label }))}
          />
        </Group>
        {results.isPending ? (
          <Spinner label="Loading results" />
        ) : results.isError ? (
          <ErrorNote error={results.error} />
        ) : (
          <Results results={results.data} />
        )}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Answers
        </Title>
        <Answers survey={s} />
      </Card>
      <Group>
        <GuardedButton
          artefact="survey"
          action="delete"
          color="red"
          variant={confirmDelete ? 'filled' : 'subtle'}
          loading={remove.isPending}
          onClick={() => (confirmDelete ? remove.mutate() : setConfirmDelete(true))}
        >
          {confirmDelete ? `Yes, delete with its ${plural(s.answers, 'answer')}` : 'Delete survey'}
        </GuardedButton>
        {confirmDelete && (
          <Alert color="red" role="note" p="xs">
            Its answers are deleted with it; feedback items made from comments stay in the inbox.
          </Alert>
        )}
      </Group>
      <ErrorNote error={remove.error} title="Could not delete the survey" />
      <FormModal opened={editing} onClose={() => setEditing(false)} title="Edit survey" size="lg">
        <SurveyForm survey={s} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </FormModal>
      <Modal opened={inviting} onClose={() => setInviting(false)} title="Add recipients" size="lg">
        <AddRecipients survey={s} onClose={() => setInviting(false)} />
      </Modal>
    </Stack>
  );
}
