import { Badge, Blockquote, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Comments } from '../../components/Comments';
import { GuardedButton } from '../../components/Guarded';
import { Loading, PageHeader } from '../../components/States';
import { optionsOf, useProducts } from '../../app/lookups';
import { approvedVersion, byRevisionDesc, STATUS, workingVersion } from './approval';
import { loadPositionings, type Positioning } from './data';
import { PositioningEditor } from './PositioningEditor';
import { NoProductsYet } from '../products/CatalogActions';

const day = (d: string | null) => (d ? dayjs(d).format('D MMM YYYY') : '—');

export default function PositioningPage() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams();
  const products = useProducts();
  const productId = params.get('productId') ?? products.data?.items[0]?.id ?? null;
  const versions = useQuery({
    enabled: Boolean(productId),
    queryKey: ['positioning', ws.id, { productId }],
    queryFn: () => loadPositionings(ws.id, productId!),
  });

  return (
    <Stack>
      <PageHeader
        title="Positioning"
        subtitle="How each product wins: the alternatives, what makes it unique, the value it delivers, and for whom."
      />
      <Select
        label="Product"
        data={optionsOf(products.data)}
        value={productId}
        onChange={(v) => v && setParams({ productId: v }, { replace: true })}
        searchable
        allowDeselect={false}
        maw={360}
      />
      {products.data && products.data.items.length === 0 && (
        <NoProductsYet onCreated={(p) => setParams({ productId: p.id }, { replace: true })}>
          Positioning is written per product. Once a product exists, position it here.
        </NoProductsYet>
      )}
      {productId && (
        <Loading query={versions}>
          {(data) => <ProductPositioning productId={productId} versions={data.items} />}
        </Loading>
      )}
    </Stack>
  );
}

function ProductPositioning({ productId, versions }: { productId: string; versions: Positioning[] }) {
  const ws = useWorkspace();
  const approved = approvedVersion(versions);
  const working = workingVersion(versions);
  const startDraft = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/positioning', {
          params: { path: { workspaceId: ws.id } },
          body: { productId },
        }),
      ),
    meta: { success: 'Draft started' },
  });

  return (
    <Stack>
      <Paper withBorder p="lg" bg="indigo.0">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            Approved positioning
          </Title>
          {approved && (
            <Text size="sm" c="dimmed">
              Revision {approved.revision} · approved {day(approved.approvedAt)}
            </Text>
          )}
        </Group>
        {!approved ? (
          <Text c="dimmed">
            Nothing approved yet. Write a draft, submit it for review and approve it; its positioning
            statement then shows here.
          </Text>
        ) : approved.statement ? (
          <Blockquote color="indigo" p="md" aria-label="Positioning statement">
            <Text size="lg" fw={500}>
              {approved.statement}
            </Text>
          </Blockquote>
        ) : (
          <Text c="dimmed">The approved version has no complete statement.</Text>
        )}
      </Paper>

      {working ? (
        <PositioningEditor key={`${working.id}:${working.version}`} positioning={working} />
      ) : (
        <Paper withBorder p="md">
          <Group justify="space-between">
            <div>
              <Title order={2} size="h4">
                No draft in progress
              </Title>
              <Text size="sm" c="dimmed">
                {approved
                  ? 'Start a new draft to change the positioning; it copies the approved version, which stays in force until the draft is approved.'
                  : 'Start the first draft of this product’s positioning.'}
              </Text>
            </div>
            <GuardedButton
              artefact="positioning"
              action="create"
              loading={startDraft.isPending}
              onClick={() => startDraft.mutate()}
            >
              New draft
            </GuardedButton>
          </Group>
        </Paper>
      )}

      {(working ?? approved) && (
        <Paper withBorder p="md">
          <Comments
            key={(working ?? approved)!.id}
            entityType="positioning"
            entityId={(working ?? approved)!.id}
          />
        </Paper>
      )}
      <History versions={versions} />
    </Stack>
  );
}

function History({ versions }: { versions: Positioning[] }) {
  if (versions.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Version history
      </Title>
      <Table aria-label="Positioning versions" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Revision</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Submitted</Table.Th>
            <Table.Th>Approved</Table.Th>
            <Table.Th>Review comment</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {byRevisionDesc(versions).map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>#{v.revision}</Table.Td>
              <Table.Td>
                <Badge color={STATUS[v.status].color} variant="light">
                  {STATUS[v.status].label}
                </Badge>
              </Table.Td>
              <Table.Td>{day(v.createdAt)}</Table.Td>
              <Table.Td>{day(v.submittedAt)}</Table.Td>
              <Table.Td>{day(v.approvedAt)}</Table.Td>
              <Table.Td>{v.reviewComment || <Text c="dimmed">—</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
