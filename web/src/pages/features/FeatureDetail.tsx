import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote, Loading, PageHeader } from '../../components/States';
import { ActivityList } from './ActivityList';
import { AdoptionPanel, AdoptionSummary } from './Adoption';
import { Comments } from './Comments';
import { type Feature, loadFeature } from './data';
import type { Criterion, ScoringKind } from './explain';
import { type FeaturePatch, type FeatureValues, toPatch, valuesOf } from './form';
import { FEATURE_STATUS_COLOR, FEATURE_STATUS_LABEL } from '../../app/labels';
import { formatMoney } from '../../app/format';
import { LinkedFeedback } from './LinkedFeedback';
import { ScoringFields } from './ScoringFields';
import { StoryFields } from './StoryFields';

export type ScoringModel = { kind: ScoringKind; criteria: Criterion[]; isDefault: boolean };

/**
 * The product's model; a product without one scores with RICE. Read from the list (empty for such a
 * product) rather than the product's model route, whose 404 the browser logs as a console error on every
 * feature of a new workspace.
 */
const loadModel = async (workspaceId: string, productId: string): Promise<ScoringModel> => {
  const page = await unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/scoring-models', {
      params: { path: { workspaceId }, query: { productId, limit: 1 } },
    }),
  );
  const m = page.items[0];
  return m
    ? { kind: m.kind, criteria: m.criteria, isDefault: false }
    : { kind: 'rice', criteria: [], isDefault: true };
};

/** One feature: its story, its score explained, the demand behind it, the discussion and its history. */
export default function FeatureDetail() {
  const ws = useWorkspace();
  const { id = '' } = useParams();
  const feature = useQuery({ queryKey: ['features', ws.id, id], queryFn: () => loadFeature(ws.id, id) });
  const productId = feature.data?.productId;
  const model = useQuery({
    queryKey: ['scoring-model', ws.id, productId],
    queryFn: () => loadModel(ws.id, productId!),
    enabled: Boolean(productId),
  });
  return (
    <Loading query={feature} label="Loading feature">
      {(f) => (
        <Loading query={model} label="Loading the scoring model">
          {(m) => <FeatureView f={f} model={m} />}
        </Loading>
      )}
    </Loading>
  );
}

function FeatureView({ f, model }: { f: Feature; model: ScoringModel }) {
  const ws = useWorkspace();
  const can = useCan('feature', 'update');
  const form = useForm<FeatureValues>({ initialValues: valuesOf(f) });
  // A saved or reloaded feature becomes the new starting point.
  useEffect(() => {
    form.setInitialValues(valuesOf(f));
    form.setValues(valuesOf(f));
  }, [f.version, f.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const save = useMutation({
    mutationFn: ({ version, ...patch }: FeaturePatch & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/features/{id}', {
          params: { path: { workspaceId: ws.id, id: f.id } },
          body: { ...patch, version },
        }),
      ),
    meta: {
      conflict: { workspaceId: ws.id, entityType: 'feature', entityId: f.id },
      success: 'Saved',
      inline: true,
    },
  });
  const patch = toPatch(model.kind, f, form.values);
  const dirty = Object.keys(patch).length > 0;

  return (
    <>
      <Anchor component={Link} to={`/w/${ws.id}/features`} size="sm">
        ← Features
      </Anchor>
      <PageHeader
        title={f.title}
        subtitle={
          <Group gap="xs" component="span">
            <Badge variant="light" color={FEATURE_STATUS_COLOR[f.status]} component="span">
              {FEATURE_STATUS_LABEL[f.status]}
            </Badge>
            <span>
              Score {f.score ?? '—'} · Rank {f.rank ?? '—'}
            </span>
          </Group>
        }
      />
      <form onSubmit={form.onSubmit(() => save.mutate({ ...patch, version: f.version }))}>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <ReadOnlyNote artefact="feature" />
              <StoryFields form={form} feature={f} disabled={!can.allowed} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="lg">
              <ScoringFields form={form} feature={f} model={model} disabled={!can.allowed} />
              <Demand f={f} />
              <AdoptionSummary f={f} />
            </Stack>
          </Grid.Col>
        </Grid>
        {can.allowed && (
          <Paper
            withBorder
            p="sm"
            mt="md"
            radius="md"
            style={{ position: 'sticky', bottom: 8, zIndex: 2 }}
            bg="var(--mantine-color-body)"
          >
            <Stack gap="xs">
              <ErrorNote form={form} error={save.error} title="Could not save the feature" />
              <Group justify="flex-end">
                {dirty && (
                  <Text size="sm" c="dimmed" mr="auto">
                    Unsaved changes
                  </Text>
                )}
                <Button variant="default" disabled={!dirty} onClick={() => form.setValues(valuesOf(f))}>
                  Discard
                </Button>
                <Button type="submit" disabled={!dirty} loading={save.isPending}>
                  Save changes
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
      </form>
      <Grid gap="lg" mt="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <AdoptionPanel f={f} />
            <LinkedFeedback feature={f} />
            <Comments entityType="feature" entityId={f.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ActivityList entityType="feature" entityId={f.id} />
        </Grid.Col>
      </Grid>
    </>
  );
}

function Demand({ f }: { f: Feature }) {
  const stat = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </div>
  );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Demand">
      <Text fw={700} component="h2" size="md" m={0} mb="xs">
        Demand
      </Text>
      <Group grow>
        {stat('Feedback', String(f.demand.feedbackCount))}
        {stat('Customers', String(f.demand.customerCount))}
      </Group>
      <div style={{ marginTop: 8 }}>{stat('Customer revenue', formatMoney(f.demand.customerRevenue))}</div>
    </Paper>
  );
}
