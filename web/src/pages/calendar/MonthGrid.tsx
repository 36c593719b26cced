import { Badge, Box, Paper, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CALENDAR_KIND } from '../../app/labels';
import { formatRange } from '../../app/format';
import { type GridDay, weekSegments } from './grid';

export type CalendarEntry = {
  kind: keyof typeof CALENDAR_KIND;
  id: string;
  title: string;
  start: string;
  end: string | null;
  status: string;
  href: string;
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MIN_LANES = 2;

function Week({ days, items }: { days: GridDay[]; items: CalendarEntry[] }) {
  const segments = weekSegments(
    days.map((d) => d.date),
    items,
  );
  const lanes = Math.max(MIN_LANES, ...segments.map((s) => s.lane + 1));
  return (
    <Box
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
        gridTemplateRows: `22px repeat(${lanes}, 22px) 6px`,
        rowGap: 2,
      }}
    >
      {days.map((d, col) => (
        <Box
          key={d.date}
          style={{
            gridColumn: col + 1,
            gridRow: `1 / span ${lanes + 2}`,
            borderTop: '1px solid var(--mantine-color-gray-3)',
            borderLeft: col === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
            background: d.inMonth ? undefined : 'var(--mantine-color-gray-0)',
          }}
          px={4}
          pt={2}
        >
          <Text
            size="xs"
            fw={d.isToday ? 700 : 500}
            c={d.isToday ? 'white' : d.inMonth ? undefined : 'dimmed'}
            bg={d.isToday ? 'indigo.8' : undefined}
            px={d.isToday ? 6 : 0}
            style={{ display: 'inline-block', borderRadius: 10 }}
            aria-current={d.isToday ? 'date' : undefined}
          >
            {Number(d.date.slice(8, 10))}
          </Text>
        </Box>
      ))}
      {segments.map((s) => {
        const tone = CALENDAR_KIND[s.item.kind];
        return (
          <Badge
            key={`${s.item.kind}-${s.item.id}`}
            component={Link}
            to={s.item.href}
            color={tone.color}
            variant={s.item.kind === 'campaign' ? 'light' : 'filled'}
            radius="sm"
            fullWidth
            title={`${s.item.title} (${formatRange(s.item.start, s.item.end)}, ${s.item.status.replace('_', ' ')})`}
            style={{
              gridColumn: `${s.startCol + 1} / span ${s.span}`,
              gridRow: s.lane + 2,
              justifyContent: 'flex-start',
              textTransform: 'none',
              cursor: 'pointer',
              marginInline: 2,
              borderTopLeftRadius: s.continuesBefore ? 0 : undefined,
              borderBottomLeftRadius: s.continuesBefore ? 0 : undefined,
              borderTopRightRadius: s.continuesAfter ? 0 : undefined,
              borderBottomRightRadius: s.continuesAfter ? 0 : undefined,
            }}
          >
            {s.item.title}
          </Badge>
        );
      })}
    </Box>
  );
}

/** A month as weeks × 7 days, items as coloured bars across the days they run. */
export function MonthGrid(props: { weeks: GridDay[][]; items: CalendarEntry[]; label: string }) {
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }} component="section" aria-label={props.label}>
      <SimpleGrid cols={7} spacing={0} bg="gray.1">
        {WEEKDAYS.map((d) => (
          <Text key={d} size="xs" fw={600} c="dimmed" px={6} py={4}>
            {d}
          </Text>
        ))}
      </SimpleGrid>
      {props.weeks.map((w) => (
        <Week key={w[0]!.date} days={w} items={props.items} />
      ))}
    </Paper>
  );
}
