import { Anchor, Badge, Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { labelOptions } from '../../app/labels';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import {
  FilterSelect,
  ListFilters,
  PagedList,
  SearchFilter,
  usePages,
  useSearch,
} from '../../components/PagedList';
import { PageHeader } from '../../components/States';
import {
  formatCommission,
  loadPartnerPage,
  moveLabel,
  PARTNER_KIND_LABEL,
  PARTNER_STATUS,
  type Partner,
  type PartnerKind,
  type PartnerStatus,
} from './labels';
import { PartnerForm } from './PartnerForm';

const STATUS_LABEL = Object.fromEntries(
  Object.entries(PARTNER_STATUS).map(([k, v]) => [k, v.label]),
) as Record<PartnerStatus, string>;

export default function PartnersPage() {
  const ws = useWorkspace();
  const search = useSearch();
  const q = search.q;
  const [status, setStatus] = useState<PartnerStatus | null>(null);
  const [kind, setKind] = useState<PartnerKind | null>(null);
  const [open, setOpen] = useState<Partner | 'new' | null>(null);
  const filter = { q: q || undefined, status: status ?? undefined, kind: kind ?? undefined };
  const list = usePages(['affiliates', ws.id, 'list', filter], (cursor) =>
    loadPartnerPage(ws.id, filter, cursor),
  );
  const newButton = (
    <GuardedButton artefact="affiliate" action="create" onClick={() => setOpen('new')}>
      New partner
    </GuardedButton>
  );
  return (
    <Stack>
      <PageHeader
        title="Partners"
        subtitle="Affiliates, resellers and agencies: their referral codes, commission and where each partnership stands."
        actions={newButton}
      />
      <ListFilters>
        <SearchFilter search={search} placeholder="Name, referral code or contact" w={280} />
        <FilterSelect
          label="Status"
          data={labelOptions(STATUS_LABEL)}
          value={status}
          onChange={setStatus}
          w={160}
        />
        <FilterSelect
          label="Kind"
          data={labelOptions(PARTNER_KIND_LABEL)}
          value={kind}
          onChange={setKind}
          w={200}
        />
      </ListFilters>
      <PagedList
        query={list}
        noun="partners"
        filtered={Boolean(q || status || kind)}
        noMatch={{
          title: 'No partner matches these filters',
          hint: 'Clear the filters to see every partner.',
        }}
        empty={{
          title: 'No partners yet',
          action: newButton,
          hint: 'Add an affiliate or reseller with a referral code and a commission; move it from prospect to active when the agreement is signed.',
        }}
      >
        {(rows) => (
          <Table aria-label="Partners" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Referral code</Table.Th>
                <Table.Th>Commission</Table.Th>
                <Table.Th>Contact</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Move to</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={600} onClick={() => setOpen(p)}>
                      {p.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{PARTNER_KIND_LABEL[p.kind]}</Table.Td>
                  <Table.Td>
                    <Code>{p.referralCode}</Code>
                  </Table.Td>
                  <Table.Td>{formatCommission(p.commissionModel, p.commissionValue)}</Table.Td>
                  <Table.Td>
                    {p.contactName || p.contactEmail ? (
                      <>
                        <Text size="sm">{p.contactName}</Text>
                        {p.contactEmail && (
                          <Anchor href={`mailto:${p.contactEmail}`} size="sm">
                            {p.contactEmail}
                          </Anchor>
                        )}
                      </>
                    ) : (
                      <Text c="dimmed">—</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={PARTNER_STATUS[p.status].color} variant="light">
                      {PARTNER_STATUS[p.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Moves partner={p} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </PagedList>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open === 'new' ? 'New partner' : open ? open.name : ''}
        size="lg"
      >
        {open !== null && <PartnerForm partner={open === 'new' ? null : open} onDone={() => setOpen(null)} />}
      </Modal>
    </Stack>
  );
}

/** The lifecycle moves the server allows from where the partner is (ended is final). */
function Moves({ partner: p }: { partner: Partner }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const move = useMutation({
    mutationFn: ({ status, version }: { status: PartnerStatus; version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/affiliates/{id}', {
          params: { path: { workspaceId: ws.id, id: p.id } },
          body: { status, version },
        }),
      ),
    meta: {
      success: `${p.name} moved`,
      conflict: { workspaceId: ws.id, entityType: 'affiliate', entityId: p.id },
    },
    onSuccess: () => {
      setEnding(false);
      void client.invalidateQueries({ queryKey: ['affiliates', ws.id] });
    },
  });
  // Ended is final: that one move asks first.
  const [ending, setEnding] = useState(false);
  if (p.allowedTransitions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Final
      </Text>
    );
  return (
    <Group gap={4} wrap="nowrap">
      {p.allowedTransitions.map((to) => (
        <GuardedButton
          key={to}
          artefact="affiliate"
          action="update"
          size="compact-xs"
          variant={to === 'ended' ? 'subtle' : 'light'}
          color={to === 'ended' ? 'red' : undefined}
          loading={move.isPending && move.variables?.status === to}
          onClick={() => (to === 'ended' ? setEnding(true) : move.mutate({ status: to, version: p.version }))}
          aria-label={`${moveLabel(p.status, to)}: ${p.name}`}
        >
          {moveLabel(p.status, to)}
        </GuardedButton>
      ))}
      <Modal opened={ending} onClose={() => setEnding(false)} title={`End the partnership with ${p.name}?`}>
        <Stack>
          <Text size="sm">
            An ended partnership cannot be reopened; its referral code stays taken. Pause it instead if it may
            resume.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEnding(false)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={move.isPending}
              onClick={() => move.mutate({ status: 'ended', version: p.version })}
            >
              End partnership
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
