import { Anchor, Badge, Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import dayjs from 'dayjs';
import type { RefObject } from 'react';
import { Link } from 'react-router';
import { GuardedButton } from '../../components/Guarded';
import { RevenueDetractorBadge } from './flag';
import { SENTIMENT_COLOR, sentimentLabel, sourceLabel } from '../../app/labels';
import { DATE } from '../../app/format';
import type { FeedbackItem } from './data';
import { feedbackTitle } from './title';

const excerpt = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

type Props = {
  items: FeedbackItem[];
  current: number;
  selection: ReadonlySet<string>;
  rowRefs: RefObject<(HTMLTableRowElement | null)[]>;
  onCurrent: (index: number) => void;
  onToggle: (id: string) => void;
  onToggleAll: (checked: boolean) => void;
  onStatus: (item: FeedbackItem, to: 'triaged' | 'archived' | 'new') => void;
  onLink: (item: FeedbackItem) => void;
  busyId?: string;
};

/** The inbox rows: each one focusable, the current one highlighted, with its triage actions. */
export function FeedbackTable(props: Props) {
  const { items, selection } = props;
  const all = items.length > 0 && items.every((i) => selection.has(i.id));
  const some = items.some((i) => selection.has(i.id));
  return (
    <Table aria-label="Feedback" highlightOnHover verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={36}>
            <Checkbox
              aria-label="Select all shown"
              checked={all}
              indeterminate={some && !all}
              onChange={(e) => props.onToggleAll(e.currentTarget.checked)}
            />
          </Table.Th>
          <Table.Th>Feedback</Table.Th>
          <Table.Th>Customer</Table.Th>
          <Table.Th miw={90}>Source</Table.Th>
          <Table.Th miw={104}>Sentiment</Table.Th>
          <Table.Th>Created</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((f, i) => {
          const current = i === props.current;
          // Roving focus: only the current row's controls are in the Tab order.
          const inner = current ? 0 : -1;
          return (
            <Table.Tr
              key={f.id}
              ref={(el) => {
                props.rowRefs.current[i] = el;
              }}
              tabIndex={current || (props.current < 0 && i === 0) ? 0 : -1}
              aria-selected={current}
              aria-label={feedbackTitle(f)}
              onFocus={() => props.onCurrent(i)}
              onClick={() => props.onCurrent(i)}
              bg={
                current
                  ? 'var(--mantine-color-indigo-light)'
                  : selection.has(f.id)
                    ? 'var(--mantine-color-gray-light)'
                    : undefined
              }
              style={{ outlineOffset: -2, cursor: 'default' }}
            >
              <Table.Td>
                <Checkbox
                  aria-label={`Select “${feedbackTitle(f)}”`}
                  checked={selection.has(f.id)}
                  onChange={() => props.onToggle(f.id)}
                  tabIndex={inner}
                />
              </Table.Td>
              <Table.Td maw={520}>
                <Anchor component={Link} to={f.id} fw={600} size="sm" tabIndex={inner}>
                  {feedbackTitle(f)}
                </Anchor>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {excerpt(f.text)}
                </Text>
                <RevenueDetractorBadge item={f} size="xs" />
                {f.tags.length > 0 && (
                  <Group gap={4} mt={2}>
                    {f.tags.map((t) => (
                      <Badge key={t} size="xs" variant="outline" color="gray">
                        {t}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{f.customerName ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{sourceLabel(f.source)}</Text>
              </Table.Td>
              <Table.Td>
                {f.sentiment ? (
                  <Badge size="sm" variant="light" color={SENTIMENT_COLOR[f.sentiment]}>
                    {sentimentLabel(f.sentiment)}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {dayjs(f.createdAt).format(DATE)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  {f.allowedTransitions.includes('triaged') && (
                    <GuardedButton
                      artefact="feedback"
                      action="update"
                      size="compact-xs"
                      variant="light"
                      tabIndex={inner}
                      loading={props.busyId === f.id}
                      onClick={() => props.onStatus(f, 'triaged')}
                    >
                      Triage
                    </GuardedButton>
                  )}
                  {f.allowedTransitions.includes('archived') && (
                    <GuardedButton
                      artefact="feedback"
                      action="update"
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      tabIndex={inner}
                      onClick={() => props.onStatus(f, 'archived')}
                    >
                      Archive
                    </GuardedButton>
                  )}
                  {f.status !== 'new' && f.allowedTransitions.includes('new') && (
                    <GuardedButton
                      artefact="feedback"
                      action="update"
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      tabIndex={inner}
                      onClick={() => props.onStatus(f, 'new')}
                    >
                      Reopen
                    </GuardedButton>
                  )}
                  <GuardedButton
                    artefact="feature"
                    action="link_feedback"
                    size="compact-xs"
                    variant="subtle"
                    tabIndex={inner}
                    onClick={() => props.onLink(f)}
                  >
                    Link
                  </GuardedButton>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
