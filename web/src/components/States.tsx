import { Alert, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { errorMessage } from '../api/client';
import { type ErrorTarget, errorsForForm } from './form-errors';

/** Renders a query's loading and error states, then its data. */
export function Loading<T>(props: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  label?: string;
}) {
  const { query } = props;
  if (query.isPending) return <Spinner label={props.label} />;
  if (query.isError) return <ErrorNote error={query.error} />;
  return <>{props.children(query.data)}</>;
}

export function Spinner({ label }: { label?: string }) {
  return (
    <Center py="xl" aria-busy="true" role="status" aria-label={label ?? 'Loading'}>
      <Loader size="sm" />
    </Center>
  );
}

/**
 * A failed request's message. Given the form that sent it, the problem's field errors go on the form's own
 * fields (under their labels) and the note says only what no field shows, each as "Label: sentence".
 */
export function ErrorNote(props: {
  error: unknown;
  title?: string;
  form?: ErrorTarget;
  /** Labels for fields the note names ("ownerId": "Owner"); otherwise derived from the path. */
  labels?: Record<string, string>;
}) {
  const { error, form } = props;
  const onFields = form ? errorsForForm(error, form.getValues()) : [];
  useEffect(() => {
    if (!form) return;
    for (const e of errorsForForm(error, form.getValues())) form.setFieldError(e.shownAt, e.message);
    // Placed once per failed request; typing in a field clears its error as usual.
  }, [error]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!error) return null;
  return (
    <Alert color="red" title={props.title ?? 'Something went wrong'} role="alert">
      {errorMessage(error, { labels: props.labels, shown: onFields.map((e) => e.path) })}
    </Alert>
  );
}

/** An empty list says what to do next. */
export function Empty(props: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Stack align="center" gap="xs" py="xl">
      <Text fw={600}>{props.title}</Text>
      {props.children && (
        <Text c="dimmed" size="sm" ta="center" maw={480}>
          {props.children}
        </Text>
      )}
      {props.action}
    </Stack>
  );
}

export function PageHeader(props: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
      <div>
        <Title order={1} size="h2">
          {props.title}
        </Title>
        {props.subtitle && (
          <Text c="dimmed" size="sm">
            {props.subtitle}
          </Text>
        )}
      </div>
      {props.actions && <Group gap="xs">{props.actions}</Group>}
    </Group>
  );
}
