import { ActionIcon, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

type Column = { key: string; label: string; long?: boolean };

/**
 * Rows of a few text fields each (comparison rows, strengths with proof, objections with answers),
 * with add and remove. Every input carries a visible label naming its row.
 */
export function RowsEditor<V>(props: {
  form: UseFormReturnType<V>;
  path: string;
  rows: unknown[];
  legend: string;
  rowName: string;
  columns: Column[];
  disabled?: boolean;
  /** Shown, legible, but not editable (a version in review). */
  readOnly?: boolean;
}) {
  const { form, path, rows, columns, disabled, readOnly } = props;
  const empty = Object.fromEntries(columns.map((c) => [c.key, '']));
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {props.legend}
      </Text>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          None yet.
        </Text>
      )}
      {rows.map((_, i) => (
        <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
          {columns.map((c) =>
            c.long ? (
              <Textarea
                key={c.key}
                label={`${c.label} ${i + 1}`}
                autosize
                minRows={1}
                style={{ flex: 2 }}
                disabled={disabled}
                readOnly={readOnly}
                {...form.getInputProps(`${path}.${i}.${c.key}`)}
              />
            ) : (
              <TextInput
                key={c.key}
                label={`${c.label} ${i + 1}`}
                style={{ flex: 1 }}
                disabled={disabled}
                readOnly={readOnly}
                {...form.getInputProps(`${path}.${i}.${c.key}`)}
              />
            ),
          )}
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Remove ${props.rowName} ${i + 1}`}
              disabled={disabled}
              onClick={() => form.removeListItem(path, i)}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            size="xs"
            disabled={disabled}
            onClick={() => form.insertListItem(path, { ...empty } as never)}
          >
            Add {props.rowName}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
