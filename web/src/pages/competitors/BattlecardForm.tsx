import { Button, Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';
import { changedFields, linesToList, listToLines } from '../personas/lists';
import { type Body, optionsOf, useProducts } from '../../app/lookups';
import type { Battlecard } from './data';
import { RowsEditor } from './RowsEditor';
import { useUnsavedChanges } from '../../components/FormModal';

type Patch = Omit<Body<'/api/v1/workspaces/{workspaceId}/battlecards/{id}', 'patch'>, 'version'>;

const valuesOf = (card?: Battlecard) => ({
  productId: card?.productId ?? (null as string | null),
  whenYouMeetThem: card?.whenYouMeetThem ?? '',
  quickComparison: card?.quickComparison ?? [],
  ourStrengths: card?.ourStrengths ?? [],
  theirStrengths: listToLines(card?.theirStrengths ?? []),
  objections: card?.objections ?? [],
  landmines: listToLines(card?.landmines ?? []),
  winThemes: listToLines(card?.winThemes ?? []),
});
type Values = ReturnType<typeof valuesOf>;

const toBody = ({ productId: _p, ...v }: Values) => ({
  ...v,
  theirStrengths: linesToList(v.theirStrengths),
  landmines: linesToList(v.landmines),
  winThemes: linesToList(v.winThemes),
});

/** Writes a new battlecard against a competitor, or edits one. */
export function BattlecardForm(props: { competitorId: string; card?: Battlecard; onDone: () => void }) {
  const ws = useWorkspace();
  const { card } = props;
  const products = useProducts();
  const initial = valuesOf(card);
  const form = useForm({ initialValues: initial });
  useUnsavedChanges(form.isDirty());

  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/battlecards', {
          params: { path: { workspaceId: ws.id } },
          body: { competitorId: props.competitorId, productId: v.productId ?? '', ...toBody(v) },
        }),
      ),
    meta: { inline: true, success: 'Battlecard created' },
    onSuccess: props.onDone,
  });
  const save = useMutation({
    mutationFn: ({ version, ...patch }: Patch & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/battlecards/{id}', {
          params: { path: { workspaceId: ws.id, id: card!.id } },
          body: { ...patch, version },
        }),
      ),
    meta: {
      inline: true,
      success: 'Battlecard saved',
      conflict: { workspaceId: ws.id, entityType: 'battlecard', entityId: card?.id ?? '' },
    },
    onSuccess: props.onDone,
  });
  const submit = (v: Values) => {
    if (!card) return create.mutate(v);
    const patch: Patch = changedFields(toBody(initial), toBody(v));
    if (v.productId && v.productId !== card.productId) patch.productId = v.productId;
    save.mutate({ ...patch, version: card.version });
  };
  const m = card ? save : create;

  return (
    <form onSubmit={form.onSubmit(submit)}>
      <Stack>
        <Select
          label="Our product"
          description="One battlecard per competitor and product"
          data={optionsOf(products.data)}
          required
          searchable
          {...form.getInputProps('productId')}
        />
        <Textarea
          label="When you meet them"
          description="The deals and signals where this competitor shows up"
          autosize
          minRows={2}
          {...form.getInputProps('whenYouMeetThem')}
        />
        <RowsEditor
          form={form}
          path="quickComparison"
          rows={form.values.quickComparison}
          legend="Quick comparison"
          rowName="comparison row"
          columns={[
            { key: 'dimension', label: 'Dimension' },
            { key: 'us', label: 'Us' },
            { key: 'them', label: 'Them' },
          ]}
        />
        <RowsEditor
          form={form}
          path="ourStrengths"
          rows={form.values.ourStrengths}
          legend="Our strengths, with proof"
          rowName="strength"
          columns={[
            { key: 'point', label: 'Strength' },
            { key: 'proof', label: 'Proof', long: true },
          ]}
        />
        <RowsEditor
          form={form}
          path="objections"
          rows={form.values.objections}
          legend="Objection handling"
          rowName="objection"
          columns={[
            { key: 'objection', label: 'Objection' },
            { key: 'response', label: 'Response', long: true },
          ]}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Textarea
            label="Their strengths"
            description="Where they are honestly better; one per line"
            autosize
            minRows={3}
            {...form.getInputProps('theirStrengths')}
          />
          <Textarea
            label="Landmines"
            description="Trap questions to plant; one per line"
            autosize
            minRows={3}
            {...form.getInputProps('landmines')}
          />
          <Textarea
            label="Win themes"
            description="One per line"
            autosize
            minRows={3}
            {...form.getInputProps('winThemes')}
          />
        </SimpleGrid>
        <ErrorNote form={form} error={m.error} title="Could not save the battlecard" />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={m.isPending}>
            {card ? 'Save battlecard' : 'Create battlecard'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
