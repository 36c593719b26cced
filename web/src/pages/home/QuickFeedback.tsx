import { Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { CustomerPicker } from '../../components/CustomerPicker';
import { ErrorNote } from '../../components/States';
import { charLimit, LIMITS } from '../../components/CharCount';

const SOURCES = [
  { value: 'sales_call', label: 'Sales call' },
  { value: 'support', label: 'Support' },
  { value: 'email', label: 'Email' },
  { value: 'survey', label: 'Survey' },
  { value: 'other', label: 'Other' },
];

type Values = { text: string; customerId: string | null; source: string; sentiment: string | null };

/** The salesperson's fastest path: what the customer said, who said it, done. */
export function QuickFeedback() {
  const ws = useWorkspace();
  const can = useCan('feedback', 'create');
  const form = useForm<Values>({
    initialValues: { text: '', customerId: null, source: 'sales_call', sentiment: null },
    validate: { text: (v) => (v.trim() ? null : 'Say what the customer asked for') },
  });
  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/feedback', {
          params: { path: { workspaceId: ws.id } },
          body: {
            text: v.text.trim(),
            customerId: v.customerId,
            source: v.source as 'sales_call',
            sentiment: (v.sentiment as 'positive' | null) ?? null,
          },
        }),
      ),
    meta: { inline: true, success: 'Feedback recorded. Product management will triage it.' },
    onSuccess: () => form.reset(),
  });
  return (
    <Card withBorder padding="md" component="section" aria-label="Add feedback">
      <Text fw={700} component="h2" size="md" m={0} mb="xs">
        Add feedback
      </Text>
      <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
        <Stack gap="xs">
          <Textarea
            label="What did the customer say?"
            autosize
            minRows={3}
            disabled={!can.allowed}
            {...form.getInputProps('text')}
            {...charLimit(form.values.text, LIMITS.longText)}
          />
          <CustomerPicker disabled={!can.allowed} {...form.getInputProps('customerId')} />
          <Group grow>
            <Select
              label="Source"
              data={SOURCES}
              allowDeselect={false}
              disabled={!can.allowed}
              {...form.getInputProps('source')}
            />
            <Select
              label="Sentiment"
              clearable
              data={[
                { value: 'positive', label: 'Positive' },
                { value: 'neutral', label: 'Neutral' },
                { value: 'negative', label: 'Negative' },
              ]}
              disabled={!can.allowed}
              {...form.getInputProps('sentiment')}
            />
          </Group>
          <ErrorNote form={form} error={create.error} title="Could not record the feedback" />
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!can.allowed}
            title={can.reason || undefined}
          >
            Record feedback
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
