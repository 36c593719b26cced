import { Anchor, Badge, Button, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import {
  FEATURE_STATUS_COLOR,
  FEATURE_STATUS_LABEL,
  IMPORTANCE,
  type Importance,
  importanceLabel,
} from '../../app/labels';
import type { FeedbackDetailData } from './FeedbackDetail';
import { LinkFeatureModal } from './LinkFeatureModal';

/** The features this feedback asks for, with how much it matters to the customer. */
export function LinkedFeatures(props: { feedbackId: string; features: FeedbackDetailData['features'] }) {
  const ws = useWorkspace();
  const can = useCan('feature', 'link_feedback');
  const [linking, setLinking] = useState(false);
  const importance = useMutation({
    mutationFn: (v: { featureId: string; importance: Importance }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/features/{id}/feedback/{feedbackId}', {
          params: { path: { workspaceId: ws.id, id: v.featureId, feedbackId: props.feedbackId } },
          body: { importance: v.importance },
        }),
      ),
    meta: { success: 'Importance changed' },
  });
  const unlink = useMutation({
    mutationFn: (featureId: string) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/features/{id}/feedback/{feedbackId}', {
          params: { path: { workspaceId: ws.id, id: featureId, feedbackId: props.feedbackId } },
        }),
      ),
    meta: { success: 'Unlinked' },
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Linked features">
      <Group justify="space-between" mb="xs">
        <Text fw={700} component="h2" size="md" m={0}>
          Linked features
        </Text>
        <GuardedButton
          artefact="feature"
          action="link_feedback"
          size="xs"
          variant="light"
          onClick={() => setLinking(true)}
        >
          Link to feature
        </GuardedButton>
      </Group>
      {props.features.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not linked yet. Link it to the feature it asks for, so its demand counts in prioritization.
        </Text>
      ) : (
        <Table aria-label="Linked features" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Feature</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Importance</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.features.map((feature) => (
              <Table.Tr key={feature.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/w/${ws.id}/features/${feature.id}`} size="sm">
                    {feature.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={FEATURE_STATUS_COLOR[feature.status]}>
                    {FEATURE_STATUS_LABEL[feature.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {can.allowed ? (
                    <Select
                      size="xs"
                      aria-label={`Importance for ${feature.title}`}
                      data={IMPORTANCE.map((i) => ({ ...i }))}
                      value={feature.importance}
                      allowDeselect={false}
                      onChange={(v) =>
                        v && importance.mutate({ featureId: feature.id, importance: v as Importance })
                      }
                      w={150}
                    />
                  ) : (
                    <Text size="sm">{importanceLabel(feature.importance)}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {can.allowed && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => unlink.mutate(feature.id)}
                      loading={unlink.isPending && unlink.variables === feature.id}
                      aria-label={`Unlink ${feature.title}`}
                    >
                      Unlink
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <LinkFeatureModal opened={linking} feedbackIds={[props.feedbackId]} onClose={() => setLinking(false)} />
    </Paper>
  );
}
