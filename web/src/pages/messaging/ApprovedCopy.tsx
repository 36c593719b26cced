import { Button, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { Messaging } from './data';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" fw={600} tt="uppercase" c="dimmed">
          {label}
        </Text>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              size="compact-xs"
              variant={copied ? 'filled' : 'subtle'}
              color={copied ? 'teal' : undefined}
              onClick={copy}
              disabled={!value}
            >
              {copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value || '—'}
      </Text>
    </div>
  );
}

const pillarsAsText = (m: Messaging) =>
  m.pillars
    .map((p) => [p.title, p.description, ...p.proofPoints.map((x) => `- ${x}`)].filter(Boolean).join('\n'))
    .join('\n\n');

/** The approved copy, read-only, each field with a copy-to-clipboard button: the copy source. */
export function ApprovedCopy({ messaging: m }: { messaging: Messaging }) {
  return (
    <Paper withBorder p="md" bg="teal.0">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Approved copy
        </Title>
        <Text size="xs" c="dimmed">
          Revision {m.revision}
          {m.approvedAt && ` · approved ${dayjs(m.approvedAt).format('D MMM YYYY')}`}
        </Text>
      </Group>
      <Stack gap="sm">
        <Field label="Headline" value={m.headline} />
        <Field label="Value proposition" value={m.valueProposition} />
        <Field label="Pillars" value={pillarsAsText(m)} />
        <Field label="Short boilerplate" value={m.boilerplateShort} />
        <Field label="Medium boilerplate" value={m.boilerplateMedium} />
        <Field label="Long boilerplate" value={m.boilerplateLong} />
        <Field label="Elevator pitch" value={m.elevatorPitch} />
      </Stack>
    </Paper>
  );
}
