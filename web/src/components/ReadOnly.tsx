import { Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';

type Value = ReactNode | null | undefined;
const isEmpty = (v: Value) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * A value a person may read but not change: the label above, the value as text at full contrast. Used
 * instead of a disabled input, whose pale grey is hard to read and looks broken rather than protected.
 */
export function ReadOnlyField(props: {
  label: ReactNode;
  value: Value;
  /** Shown, dimmed, when there is no value. */
  empty?: string;
  /** Keep the line breaks people typed (descriptions, stories). */
  multiline?: boolean;
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <Text size="sm" fw={500} id={id}>
        {props.label}
      </Text>
      <ReadOnlyText value={props.value} empty={props.empty} multiline={props.multiline} />
    </div>
  );
}

/** The value alone, for a place already labelled (a table cell under its column header). */
export function ReadOnlyText(props: { value: Value; empty?: string; multiline?: boolean; title?: string }) {
  const empty = isEmpty(props.value);
  return (
    <Text
      component="div"
      size="sm"
      c={empty ? 'dimmed' : undefined}
      title={props.title}
      style={{ whiteSpace: props.multiline ? 'pre-wrap' : undefined, overflowWrap: 'anywhere' }}
    >
      {empty ? (props.empty ?? '—') : props.value}
    </Text>
  );
}
