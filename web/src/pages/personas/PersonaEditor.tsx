import {
  Badge,
  Button,
  Divider,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { Comments } from '../../components/Comments';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote, Loading } from '../../components/States';
import { channelOptions } from '../../app/labels';
import { BUYING_ROLES, changedFields, humanize, linesToList, listToLines } from './lists';
import { type Body, optionsOf, useProducts } from '../../app/lookups';
import { PersonaFeatures, PersonaFeedback } from './PersonaMentions';
import { charLimit, LIMITS } from '../../components/CharCount';

const loadPersona = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/personas/{id}', { params: { path: { workspaceId, id } } }),
  );
type PersonaDetail = Awaited<ReturnType<typeof loadPersona>>;
type Patch = Omit<Body<'/api/v1/workspaces/{workspaceId}/personas/{id}', 'patch'>, 'version'>;

const buyingRoleOptions = BUYING_ROLES.map((r) => ({ value: r, label: humanize(r) }));
const LISTS = ['goals', 'pains', 'motivations', 'objections'] as const;

/** The persona's profile, editable by its owners, with the feedback and features that mention it. */
export function PersonaEditor({ id, onDeleted }: { id: string; onDeleted: () => void }) {
  const ws = useWorkspace();
  const persona = useQuery({ queryKey: ['persona', ws.id, id], queryFn: () => loadPersona(ws.id, id) });
  return (
    <Loading query={persona}>
      {(p) => (
        <Paper withBorder p="md">
          <Group justify="space-between" align="flex-start" mb="sm">
            <div>
              <Title order={2} size="h3">
                {p.name}
              </Title>
              <Text size="sm" c="dimmed">
                {p.title || 'No title yet'} · updated {dayjs(p.updatedAt).format('D MMM YYYY')}
              </Text>
            </div>
            <DeletePersona persona={p} onDeleted={onDeleted} />
          </Group>
          <Tabs defaultValue="profile" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="profile">Profile</Tabs.Tab>
              <Tabs.Tab value="feedback">Feedback ({p.feedbackCount})</Tabs.Tab>
              <Tabs.Tab value="features">Features ({p.featureCount})</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="profile" pt="md">
              <PersonaForm key={p.version} persona={p} />
            </Tabs.Panel>
            <Tabs.Panel value="feedback" pt="md">
              <PersonaFeedback personaId={p.id} />
            </Tabs.Panel>
            <Tabs.Panel value="features" pt="md">
              <PersonaFeatures personaId={p.id} />
            </Tabs.Panel>
          </Tabs>
          <Divider my="lg" />
          <Comments entityType="persona" entityId={p.id} />
        </Paper>
      )}
    </Loading>
  );
}

const valuesOf = (p: PersonaDetail) => ({
  name: p.name,
  title: p.title,
  description: p.description,
  demographics: p.demographics,
  firmographics: p.firmographics,
  goals: listToLines(p.goals),
  pains: listToLines(p.pains),
  motivations: listToLines(p.motivations),
  objections: listToLines(p.objections),
  preferredChannels: p.preferredChannels as string[],
  buyingRole: p.buyingRole as string | null,
  productIds: p.productIds,
});
type Values = ReturnType<typeof valuesOf>;

const toBody = (v: Values) => ({
  ...v,
  goals: linesToList(v.goals),
  pains: linesToList(v.pains),
  motivations: linesToList(v.motivations),
  objections: linesToList(v.objections),
});

function PersonaForm({ persona }: { persona: PersonaDetail }) {
  const ws = useWorkspace();
  const can = useCan('persona', 'update');
  const products = useProducts();
  const initial = valuesOf(persona);
  const form = useForm({ initialValues: initial });
  const save = useMutation({
    mutationFn: ({ version, ...patch }: Patch & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/personas/{id}', {
          params: { path: { workspaceId: ws.id, id: persona.id } },
          body: { ...patch, version },
        }),
      ),
    meta: {
      inline: true,
      success: 'Persona saved',
      conflict: { workspaceId: ws.id, entityType: 'persona', entityId: persona.id },
    },
  });
  const submit = (v: Values) => {
    const patch = changedFields(toBody(initial), toBody(v)) as Patch;
    save.mutate({ ...patch, version: persona.version });
  };
  const ro = !can.allowed;

  return (
    <form onSubmit={form.onSubmit(submit)}>
      <Stack>
        <ReadOnlyNote artefact="persona" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Name"
            required
            disabled={ro}
            {...form.getInputProps('name')}
            {...charLimit(form.values.name, LIMITS.name)}
          />
          <TextInput label="Role or job title" disabled={ro} {...form.getInputProps('title')} />
          <Select
            label="Buying role"
            data={buyingRoleOptions}
            clearable
            disabled={ro}
            {...form.getInputProps('buyingRole')}
          />
          <MultiSelect
            label="Linked products"
            data={optionsOf(products.data)}
            searchable
            disabled={ro}
            {...form.getInputProps('productIds')}
          />
        </SimpleGrid>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          disabled={ro}
          {...form.getInputProps('description')}
          {...charLimit(form.values.description, LIMITS.longText)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label="Demographics"
            description="Age, seniority, background"
            autosize
            minRows={2}
            disabled={ro}
            {...form.getInputProps('demographics')}
          />
          <Textarea
            label="Firmographics"
            description="Company size, industry, region, tech stack"
            autosize
            minRows={2}
            disabled={ro}
            {...form.getInputProps('firmographics')}
          />
          {LISTS.map((field) => (
            <Textarea
              key={field}
              label={humanize(field)}
              description="One per line"
              autosize
              minRows={3}
              disabled={ro}
              {...form.getInputProps(field)}
            />
          ))}
        </SimpleGrid>
        <MultiSelect
          label="Preferred channels"
          data={channelOptions}
          searchable
          disabled={ro}
          {...form.getInputProps('preferredChannels')}
        />
        <ErrorNote form={form} error={save.error} title="Could not save the persona" />
        <Group justify="space-between">
          <Group gap={4}>
            {persona.preferredChannels.length === 0 && (
              <Badge color="yellow" variant="light">
                No preferred channel yet
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <Button variant="default" onClick={form.reset} disabled={ro || !form.isDirty()}>
              Discard changes
            </Button>
            <GuardedButton
              artefact="persona"
              action="update"
              type="submit"
              loading={save.isPending}
              disabled={!form.isDirty()}
            >
              Save persona
            </GuardedButton>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

function DeletePersona({ persona, onDeleted }: { persona: PersonaDetail; onDeleted: () => void }) {
  const ws = useWorkspace();
  const [opened, modal] = useDisclosure(false);
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/personas/{id}', {
          params: { path: { workspaceId: ws.id, id: persona.id } },
        }),
      ),
    meta: { inline: true, success: 'Persona deleted' },
    onSuccess: () => {
      modal.close();
      onDeleted();
    },
  });
  return (
    <>
      <GuardedButton artefact="persona" action="delete" variant="subtle" color="red" onClick={modal.open}>
        Delete persona
      </GuardedButton>
      <Modal opened={opened} onClose={modal.close} title={`Delete ${persona.name}?`}>
        <Stack>
          <Text size="sm">
            Feedback and features lose the mention. The server refuses while messaging, requirements or
            campaigns still use this persona.
          </Text>
          <ErrorNote error={remove.error} title="Could not delete" />
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              Delete persona
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
