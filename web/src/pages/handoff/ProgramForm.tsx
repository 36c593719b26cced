import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { charLimit, LIMITS } from '../../components/CharCount';
import { useUnsavedChanges } from '../../components/FormModal';
import { GuardedButton } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import { useMembers } from '../campaigns/data';
import { type Channel, channelOptions } from '../../app/labels';
import { amountRule, endDateRule, MONEY_INPUT } from '../../components/form-rules';

export type ProgramValues = {
  name: string;
  description: string;
  requirementIds: string[];
  channels: Channel[];
  ownerId: string | null;
  startDate: string | null;
  endDate: string | null;
  plannedBudget: number;
};

export const emptyProgram = (requirementIds: string[] = []): ProgramValues => ({
  name: '',
  description: '',
  requirementIds,
  channels: [],
  ownerId: null,
  startDate: null,
  endDate: null,
  plannedBudget: 0,
});

/** Marketing's answer: what will be done, on which channels, when, for how much, answering which requirements. */
export function ProgramForm(props: {
  initial: ProgramValues;
  requirementOptions: { value: string; label: string }[];
  disabled?: boolean;
  submitLabel: string;
  /** The owner's action the submit button takes (create to propose, update to edit). */
  action: 'create' | 'update';
  submit: (values: ProgramValues) => void;
  pending: boolean;
  /** The failed save, shown on the fields it names and in a note for the rest. */
  error?: unknown;
  errorTitle?: string;
  onCancel?: () => void;
}) {
  const members = useMembers();
  const form = useForm<ProgramValues>({
    initialValues: props.initial,
    validate: {
      name: (v) => (v.trim() ? null : 'Name the program'),
      requirementIds: (v) => (v.length ? null : 'A program answers at least one requirement'),
      endDate: (v, values) => endDateRule(v, values.startDate),
      plannedBudget: amountRule,
    },
  });
  useUnsavedChanges(form.isDirty());
  const d = props.disabled;
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        props.submit({ ...v, name: v.name.trim(), plannedBudget: Number(v.plannedBudget) || 0 }),
      )}
    >
      <Stack>
        <TextInput
          label="Program name"
          required
          disabled={d}
          data-autofocus
          {...form.getInputProps('name')}
          {...charLimit(form.values.name, LIMITS.name)}
        />
        <Textarea
          label="What will be done"
          placeholder="e.g. A web page and a white paper, promoted by email and paid search"
          autosize
          minRows={3}
          disabled={d}
          {...form.getInputProps('description')}
          {...charLimit(form.values.description, LIMITS.longText)}
        />
        <MultiSelect
          label="Answers requirements"
          required
          searchable
          disabled={d}
          data={props.requirementOptions}
          {...form.getInputProps('requirementIds')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label="Channels"
            searchable
            disabled={d}
            data={channelOptions}
            {...form.getInputProps('channels')}
          />
          <Select
            label="Owner"
            placeholder="You, by default"
            clearable
            searchable
            disabled={d}
            data={(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name }))}
            {...form.getInputProps('ownerId')}
          />
          <DateInput
            label="Start date"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear start date' }}
            valueFormat="D MMM YYYY"
            disabled={d}
            {...form.getInputProps('startDate')}
          />
          <DateInput
            label="End date"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear end date' }}
            valueFormat="D MMM YYYY"
            disabled={d}
            {...form.getInputProps('endDate')}
          />
          <NumberInput
            label="Planned budget"
            min={0}
            {...MONEY_INPUT}
            disabled={d}
            {...form.getInputProps('plannedBudget')}
          />
        </SimpleGrid>
        <ErrorNote error={props.error} title={props.errorTitle} form={form} />
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              Cancel
            </Button>
          )}
          <GuardedButton artefact="program" action={props.action} type="submit" loading={props.pending}>
            {props.submitLabel}
          </GuardedButton>
        </Group>
      </Stack>
    </form>
  );
}
