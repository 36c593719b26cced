import '@mantine/dates/styles.css';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, Loading, PageHeader } from '../../components/States';
import { nameOf, usePrograms } from './data';
import {
  CAMPAIGN_STATUS,
  type CampaignStatus,
  type Channel,
  CHANNEL_LABEL,
  channelOptions,
} from '../../app/labels';
import { formatRange, formatMoney } from '../../app/format';
import { NewCampaignForm } from './NewCampaignForm';
import { FormModal } from '../../components/FormModal';

const statusOptions = (Object.keys(CAMPAIGN_STATUS) as CampaignStatus[]).map((s) => ({
  value: s,
  label: CAMPAIGN_STATUS[s].label,
}));

export default function CampaignsPage() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams();
  const [creating, createModal] = useDisclosure(params.get('new') === '1');
  const status = (params.get('status') as CampaignStatus | null) ?? undefined;
  const channel = (params.get('channel') as Channel | null) ?? undefined;
  const programId = params.get('programId') ?? undefined;
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const programs = usePrograms();
  const setParam = (key: string, value: string | null) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  const closeCreate = () => {
    createModal.close();
    if (params.get('new')) setParam('new', null);
  };

  const campaigns = useInfiniteQuery({
    queryKey: ['campaigns', ws.id, { status, channel, programId, q }],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/campaigns', {
          params: {
            path: { workspaceId: ws.id },
            query: {
              limit: 100,
              cursor: pageParam,
              sort: '-startDate',
              status,
              channel,
              programId,
              q: q || undefined,
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const filtered = Boolean(status || channel || programId || q);

  return (
    <Stack>
      <PageHeader
        title="Campaigns"
        subtitle="Campaigns run inside accepted programs, on one channel each, with UTM tags and spend."
        actions={
          <GuardedButton artefact="campaign" action="create" onClick={createModal.open}>
            New campaign
          </GuardedButton>
        }
      />
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Name or utm_campaign"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={220}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={statusOptions}
          value={status ?? null}
          onChange={(v) => setParam('status', v)}
          w={160}
        />
        <Select
          label="Channel"
          placeholder="Any channel"
          clearable
          data={channelOptions}
          value={channel ?? null}
          onChange={(v) => setParam('channel', v)}
          w={180}
        />
        <Select
          label="Program"
          placeholder="Any program"
          clearable
          searchable
          data={(programs.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={programId ?? null}
          onChange={(v) => setParam('programId', v)}
          w={260}
        />
      </Group>
      <Loading query={campaigns} label="Loading campaigns">
        {(data) => {
          const rows = data.pages.flatMap((p) => p.items);
          if (rows.length === 0)
            return filtered ? (
              <Empty title="No campaign matches these filters">Clear a filter to see more campaigns.</Empty>
            ) : (
              <Empty
                title="No campaigns yet"
                action={
                  <GuardedButton artefact="campaign" action="create" onClick={createModal.open}>
                    New campaign
                  </GuardedButton>
                }
              >
                Once product marketing accepts a program on the hand-off board, create its campaigns here.
              </Empty>
            );
          return (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover withTableBorder aria-label="Campaigns">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Program</Table.Th>
                      <Table.Th>Channel</Table.Th>
                      <Table.Th w={130}>Status</Table.Th>
                      <Table.Th>Dates</Table.Th>
                      <Table.Th ta="right">Planned</Table.Th>
                      <Table.Th ta="right">Actual spend</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/w/${ws.id}/campaigns/${c.id}`} fw={500}>
                            {c.name}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {c.utm.campaign}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={`/w/${ws.id}/handoff?program=${c.programId}`}
                            size="sm"
                          >
                            {nameOf(programs.data, c.programId, 'Program')}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{CHANNEL_LABEL[c.channel]}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={CAMPAIGN_STATUS[c.status].color}>
                            {CAMPAIGN_STATUS[c.status].label}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{formatRange(c.startDate, c.endDate)}</Table.Td>
                        <Table.Td ta="right">{formatMoney(c.plannedSpend)}</Table.Td>
                        <Table.Td ta="right" c={c.actualSpend > c.plannedSpend ? 'red' : undefined}>
                          {formatMoney(c.actualSpend)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {campaigns.hasNextPage && (
                <Group justify="center">
                  <Button
                    variant="default"
                    onClick={() => void campaigns.fetchNextPage()}
                    loading={campaigns.isFetchingNextPage}
                  >
                    Load more
                  </Button>
                </Group>
              )}
            </>
          );
        }}
      </Loading>
      <FormModal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={creating}
        onClose={closeCreate}
        title="New campaign"
        size="lg"
      >
        <NewCampaignForm programId={programId} onDone={closeCreate} />
      </FormModal>
    </Stack>
  );
}
