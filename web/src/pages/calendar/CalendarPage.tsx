import {
  Alert,
  Anchor,
  Badge,
  Button,
  Chip,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Empty, ErrorNote, PageHeader, Spinner } from '../../components/States';
import {
  CALENDAR_KIND,
  CALENDAR_KINDS,
  type CalendarKind,
  type Channel,
  CHANNEL_LABEL,
  channelOptions,
} from '../../app/labels';
import { formatDate, formatRange } from '../../app/format';
import { gridRange, isMonth, monthGrid, monthOf, shiftMonth } from './grid';
import { type CalendarEntry, MonthGrid } from './MonthGrid';
import { plural } from '../../app/plural';

const LIMIT = 1_000;
/** "in_progress" → "In progress": the calendar carries statuses of several kinds of item. */
const statusLabel = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replaceAll('_', ' ');
const KIND_ONE: Record<CalendarKind, string> = {
  campaign: 'Campaign',
  program: 'Program',
  launch: 'Launch',
  release: 'Release',
};

export default function CalendarPage() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams();
  const today = dayjs().format('YYYY-MM-DD');
  const raw = params.get('month');
  const month = isMonth(raw) ? raw : monthOf(today);
  const view = params.get('view') === 'list' ? 'list' : 'month';
  const kindsParam = params.get('kinds');
  const kinds =
    kindsParam === null
      ? [...CALENDAR_KINDS]
      : (kindsParam.split(',').filter((k) => k in CALENDAR_KIND) as CalendarKind[]);
  const channel = (params.get('channel') as Channel | null) ?? undefined;
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (p) => {
        for (const [k, v] of Object.entries(changes)) {
          if (v === null) p.delete(k);
          else p.set(k, v);
        }
        return p;
      },
      { replace: true },
    );

  const weeks = monthGrid(month, today);
  const range = gridRange(weeks);
  const calendar = useQuery({
    queryKey: ['calendar', ws.id, range, kinds, channel],
    enabled: kinds.length > 0,
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/calendar', {
          params: {
            path: { workspaceId: ws.id },
            query: {
              from: range.from,
              to: range.to,
              ...(kinds.length < CALENDAR_KINDS.length ? { kinds: kinds.join(',') } : {}),
              channel,
              limit: LIMIT,
            },
          },
        }),
      ),
  });

  const hrefOf = (kind: CalendarKind, id: string) => {
    switch (kind) {
      case 'campaign':
        return `/w/${ws.id}/campaigns/${id}`;
      case 'program':
        return `/w/${ws.id}/handoff?program=${id}`;
      case 'launch':
        return `/w/${ws.id}/launches/${id}`;
      case 'release':
        return `/w/${ws.id}/roadmap`;
    }
  };
  const entries: CalendarEntry[] = (calendar.data?.items ?? []).map((i) => ({
    ...i,
    href: hrefOf(i.kind, i.id),
  }));
  const inMonth = (calendar.data?.items ?? []).filter(
    (i) => i.start <= `${month}-31` && (i.end ?? i.start) >= `${month}-01`,
  );
  const monthLabel = dayjs(`${month}-01`).format('MMMM YYYY');

  return (
    <Stack>
      <PageHeader
        title="Marketing calendar"
        subtitle="Campaigns, programs, launches and release dates, month by month."
      />
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button variant="default" onClick={() => set({ month: shiftMonth(month, -1) })}>
            Previous month
          </Button>
          <Button variant="default" onClick={() => set({ month: null })}>
            Today
          </Button>
          <Button variant="default" onClick={() => set({ month: shiftMonth(month, 1) })}>
            Next month
          </Button>
          <Title order={2} size="h3" ml="sm" aria-live="polite">
            {monthLabel}
          </Title>
        </Group>
        <SegmentedControl
          aria-label="View"
          value={view}
          onChange={(v) => set({ view: v === 'list' ? 'list' : null })}
          data={[
            { value: 'month', label: 'Month' },
            { value: 'list', label: 'List' },
          ]}
        />
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <div>
          <Text size="sm" fw={500} mb={4}>
            Show
          </Text>
          <Chip.Group
            multiple
            value={kinds}
            onChange={(v) => set({ kinds: v.length === CALENDAR_KINDS.length ? null : v.join(',') })}
          >
            <Group gap={6}>
              {CALENDAR_KINDS.map((k) => (
                <Chip key={k} value={k} color={CALENDAR_KIND[k].color} size="sm">
                  {CALENDAR_KIND[k].label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </div>
        <Select
          label="Channel"
          description="Shows campaigns only"
          placeholder="Any channel"
          clearable
          data={channelOptions}
          value={channel ?? null}
          onChange={(v) => set({ channel: v })}
          w={200}
        />
      </Group>
      {calendar.data?.truncated && (
        <Alert color="yellow" title={`Showing the first ${plural(calendar.data.items.length, 'item')}`}>
          This range holds more items than the calendar returns at once (the server does not count the rest).
          Filter by kind or channel to see them.
        </Alert>
      )}
      <ErrorNote error={calendar.error} />
      {kinds.length === 0 ? (
        <Empty title="Nothing selected">Choose at least one kind of item to show.</Empty>
      ) : calendar.isPending ? (
        <Spinner label="Loading the calendar" />
      ) : view === 'month' ? (
        <MonthGrid weeks={weeks} items={entries} label={`Calendar for ${monthLabel}`} />
      ) : inMonth.length === 0 ? (
        <Empty title={`Nothing scheduled in ${monthLabel}`}>
          Dated campaigns, programs, launches and releases appear here. Try another month or kind.
        </Empty>
      ) : (
        <Table striped withTableBorder aria-label={`Calendar items in ${monthLabel}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Dates</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Channel</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inMonth.map((i) => (
              <Table.Tr key={`${i.kind}-${i.id}`}>
                <Table.Td>{i.end === i.start ? formatDate(i.start) : formatRange(i.start, i.end)}</Table.Td>
                <Table.Td>
                  <Badge color={CALENDAR_KIND[i.kind].color} variant="light">
                    {KIND_ONE[i.kind]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={hrefOf(i.kind, i.id)}>
                    {i.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{statusLabel(i.status)}</Table.Td>
                <Table.Td>{i.channel ? CHANNEL_LABEL[i.channel] : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {view === 'month' && calendar.isSuccess && entries.length === 0 && (
        <Text size="sm" c="dimmed" ta="center">
          Nothing scheduled in {monthLabel}. Dated campaigns, programs, launches and releases appear here.
        </Text>
      )}
    </Stack>
  );
}
