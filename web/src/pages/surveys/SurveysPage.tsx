import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatNumber } from '../../app/format';
import { nameOf, useProducts } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { FormModal } from '../../components/FormModal';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, PageHeader, Spinner } from '../../components/States';
import { useSurveys } from './api';
import { formatScore, KIND_LABEL } from './labels';
import { SurveyForm } from './SurveyForm';

/** The workspace's surveys: kind, product, status, answers and headline score; a new one opens its page. */
export default function SurveysPage() {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const list = useSurveys();
  const products = useProducts();
  const [adding, setAdding] = useState(false);
  const newButton = (
    <GuardedButton artefact="survey" action="create" onClick={() => setAdding(true)}>
      New survey
    </GuardedButton>
  );
  const rows = list.data?.items ?? [];
  return (
    <Stack>
      <PageHeader
        title="Surveys"
        subtitle="NPS, CSAT and CES on a hosted page, by snippet or API; comments land in the inbox as feedback."
        actions={rows.length > 0 ? newButton : undefined}
      />
      {list.isPending ? (
        <Spinner label="Loading surveys" />
      ) : list.isError ? (
        <ErrorNote error={list.error} />
      ) : rows.length === 0 ? (
        <Empty title="No surveys yet" action={newButton}>
          Ask customers how likely they are to recommend a product (NPS), how satisfied they are (CSAT) or how
          easy it was (CES). Each survey gets a public link and a snippet for your site or app.
        </Empty>
      ) : (
        <Table aria-label="Surveys" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Survey</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Product</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th ta="right">Answers</Table.Th>
              <Table.Th ta="right">Score</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/w/${ws.id}/surveys/${s.id}`} fw={600}>
                    {s.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{KIND_LABEL[s.kind]}</Table.Td>
                <Table.Td>{nameOf(products.data, s.productId)}</Table.Td>
                <Table.Td>
                  <Badge color={s.status === 'open' ? 'teal' : 'gray'} variant="light">
                    {s.status === 'open' ? 'Open' : 'Closed'}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(s.answers)}</Table.Td>
                <Table.Td ta="right">
                  {s.kind === 'open' ? <Text c="dimmed">—</Text> : formatScore(s.kind, s.score)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <FormModal opened={adding} onClose={() => setAdding(false)} title="New survey" size="lg">
        <SurveyForm
          onCancel={() => setAdding(false)}
          onDone={(saved) => navigate(`/w/${ws.id}/surveys/${saved.id}`)}
        />
      </FormModal>
    </Stack>
  );
}
