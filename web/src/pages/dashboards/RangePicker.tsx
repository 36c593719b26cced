import { Group, SegmentedControl, Switch } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { type DateRange, lastDays, PRESETS, presetOf } from './range';

/** The range control above every dashboard: presets, a custom range, and the comparison switch. */
export function RangePicker({
  range,
  onChange,
}: {
  range: DateRange;
  onChange: (r: Partial<DateRange>) => void;
}) {
  const preset = presetOf(range);
  return (
    <Group gap="sm" wrap="wrap" aria-label="Date range" role="group">
      <SegmentedControl
        size="xs"
        aria-label="Period"
        value={preset ?? 'custom'}
        data={[...PRESETS, { value: 'custom', label: 'Custom', disabled: true }]}
        onChange={(v) => v !== 'custom' && onChange(lastDays(Number(v)))}
      />
      <DatePickerInput
        type="range"
        size="xs"
        // The button shows the dates: its name must contain them (axe label-content-name-mismatch).
        aria-label={`Dates: ${dayjs(range.from).format('D MMM YYYY')} – ${dayjs(range.to).format('D MMM YYYY')}`}
        valueFormat="D MMM YYYY"
        labelSeparator="–"
        maxDate={dayjs().format('YYYY-MM-DD')}
        value={[range.from, range.to]}
        onChange={([from, to]) => {
          if (from && to)
            onChange({ from: dayjs(from).format('YYYY-MM-DD'), to: dayjs(to).format('YYYY-MM-DD') });
        }}
        w={230}
      />
      <Switch
        size="xs"
        label="Compare with the previous period"
        checked={range.compare}
        onChange={(e) => onChange({ compare: e.currentTarget.checked })}
      />
    </Group>
  );
}
