import { Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { saveFile } from '../../components/download';
import { type RejectedReport, rejectedRowsCsv } from './csv';

/** The rejected rows, by row number and column, with the reasons; downloadable as the file's own CSV. */
export function RejectedRows({ report, fileName }: { report: RejectedReport; fileName: string }) {
  if (!report.rejected.length) return null;
  return (
    <Stack gap="xs">
      <Table withTableBorder striped aria-label="Rejected rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rejected.slice(0, 200).flatMap((r) =>
            r.errors.map((e, i) => (
              <Table.Tr key={`${r.row}-${i}`}>
                <Table.Td>{i === 0 ? r.row : ''}</Table.Td>
                <Table.Td>
                  <Code>{e.column}</Code>
                </Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" wrap="wrap">
        <Text size="xs" c="dimmed">
          Row 1 is the first row after the header (blank lines are not counted).
          {report.rejected.length > 200 &&
            ' The first 200 rejected rows are listed; the download has them all.'}
        </Text>
        <Button variant="light" size="xs" onClick={() => saveFile(fileName, rejectedRowsCsv(report))}>
          Download rejected rows
        </Button>
      </Group>
    </Stack>
  );
}
