import { Badge, Button, Card, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, Loading, PageHeader } from '../../components/States';
import { BUYING_ROLES, humanize } from './lists';
import { nameOf, useProducts } from '../../app/lookups';
import { PersonaEditor } from './PersonaEditor';
import { FormModal, useUnsavedChanges } from '../../components/FormModal';
import { charLimit, LIMITS } from '../../components/CharCount';

const buyingRoleOptions = BUYING_ROLES.map((r) => ({ value: r, label: humanize(r) }));

export default function PersonasPage() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams();
  const selected = params.get('id');
  const [creating, createModal] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const products = useProducts();
  const personas = useQuery({
    queryKey: ['personas', ws.id, { q }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/personas', {
          params: { path: { workspaceId: ws.id }, query: { limit: 200, q: q || undefined } },
        }),
      ),
  });
  const select = (id: string | null) =>
    setParams(
      (p) => {
        if (id) p.set('id', id);
        else p.delete('id');
        return p;
      },
      { replace: true },
    );

  return (
    <Stack>
      <PageHeader
        title="Personas"
        subtitle="Who buys and uses each product, what they want, and how to reach them."
        actions={
          <GuardedButton artefact="persona" action="create" onClick={createModal.open}>
            New persona
          </GuardedButton>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <TextInput
              label="Search personas"
              placeholder="Name or title"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
            <Loading query={personas}>
              {(data) =>
                data.items.length === 0 ? (
                  <Empty
                    title={q ? 'No persona matches' : 'No personas yet'}
                    action={
                      !q && (
                        <GuardedButton artefact="persona" action="create" onClick={createModal.open}>
                          New persona
                        </GuardedButton>
                      )
                    }
                  >
                    {q
                      ? 'Try another name or title.'
                      : 'Describe the people who buy and use your products; messaging, features and campaigns refer to them.'}
                  </Empty>
                ) : (
                  <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {data.items.map((p) => (
                      <li key={p.id}>
                        <Card
                          withBorder
                          padding="sm"
                          component={Link}
                          to={`?id=${p.id}`}
                          replace
                          aria-current={p.id === selected ? 'true' : undefined}
                          style={
                            p.id === selected
                              ? { borderColor: 'var(--mantine-color-indigo-5)', borderWidth: 2 }
                              : undefined
                          }
                        >
                          <Group justify="space-between" wrap="nowrap" align="flex-start">
                            <div>
                              <Text fw={600}>{p.name}</Text>
                              <Text size="sm" c="dimmed">
                                {p.title || 'No title yet'}
                              </Text>
                            </div>
                            {p.buyingRole && (
                              <Badge variant="light" color="grape">
                                {humanize(p.buyingRole)}
                              </Badge>
                            )}
                          </Group>
                          {p.productIds.length > 0 && (
                            <Group gap={4} mt="xs">
                              {p.productIds.map((id) => (
                                <Badge key={id} variant="outline" color="gray" size="sm">
                                  {nameOf(products.data, id, 'Product')}
                                </Badge>
                              ))}
                            </Group>
                          )}
                        </Card>
                      </li>
                    ))}
                  </Stack>
                )
              }
            </Loading>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {selected ? (
            <PersonaEditor key={selected} id={selected} onDeleted={() => select(null)} />
          ) : (
            <Empty title="Select a persona">
              Pick a persona on the left to see and edit its profile, and the feedback and features that
              mention it.
            </Empty>
          )}
        </Grid.Col>
      </Grid>
      <FormModal opened={creating} onClose={createModal.close} title="New persona">
        <NewPersonaForm
          onCreated={(id) => {
            createModal.close();
            select(id);
          }}
        />
      </FormModal>
    </Stack>
  );
}

function NewPersonaForm({ onCreated }: { onCreated: (id: string) => void }) {
  const ws = useWorkspace();
  const form = useForm({ initialValues: { name: '', title: '', buyingRole: null as string | null } });
  useUnsavedChanges(form.isDirty());
  const create = useMutation({
    mutationFn: (v: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/personas', {
          params: { path: { workspaceId: ws.id } },
          body: {
            name: v.name,
            title: v.title || undefined,
            buyingRole: (v.buyingRole as (typeof BUYING_ROLES)[number] | null) ?? undefined,
          },
        }),
      ),
    meta: { inline: true, success: 'Persona created' },
    onSuccess: (p) => onCreated(p.id),
  });
  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
      <Stack>
        <TextInput
          label="Name"
          placeholder="Vera, VP of Data"
          required
          {...form.getInputProps('name')}
          {...charLimit(form.values.name, LIMITS.name)}
        />
        <TextInput label="Role or job title" placeholder="VP of Data" {...form.getInputProps('title')} />
        <Select
          label="Buying role"
          data={buyingRoleOptions}
          clearable
          {...form.getInputProps('buyingRole')}
        />
        <ErrorNote form={form} error={create.error} title="Could not create the persona" />
        <Button type="submit" loading={create.isPending}>
          Create persona
        </Button>
      </Stack>
    </form>
  );
}
