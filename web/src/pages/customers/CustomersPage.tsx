import { Anchor, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, PageHeader, Spinner } from '../../components/States';
import { SEGMENT_LABEL } from '../../app/labels';
import { DATE, formatMoney } from '../../app/format';
import { NewCustomerForm } from './CustomerEditor';
import { CUSTOMER_SORTS, type CustomerFilter, isCustomerSort, loadCustomerPage } from './data';
import { SEGMENT_OPTIONS, type Segment } from './fields';

export default function CustomersPage() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams();
  const [creating, createModal] = useDisclosure(false);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [plan, setPlan] = useState(params.get('plan') ?? '');
  const [planQ] = useDebouncedValue(plan.trim(), 250);
  const segment = (params.get('segment') as Segment | null) ?? undefined;
  const sortParam = params.get('sort');
  const sort = isCustomerSort(sortParam) ? sortParam : 'name';
  // Filters live in the address, so a filtered list can be shared and survives a reload.
  const setParam = (key: string, value: string | null | undefined) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  useEffect(() => setParam('q', q), [q]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => setParam('plan', planQ), [planQ]); // eslint-disable-line react-hooks/exhaustive-deps

  const filter: CustomerFilter = { q: q || undefined, segment, plan: planQ || undefined, sort };
  const list = useInfiniteQuery({
    queryKey: ['customers', ws.id, 'list', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => loadCustomerPage(ws.id, filter, pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(q || segment || planQ);
  const newButton = (
    <GuardedButton artefact="customer" action="create" onClick={createModal.open}>
      New customer
    </GuardedButton>
  );

  return (
    <Stack>
      <PageHeader
        title="Customers"
        subtitle="The companies feedback comes from: their revenue weighs the demand of the features they ask for."
        actions={newButton}
      />
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Customer name"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={260}
        />
        <Select
          label="Segment"
          placeholder="Any segment"
          clearable
          data={SEGMENT_OPTIONS}
          value={segment ?? null}
          onChange={(v) => setParam('segment', v)}
          w={180}
        />
        <TextInput
          label="Plan"
          placeholder="Exact plan name"
          value={plan}
          onChange={(e) => setPlan(e.currentTarget.value)}
          w={180}
        />
        <Select
          label="Sort by"
          allowDeselect={false}
          data={CUSTOMER_SORTS.map((s) => ({ ...s }))}
          value={sort}
          onChange={(v) => setParam('sort', v === 'name' ? null : v)}
          w={220}
        />
      </Group>
      {list.isPending ? (
        <Spinner label="Loading customers" />
      ) : list.isError ? (
        <ErrorNote error={list.error} />
      ) : rows.length === 0 ? (
        filtered ? (
          <Empty title="No customer matches these filters">
            Check the spelling, or clear the filters to see every customer.
          </Empty>
        ) : (
          <Empty title="No customers yet" action={newButton}>
            Add the companies you sell to, with their segment, plan and revenue. Sales and product marketing
            can also add a customer from any customer field while recording feedback.
          </Empty>
        )
      ) : (
        <>
          <Table aria-label="Customers" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Customer</Table.Th>
                <Table.Th>Segment</Table.Th>
                <Table.Th>Plan</Table.Th>
                <Table.Th ta="right">Annual revenue</Table.Th>
                <Table.Th>Added</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/w/${ws.id}/customers/${c.id}`} fw={600}>
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.segment ? SEGMENT_LABEL[c.segment] : <Text c="dimmed">—</Text>}</Table.Td>
                  <Table.Td>{c.plan || <Text c="dimmed">—</Text>}</Table.Td>
                  <Table.Td ta="right">{formatMoney(c.annualRevenue)}</Table.Td>
                  <Table.Td>{dayjs(c.createdAt).format(DATE)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {list.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                loading={list.isFetchingNextPage}
                onClick={() => list.fetchNextPage()}
              >
                Show more customers
              </Button>
            </Group>
          )}
        </>
      )}
      <Modal opened={creating} onClose={createModal.close} title="New customer">
        <NewCustomerForm onDone={createModal.close} />
      </Modal>
    </Stack>
  );
}
