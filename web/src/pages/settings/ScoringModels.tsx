import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { Loading } from '../../components/States';
import { NoProductsYet } from '../products/CatalogActions';

type Model = Awaited<ReturnType<typeof loadModels>>['items'][number];
type Criterion = Model['criteria'][number];

const loadModels = (workspaceId: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/scoring-models', {
      params: { path: { workspaceId }, query: { limit: 200 } },
    }),
  );

const KINDS = [
  { value: 'rice', label: 'RICE: reach × impact × confidence ÷ effort' },
  { value: 'ice', label: 'ICE: impact × confidence × ease' },
  { value: 'value_effort', label: 'Value ÷ effort' },
  { value: 'weighted', label: 'Weighted scorecard' },
];
const SOURCES = [
  { value: 'manual', label: 'Rated by hand (0–10)' },
  { value: 'feedback_count', label: 'Linked feedback count' },
  { value: 'customer_count', label: 'Distinct customers' },
  { value: 'customer_revenue', label: 'Customer revenue' },
];

/** A product scores with RICE until it has a stored model. */
const DEFAULT_MODEL = { kind: 'rice' as const, criteria: [] as Criterion[] };

function ModelEditor(props: { model: Model | undefined; productId: string; productName: string }) {
  const { model, productId, productName } = props;
  const ws = useWorkspace();
  const can = useCan('scoring_model', 'update');
  const current = model ?? DEFAULT_MODEL;
  const [kind, setKind] = useState<Model['kind']>(current.kind);
  const [criteria, setCriteria] = useState<Criterion[]>(current.criteria);
  useEffect(() => {
    setKind(current.kind);
    setCriteria(current.criteria);
  }, [current]);
  const save = useMutation({
    mutationFn: (v: { kind: Model['kind']; criteria: Criterion[]; version: number }) => {
      const fields = v.kind === 'weighted' ? { kind: v.kind, criteria: v.criteria } : { kind: v.kind };
      return model
        ? unwrap(
            api.PATCH('/api/v1/workspaces/{workspaceId}/scoring-models/{id}', {
              params: { path: { workspaceId: ws.id, id: model.id } },
              body: { ...fields, version: v.version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/workspaces/{workspaceId}/scoring-models', {
              params: { path: { workspaceId: ws.id } },
              body: { ...fields, productId },
            }),
          );
    },
    meta: model ? { conflict: { workspaceId: ws.id, entityType: 'scoring_model', entityId: model.id } } : {},
  });
  const set = (i: number, patch: Partial<Criterion>) =>
    setCriteria((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Card withBorder component="section" aria-label={`Scoring model of ${productName}`}>
      <Stack gap="sm">
        <Text fw={700}>{productName}</Text>
        <Select
          label="Model"
          data={KINDS}
          value={kind}
          allowDeselect={false}
          disabled={!can.allowed}
          onChange={(v) => v && setKind(v as Model['kind'])}
          w={420}
        />
        {kind === 'weighted' && (
          <Table withTableBorder aria-label={`Criteria of ${productName}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Criterion</Table.Th>
                <Table.Th>Source</Table.Th>
                <Table.Th>Weight</Table.Th>
                <Table.Th>Full marks at</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {criteria.map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput
                      aria-label="Criterion label"
                      value={c.label}
                      disabled={!can.allowed}
                      onChange={(e) =>
                        set(i, { label: e.currentTarget.value, key: c.key || slug(e.currentTarget.value) })
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label="Criterion source"
                      data={SOURCES}
                      value={c.source}
                      allowDeselect={false}
                      disabled={!can.allowed}
                      onChange={(v) => v && set(i, { source: v as Criterion['source'] })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label="Weight"
                      value={c.weight}
                      min={0}
                      step={0.1}
                      disabled={!can.allowed}
                      onChange={(v) => set(i, { weight: Number(v) || 0 })}
                      w={90}
                    />
                  </Table.Td>
                  <Table.Td>
                    {c.source === 'manual' ? (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ) : (
                      <NumberInput
                        aria-label="Saturation"
                        value={c.saturation ?? ''}
                        min={1}
                        disabled={!can.allowed}
                        onChange={(v) => set(i, { saturation: v === '' ? undefined : Number(v) })}
                        w={120}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${c.label || 'criterion'}`}
                      disabled={!can.allowed}
                      onClick={() => setCriteria((cs) => cs.filter((_, j) => j !== i))}
                    >
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          {kind === 'weighted' && (
            <Button
              variant="default"
              disabled={!can.allowed}
              onClick={() =>
                setCriteria((cs) => [
                  ...cs,
                  { key: `criterion_${cs.length + 1}`, label: '', source: 'manual', weight: 1 },
                ])
              }
            >
              Add criterion
            </Button>
          )}
          <GuardedButton
            artefact="scoring_model"
            action="update"
            loading={save.isPending}
            onClick={() => save.mutate({ kind, criteria, version: model?.version ?? 0 })}
          >
            Save and rescore
          </GuardedButton>
          {save.data && (
            <Text size="sm" c="teal.9">
              Saved: {save.data.rescored ?? 0} features rescored.
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 40) || 'criterion';

export function ScoringModels() {
  const ws = useWorkspace();
  const models = useQuery({ queryKey: ['scoring-models', ws.id], queryFn: () => loadModels(ws.id) });
  const products = useQuery({
    queryKey: ['products', ws.id, 'all'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/products', {
          params: { path: { workspaceId: ws.id }, query: { limit: 200 } },
        }),
      ),
  });
  return (
    <Stack>
      <ReadOnlyNote artefact="scoring_model" />
      <Text size="sm" c="dimmed">
        Each product scores its features with one model. Changing it rescores every feature of the product at
        once.
      </Text>
      <Loading query={models}>
        {(data) => (
          <Loading query={products}>
            {(list) =>
              list.items.length === 0 ? (
                <NoProductsYet>
                  Each product scores its features with its own model; a new product starts with RICE.
                </NoProductsYet>
              ) : (
                list.items.map((p) => (
                  <ModelEditor
                    key={p.id}
                    productId={p.id}
                    productName={p.name}
                    model={data.items.find((m) => m.productId === p.id)}
                  />
                ))
              )
            }
          </Loading>
        )}
      </Loading>
    </Stack>
  );
}
