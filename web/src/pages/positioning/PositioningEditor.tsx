import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import { RowsEditor } from '../competitors/RowsEditor';
import { changedFields, fieldLabel, linesToList, listToLines } from '../personas/lists';
import type { Body } from '../../app/lookups';
import { ApprovalActions, ReviewComment } from './ApprovalActions';
import { STATUS } from './approval';
import { type Positioning, stepPositioning } from './data';
import { charLimit, LIMITS } from '../../components/CharCount';

type Patch = Omit<Body<'/api/v1/workspaces/{workspaceId}/positioning/{id}', 'patch'>, 'version'>;

const valuesOf = (p: Positioning) => ({
  competitiveAlternatives: listToLines(p.competitiveAlternatives),
  uniqueAttributes: listToLines(p.uniqueAttributes),
  valueThemes: p.valueThemes,
  targetCustomer: p.targetCustomer,
  customerNeed: p.customerNeed,
  marketCategory: p.marketCategory,
  relevantTrends: listToLines(p.relevantTrends),
});
type Values = ReturnType<typeof valuesOf>;
const toBody = (v: Values) => ({
  ...v,
  competitiveAlternatives: linesToList(v.competitiveAlternatives),
  uniqueAttributes: linesToList(v.uniqueAttributes),
  relevantTrends: linesToList(v.relevantTrends),
});

/** The draft or version in review: its fields, its derived statement and its workflow. */
export function PositioningEditor({ positioning: p }: { positioning: Positioning }) {
  const ws = useWorkspace();
  const owner = useCan('positioning', 'update').allowed;
  const editable = owner && p.status === 'draft';
  const initial = valuesOf(p);
  const form = useForm({ initialValues: initial });
  const save = useMutation({
    mutationFn: ({ version, ...patch }: Patch & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/positioning/{id}', {
          params: { path: { workspaceId: ws.id, id: p.id } },
          body: { ...patch, version },
        }),
      ),
    meta: {
      inline: true,
      success: 'Draft saved',
      conflict: { workspaceId: ws.id, entityType: 'positioning', entityId: p.id },
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/positioning/{id}', {
          params: { path: { workspaceId: ws.id, id: p.id } },
        }),
      ),
    meta: { success: 'Draft deleted' },
  });
  const submit = (v: Values) =>
    save.mutate({ ...changedFields(toBody(initial), toBody(v)), version: p.version });
  // The role cannot edit: disabled, as everywhere. The status locks it: read-only but legible.
  const locked = { disabled: !owner, readOnly: owner && !editable };

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Group gap="xs">
            <Title order={2} size="h4">
              Revision {p.revision}
            </Title>
            <Badge color={STATUS[p.status].color}>{STATUS[p.status].label}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            Started {dayjs(p.createdAt).format('D MMM YYYY')}
            {p.submittedAt && ` · submitted ${dayjs(p.submittedAt).format('D MMM YYYY')}`}
          </Text>
        </div>
        <Group gap="xs">
          <ApprovalActions
            artefact="positioning"
            entity={p}
            run={(vars) => stepPositioning(ws.id, p.id, vars)}
          />
          {p.status === 'draft' && (
            <GuardedButton
              artefact="positioning"
              action="delete"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate()}
            >
              Delete draft
            </GuardedButton>
          )}
        </Group>
      </Group>
      <Stack>
        <ReadOnlyNote artefact="positioning" />
        <ReviewComment comment={p.reviewComment} status={p.status} />
        {owner && p.status === 'in_review' && (
          <Text size="sm" c="dimmed">
            In review: approve it or send it back to edit.
          </Text>
        )}
        <Paper bg="gray.0" p="sm">
          <Text size="xs" fw={600} tt="uppercase" c="dimmed">
            Positioning statement (derived)
          </Text>
          {p.statement ? (
            <Text>{p.statement}</Text>
          ) : (
            <Text size="sm" c="orange.8">
              The statement still needs: {p.statementMissing.map(fieldLabel).join(', ')}.
            </Text>
          )}
        </Paper>
        <form onSubmit={form.onSubmit(submit)}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea
                label="Competitive alternatives"
                description="What customers would use if the product did not exist; one per line"
                autosize
                minRows={3}
                {...locked}
                {...form.getInputProps('competitiveAlternatives')}
              />
              <Textarea
                label="Unique attributes"
                description="What the product has that the alternatives lack; one per line"
                autosize
                minRows={3}
                {...locked}
                {...form.getInputProps('uniqueAttributes')}
              />
            </SimpleGrid>
            <RowsEditor
              form={form}
              path="valueThemes"
              rows={form.values.valueThemes}
              legend="Value themes, with proof"
              rowName="value theme"
              {...locked}
              columns={[
                { key: 'theme', label: 'Value theme' },
                { key: 'proof', label: 'Proof', long: true },
              ]}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label="Target customer characteristics"
                {...locked}
                {...form.getInputProps('targetCustomer')}
                {...charLimit(form.values.targetCustomer, LIMITS.shortText, 'The customers who care most')}
              />
              <TextInput
                label="Customer need"
                {...locked}
                {...form.getInputProps('customerNeed')}
                {...charLimit(form.values.customerNeed, LIMITS.shortText, 'As it ends "who …"')}
              />
              <TextInput
                label="Market category"
                {...locked}
                {...form.getInputProps('marketCategory')}
                {...charLimit(form.values.marketCategory, LIMITS.shortText, 'The frame of reference')}
              />
            </SimpleGrid>
            <Textarea
              label="Relevant trends"
              description="One per line"
              autosize
              minRows={2}
              {...locked}
              {...form.getInputProps('relevantTrends')}
            />
            <ErrorNote form={form} error={save.error} title="Could not save the draft" />
            {p.status === 'draft' && (
              <Group justify="flex-end">
                <Button variant="default" onClick={form.reset} disabled={!editable || !form.isDirty()}>
                  Discard changes
                </Button>
                <GuardedButton
                  artefact="positioning"
                  action="update"
                  type="submit"
                  loading={save.isPending}
                  disabled={!form.isDirty()}
                >
                  Save draft
                </GuardedButton>
              </Group>
            )}
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
