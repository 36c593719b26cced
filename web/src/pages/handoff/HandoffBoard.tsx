import '@mantine/dates/styles.css';
import {
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../../app/session';
import { GuardedButton } from '../../components/Guarded';
import { ErrorNote, PageHeader, Spinner } from '../../components/States';
import { usePrograms } from '../campaigns/data';
import { programLanes, type Scope, visibleRequirements } from './board';
import { type Requirement, useRequirements } from './data';
import { ProgramDrawer } from './ProgramDrawer';
import { ProgramLanes } from './ProgramLanes';
import { ProposeProgram } from './ProposeProgram';
import { RequirementForm } from './RequirementForm';
import { RequirementsPanel } from './RequirementsPanel';
import { ReviewDialog, type ReviewRequest } from './ReviewDialog';
import { FormModal } from '../../components/FormModal';

/** The hand-off from product marketing to marketing: requirements (problems) on the left, programs (answers) by status. */
export default function HandoffBoard() {
  const me = useMe();
  const userId = me.data?.user.id ?? '';
  const [params, setParams] = useSearchParams();
  const scope: Scope = params.get('scope') === 'mine' ? 'mine' : 'all';
  const [unansweredOnly, setUnansweredOnly] = useState(false);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [showCancelled, setShowCancelled] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [filing, setFiling] = useState(false);
  const [proposingFor, setProposingFor] = useState<Requirement | null>(null);
  const [review, setReview] = useState<ReviewRequest | null>(null);
  const openProgram = params.get('program');
  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      if (value) p.set(key, value);
      else p.delete(key);
      return p;
    });

  const requirements = useRequirements(includeClosed);
  const programs = usePrograms();
  const allReqs = requirements.data?.items ?? [];
  const shown = visibleRequirements(allReqs, { scope, userId, unansweredOnly });
  const mineIds = new Set(allReqs.filter((r) => r.createdBy === userId).map((r) => r.id));
  const lanes = programLanes(programs.data?.items ?? [], mineIds, {
    scope,
    userId,
    requirementId: selected,
    showCancelled,
  });
  const unanswered = allReqs.filter((r) => r.status === 'open' && !r.covered).length;
  const requirementOptions = allReqs.map((r) => ({ value: r.id, label: r.title }));
  const selectedTitle = allReqs.find((r) => r.id === selected)?.title;

  return (
    <Stack>
      <PageHeader
        title="Requirements & programs"
        subtitle="Product marketing files go-to-market problems; marketing answers each with a program; product marketing accepts it or sends it back."
        actions={
          <GuardedButton artefact="requirement" action="create" onClick={() => setFiling(true)}>
            New requirement
          </GuardedButton>
        }
      />
      <Group gap="lg" align="flex-end" wrap="wrap">
        <div>
          <Text size="sm" fw={500} mb={4} id="handoff-scope">
            Show
          </Text>
          <SegmentedControl
            aria-labelledby="handoff-scope"
            value={scope}
            onChange={(v) => setParam('scope', v === 'mine' ? 'mine' : null)}
            data={[
              { value: 'all', label: 'All' },
              { value: 'mine', label: 'Mine' },
            ]}
          />
        </div>
        <Checkbox
          label="Unanswered only"
          checked={unansweredOnly}
          onChange={(e) => setUnansweredOnly(e.currentTarget.checked)}
        />
        <Switch
          label="Include closed requirements"
          checked={includeClosed}
          onChange={(e) => setIncludeClosed(e.currentTarget.checked)}
        />
        <Switch
          label="Show cancelled programs"
          checked={showCancelled}
          onChange={(e) => setShowCancelled(e.currentTarget.checked)}
        />
        {unanswered > 0 && (
          <Badge color="red" variant="light" size="lg">
            {unanswered} unanswered
          </Badge>
        )}
      </Group>
      <ErrorNote error={requirements.error ?? programs.error} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Title order={2} size="h4" mb="xs">
            Requirements
          </Title>
          {requirements.isPending ? (
            <Spinner label="Loading requirements" />
          ) : (
            <RequirementsPanel
              requirements={shown}
              filtered={scope === 'mine' || unansweredOnly}
              selectedId={selected}
              onSelect={setSelected}
              onPropose={setProposingFor}
              onNew={() => setFiling(true)}
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4">
              Programs
            </Title>
            {selected && (
              <Button size="compact-sm" variant="light" onClick={() => setSelected(null)}>
                Showing answers to “{selectedTitle ?? 'one requirement'}” — show all
              </Button>
            )}
          </Group>
          {programs.isPending ? (
            <Spinner label="Loading programs" />
          ) : (
            <ProgramLanes lanes={lanes} onOpen={(id) => setParam('program', id)} onReview={setReview} />
          )}
        </Grid.Col>
      </Grid>

      <FormModal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={filing}
        onClose={() => setFiling(false)}
        title="New requirement for marketing"
        size="lg"
      >
        <RequirementForm onDone={() => setFiling(false)} />
      </FormModal>
      <FormModal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={proposingFor !== null}
        onClose={() => setProposingFor(null)}
        title="Propose a program"
        size="lg"
      >
        {proposingFor && (
          <ProposeProgram
            requirement={proposingFor}
            requirementOptions={requirementOptions}
            onDone={(id) => {
              setProposingFor(null);
              if (id) setParam('program', id);
            }}
          />
        )}
      </FormModal>
      <ProgramDrawer
        programId={openProgram}
        requirementOptions={requirementOptions}
        onReview={setReview}
        onClose={() => setParam('program', null)}
      />
      <ReviewDialog request={review} onClose={() => setReview(null)} />
    </Stack>
  );
}
