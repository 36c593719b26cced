import { Anchor, Badge, Button, Grid, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, Loading, PageHeader } from '../../components/States';
import { FEEDBACK_STATUSES, SEGMENT_LABEL } from '../../app/labels';
import { DATE, formatMoney } from '../../app/format';
import { feedbackTitle } from '../feedback/title';
import { Contacts } from './Contacts';
import { CustomerDetails } from './CustomerEditor';
import { type Customer, loadCustomer, loadCustomerFeedback } from './data';
import { MarketSignals } from './MarketSignals';

export default function CustomerDetail() {
  const ws = useWorkspace();
  const { id = '' } = useParams();
  const customer = useQuery({ queryKey: ['customers', ws.id, id], queryFn: () => loadCustomer(ws.id, id) });
  return (
    <Stack>
      <Anchor component={Link} to={`/w/${ws.id}/customers`} size="sm">
        ← All customers
      </Anchor>
      <Loading query={customer} label="Loading customer">
        {(c) => (
          <>
            <PageHeader
              title={c.name}
              subtitle={[
                c.segment ? `${SEGMENT_LABEL[c.segment]} segment` : 'No segment',
                c.plan ? `${c.plan} plan` : 'No plan',
                `${formatMoney(c.annualRevenue)} a year`,
              ].join(' · ')}
              actions={<DeleteCustomer customer={c} />}
            />
            <Grid>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <CustomerDetails customer={c} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack>
                  <Contacts customerId={c.id} customerName={c.name} />
                  <MarketSignals customer={c} />
                  <CustomerFeedback customer={c} />
                </Stack>
              </Grid.Col>
            </Grid>
          </>
        )}
      </Loading>
    </Stack>
  );
}

const statusLabel = (s: string) => FEEDBACK_STATUSES.find((x) => x.value === s)?.label ?? s;

/** What this customer asked for, newest first. */
function CustomerFeedback({ customer: c }: { customer: Customer }) {
  const ws = useWorkspace();
  const feedback = useQuery({
    queryKey: ['feedback', ws.id, { customerId: c.id }],
    queryFn: () => loadCustomerFeedback(ws.id, c.id),
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Feedback">
      <Text fw={700} component="h2" size="md" m={0} mb="xs">
        Feedback
      </Text>
      <Loading query={feedback} label="Loading feedback">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="No feedback yet">Feedback recorded for {c.name} shows here.</Empty>
          ) : (
            <Table aria-label={`Feedback from ${c.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Feedback</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Received</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/w/${ws.id}/feedback/${f.id}`}>
                        {feedbackTitle(f)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray">
                        {statusLabel(f.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{dayjs(f.createdAt).format(DATE)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Loading>
      {feedback.data?.nextCursor && (
        <Text size="sm" c="dimmed" mt="xs">
          Showing the 50 newest.
        </Text>
      )}
    </Paper>
  );
}

/** A customer with contacts or feedback stays: the server says how many keep it (409). */
function DeleteCustomer({ customer: c }: { customer: Customer }) {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [opened, modal] = useDisclosure(false);
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/customers/{id}', {
          params: { path: { workspaceId: ws.id, id: c.id } },
          headers: { 'If-Match': `"${c.version}"` },
        }),
      ),
    meta: { inline: true, success: 'Customer deleted' },
    onSuccess: () => {
      client.removeQueries({ queryKey: ['customers', ws.id, c.id] });
      void client.invalidateQueries({ queryKey: ['customers', ws.id] });
      navigate(`/w/${ws.id}/customers`);
    },
  });
  return (
    <>
      <GuardedButton artefact="customer" action="delete" variant="subtle" color="red" onClick={modal.open}>
        Delete customer
      </GuardedButton>
      <Modal opened={opened} onClose={modal.close} title={`Delete ${c.name}?`}>
        <Stack>
          <Text size="sm">
            A customer with contacts or feedback cannot be deleted: move or delete those first. Deleting
            cannot be undone.
          </Text>
          <ErrorNote error={remove.error} title="Could not delete" />
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              Delete customer
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
