import { Alert, Button, Code, Group, Input, Stack, Table, Text, Textarea } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { plural } from '../../app/plural';
import { useWorkspace } from '../../app/workspace';
import { saveFile } from '../../components/download';
import { ErrorNote } from '../../components/States';
import { CSV_MAX_CHARS, toCsv } from '../feedback/csv';
import { RejectedRows } from '../feedback/RejectedRows';
import type { DealImportReport } from './data';

type Column = DealImportReport['columns'][number];

/** What each column holds; keyed by the server's value set, so a new column fails the type check here. */
export const DEAL_COLUMN_HELP: Record<Column, string> = {
  name: 'Required. The deal as your CRM names it.',
  account: "The buyer: a customer's external id or name (matched, any case), else kept as the account name.",
  customer: 'Same as account.',
  amount: 'Required. 0 or more; $ and thousands separators are fine.',
  outcome: 'Required. won, lost or no decision.',
  competitor: 'The competitor met, by its name in Tandem (an unknown name rejects the row).',
  reason:
    'price, product fit, missing feature, ease of use, integration, support, relationship, timing, budget or other.',
  reason_detail: 'Why, in the words of the buyer or the rep.',
  closed_on: 'Required. YYYY-MM-DD, not in the future.',
  product: 'The exact name of a product.',
  segment: "SMB, mid-market, enterprise, public sector, startup or other (the customer's when empty).",
  external_id: "The CRM's id: importing the same id again updates that deal instead of adding one.",
};

export const SAMPLE_DEALS_CSV = toCsv(
  [
    'name',
    'account',
    'amount',
    'outcome',
    'competitor',
    'reason',
    'reason_detail',
    'closed_on',
    'external_id',
  ],
  [
    {
      name: 'Globex — Dashboards new logo',
      account: 'Globex',
      amount: '48000',
      outcome: 'lost',
      competitor: 'Quantrix Cloud',
      reason: 'price',
      reason_detail: '45% off the first year',
      closed_on: '2026-03-01',
      external_id: 'OPP-1001',
    },
  ],
);

/** A fresh Idempotency-Key (getRandomValues, unlike randomUUID, works on a plain-http self-hosted address). */
export const newUploadKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Deals from a CSV (a file or pasted text): every row is checked first (the server's dry run), then
 * imported. Valid rows are imported, the others listed by row and reason; a row with a CRM id already
 * here updates that deal, so the same export can be imported again. Each file chosen (or text edited) gets
 * its own Idempotency-Key, so a double click or a network retry of the import answers the first result
 * instead of adding the rows twice.
 */
export function ImportDeals({ onDone }: { onDone?: () => void }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [uploadKey, setUploadKey] = useState(newUploadKey);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileId = useId();
  const send = (csv: string, dryRun: boolean, key?: string) =>
    unwrap(
      api.POST('/api/v1/workspaces/{workspaceId}/deals/import', {
        params: { path: { workspaceId: ws.id }, ...(key ? { header: { 'idempotency-key': key } } : {}) },
        body: { csv, dryRun },
      }),
    );
  const check = useMutation({ mutationFn: (csv: string) => send(csv, true), meta: { inline: true } });
  const run = useMutation({
    mutationFn: ({ csv, key }: { csv: string; key: string }) => send(csv, false, key),
    meta: { inline: true },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['deals', ws.id] }),
  });
  const pick = async (file: File | undefined) => {
    setFileError(null);
    check.reset();
    if (!file) return;
    setUploadKey(newUploadKey());
    const content = await file.text();
    if (!content.trim()) return setFileError(`${file.name} is empty.`);
    if (content.length > CSV_MAX_CHARS)
      return setFileError(`${file.name} is too large: split it into smaller files.`);
    setText(content);
    check.mutate(content);
  };
  const done = run.data;
  if (done)
    return (
      <Stack gap="sm" aria-label="Import result" component="section">
        <Alert
          color={done.rejected.length ? 'yellow' : 'teal'}
          title={done.replayed ? 'Already imported' : 'Import finished'}
          role="status"
        >
          {done.replayed && 'This file was imported moments ago; nothing was added again. That import: '}
          {`${plural(done.created, 'deal')} added, ${plural(done.updated, 'deal')} updated, ${done.unchanged} unchanged. `}
          {done.rejected.length ? `${plural(done.rejected.length, 'row')} rejected.` : 'No row was rejected.'}
        </Alert>
        <RejectedRows report={done} fileName="rejected-deals.csv" />
        <Group>
          <Button onClick={onDone}>Done</Button>
        </Group>
      </Stack>
    );
  return (
    <Stack gap="md">
      <Columns />
      <Input.Wrapper id={fileId} label="CSV file" error={fileError}>
        <Input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          pt={4}
          onChange={(e) => void pick((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </Input.Wrapper>
      <Textarea
        label="Or paste the CSV"
        description="A header row first"
        autosize
        minRows={4}
        maxRows={12}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setUploadKey(newUploadKey());
          check.reset();
        }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Group>
        <Button
          variant="light"
          disabled={!text.trim()}
          loading={check.isPending}
          onClick={() => check.mutate(text)}
        >
          Check rows
        </Button>
        {check.data && (
          <Button
            onClick={() => run.mutate({ csv: text, key: uploadKey })}
            loading={run.isPending}
            disabled={check.data.imported === 0}
          >
            {`Import ${plural(check.data.imported, 'row')}`}
          </Button>
        )}
      </Group>
      <ErrorNote error={check.error} title="This CSV cannot be imported" />
      {check.data && (
        <Stack gap="sm" aria-label="Check of the rows" component="section">
          <Text size="sm" role="status">
            {`${plural(check.data.created, 'new deal')}, ${plural(check.data.updated, 'update')}, ${check.data.unchanged} unchanged`}
            {check.data.rejected.length
              ? `; ${plural(check.data.rejected.length, 'row')} will be skipped.`
              : '.'}
          </Text>
          <RejectedRows report={check.data} fileName="rejected-deals.csv" />
        </Stack>
      )}
      <ErrorNote error={run.error} title="The import failed" />
    </Stack>
  );
}

function Columns() {
  return (
    <Stack gap="xs">
      <Table withTableBorder aria-label="Columns of a deals CSV" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">What it holds</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(Object.entries(DEAL_COLUMN_HELP) as [Column, string][]).map(([column, help]) => (
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
        <Button variant="subtle" size="xs" onClick={() => saveFile('deals-sample.csv', SAMPLE_DEALS_CSV)}>
          Download a sample file
        </Button>
      </Group>
    </Stack>
  );
}
