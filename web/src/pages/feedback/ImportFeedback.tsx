import { Alert, Button, Code, Group, Input, Modal, Stack, Table, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { saveFile } from '../../components/download';
import { ErrorNote } from '../../components/States';
import { RejectedRows } from './RejectedRows';
import {
  COLUMN_HELP,
  CSV_MAX_CHARS,
  CSV_MAX_ROWS,
  type ImportColumn,
  type ImportReport,
  SAMPLE_CSV,
} from './csv';

export type { ImportReport };

type Picked = { name: string; text: string };

/**
 * Feedback from a CSV file: the expected format, a check of every row before anything is written (the
 * server's dry run), then the import. The import is per row, as the server does it: valid rows are
 * imported, the others are listed by row with the reason and can be downloaded, fixed and imported again.
 */
export function ImportFeedback(props: { onDone?: (result: ImportReport) => void }) {
  const ws = useWorkspace();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const fileId = useId();
  const send = (csv: string, dryRun: boolean) =>
    unwrap(
      api.POST('/api/v1/workspaces/{workspaceId}/feedback/import', {
        params: { path: { workspaceId: ws.id } },
        body: { csv, dryRun },
      }),
    );
  const check = useMutation({ mutationFn: (csv: string) => send(csv, true), meta: { inline: true } });
  const run = useMutation({
    mutationFn: (csv: string) => send(csv, false),
    meta: { inline: true },
    onSuccess: (result) => props.onDone?.(result),
  });

  const reset = () => {
    setPicked(null);
    setFileError(null);
    check.reset();
    run.reset();
    setInputKey((k) => k + 1);
  };
  const pick = async (file: File | undefined) => {
    check.reset();
    run.reset();
    setFileError(null);
    setPicked(null);
    if (!file) return;
    const text = await file.text();
    if (!text.trim()) return setFileError(`${file.name} is empty.`);
    if (text.length > CSV_MAX_CHARS)
      return setFileError(
        `${file.name} is too large: at most ${CSV_MAX_CHARS.toLocaleString('en')} characters per import. Split it into smaller files.`,
      );
    setPicked({ name: file.name, text });
    check.mutate(text);
  };

  const done = run.data;
  return (
    <Stack gap="md">
      {!done && (
        <>
          <Format />
          <Input.Wrapper
            id={fileId}
            label="CSV file"
            description={`A header row, then one row per piece of feedback; at most ${CSV_MAX_ROWS.toLocaleString('en')} rows.`}
            error={fileError}
          >
            <Input
              key={inputKey}
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              pt={4}
              onChange={(e) => void pick((e.currentTarget as HTMLInputElement).files?.[0])}
            />
          </Input.Wrapper>
          <ErrorNote error={check.error} title="This file cannot be imported" />
          {check.isPending && (
            <Text size="sm" role="status">
              Checking {picked?.name}…
            </Text>
          )}
          {check.data && picked && (
            <Stack gap="sm" aria-label="Check of the file" component="section">
              <Text size="sm" role="status">
                {checkSummary(check.data)}
              </Text>
              <RejectedRows report={check.data} fileName="rejected-feedback.csv" />
              <Group>
                <Button
                  onClick={() => run.mutate(picked.text)}
                  loading={run.isPending}
                  disabled={check.data.imported === 0}
                >
                  {`Import ${plural(check.data.imported, 'row')}`}
                </Button>
                <Button variant="default" onClick={reset}>
                  Choose another file
                </Button>
              </Group>
            </Stack>
          )}
          <ErrorNote error={run.error} title="The import failed" />
        </>
      )}
      {done && (
        <Stack gap="sm" aria-label="Import result" component="section">
          <Alert color={done.rejected.length ? 'yellow' : 'teal'} title="Import finished" role="status">
            {`Imported ${plural(done.imported, 'feedback item')} into the inbox as new. `}
            {done.rejected.length
              ? `${plural(done.rejected.length, 'row')} rejected: nothing of ${done.rejected.length === 1 ? 'it' : 'them'} was imported.`
              : 'No row was rejected.'}
          </Alert>
          <RejectedRows report={done} fileName="rejected-feedback.csv" />
          <Group>
            <Button variant="default" onClick={reset}>
              Import another file
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** The import in a dialog, as the inbox offers it. */
export function ImportFeedbackModal(props: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Import feedback from CSV" size="xl">
      {props.opened && <ImportFeedback />}
    </Modal>
  );
}

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

function checkSummary(report: ImportReport) {
  const ready = `${plural(report.imported, 'row')} ready to import`;
  if (!report.rejected.length) return `${ready}. Every row is valid.`;
  return `${ready}; ${plural(report.rejected.length, 'row')} will be skipped for the reasons below.`;
}

/** The columns a file may have, what each holds, and a sample to start from. */
function Format() {
  const columns = Object.entries(COLUMN_HELP) as [ImportColumn, string][];
  return (
    <Stack gap="xs">
      <Text size="sm">
        The first row names the columns (in any order; only <Code>text</Code> is required). Customers,
        contacts, products and personas are matched to what exists in this workspace.
      </Text>
      <Table withTableBorder aria-label="Columns of a feedback CSV" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">What it holds</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map(([column, help]) => (
            <Table.Tr key={column}>
              <Table.Td>
                <Code>{column}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{help}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="subtle" size="xs" onClick={() => saveFile('feedback-sample.csv', SAMPLE_CSV)}>
          Download a sample file
        </Button>
      </Group>
    </Stack>
  );
}
