import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { Comments } from '../../components/Comments';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { Empty, ErrorNote, Loading, PageHeader } from '../../components/States';
import { changedFields, linesToList, listToLines } from '../personas/lists';
import type { Body } from '../../app/lookups';
import { displayHost } from './battlecards';
import { BattlecardForm } from './BattlecardForm';
import { BattlecardView } from './BattlecardView';
import { type Competitor, loadAllBattlecards, loadCompetitor } from './data';
import { ExternalLink } from '../../components/ExternalLink';
import { plural } from '../../app/plural';
import { FormModal } from '../../components/FormModal';

type Patch = Omit<Body<'/api/v1/workspaces/{workspaceId}/competitors/{id}', 'patch'>, 'version'>;

export default function CompetitorDetail() {
  const ws = useWorkspace();
  const { id = '' } = useParams();
  const competitor = useQuery({
    queryKey: ['competitor', ws.id, id],
    queryFn: () => loadCompetitor(ws.id, id),
  });
  return (
    <Loading query={competitor}>
      {(c) => (
        <Stack>
          <Anchor component={Link} to={`/w/${ws.id}/competitors`} size="sm">
            ← All competitors
          </Anchor>
          <PageHeader
            title={c.name}
            subtitle={
              <>
                {c.category || 'No category'}
                {c.website && (
                  <>
                    {' · '}
                    {/* Underlined: inside a line of text a link must not rely on colour alone (axe). */}
                    <ExternalLink href={c.website} size="sm" underline="always">
                      {displayHost(c.website)}
                    </ExternalLink>
                  </>
                )}
              </>
            }
            actions={<DeleteCompetitor competitor={c} />}
          />
          <Battlecards competitor={c} />
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              Profile
            </Title>
            <CompetitorForm key={c.version} competitor={c} />
          </Paper>
          <Paper withBorder p="md">
            <Comments entityType="competitor" entityId={c.id} />
          </Paper>
        </Stack>
      )}
    </Loading>
  );
}

function Battlecards({ competitor }: { competitor: Competitor }) {
  const ws = useWorkspace();
  const [creating, createModal] = useDisclosure(false);
  const cards = useQuery({
    queryKey: ['battlecards', ws.id, { competitorId: competitor.id }],
    queryFn: () => loadAllBattlecards(ws.id, competitor.id),
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Battlecards
        </Title>
        <GuardedButton artefact="battlecard" action="create" variant="light" onClick={createModal.open}>
          New battlecard
        </GuardedButton>
      </Group>
      <Loading query={cards}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty
              title={`No battlecard against ${competitor.name} yet`}
              action={
                <GuardedButton artefact="battlecard" action="create" onClick={createModal.open}>
                  New battlecard
                </GuardedButton>
              }
            >
              Write one per product you sell against them: when you meet them, how you compare, and how to
              answer their objections.
            </Empty>
          ) : (
            data.items.map((card) => <BattlecardView key={card.id} card={card} />)
          )
        }
      </Loading>
      <FormModal
        opened={creating}
        onClose={createModal.close}
        title={`New battlecard against ${competitor.name}`}
        size="xl"
      >
        <BattlecardForm competitorId={competitor.id} onDone={createModal.close} />
      </FormModal>
    </Stack>
  );
}

const valuesOf = (c: Competitor) => ({
  name: c.name,
  website: c.website,
  category: c.category,
  description: c.description,
  strengths: listToLines(c.strengths),
  weaknesses: listToLines(c.weaknesses),
  pricingNotes: c.pricingNotes,
});
type Values = ReturnType<typeof valuesOf>;
const toBody = (v: Values) => ({
  ...v,
  strengths: linesToList(v.strengths),
  weaknesses: linesToList(v.weaknesses),
});

function CompetitorForm({ competitor }: { competitor: Competitor }) {
  const ws = useWorkspace();
  const ro = !useCan('competitor', 'update').allowed;
  const initial = valuesOf(competitor);
  const form = useForm({ initialValues: initial });
  const save = useMutation({
    mutationFn: ({ version, ...patch }: Patch & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/competitors/{id}', {
          params: { path: { workspaceId: ws.id, id: competitor.id } },
          body: { ...patch, version },
        }),
      ),
    meta: {
      inline: true,
      success: 'Competitor saved',
      conflict: { workspaceId: ws.id, entityType: 'competitor', entityId: competitor.id },
    },
  });
  const submit = (v: Values) =>
    save.mutate({ ...changedFields(toBody(initial), toBody(v)), version: competitor.version });

  return (
    <form onSubmit={form.onSubmit(submit)}>
      <Stack>
        <ReadOnlyNote artefact="competitor" />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Name" required disabled={ro} {...form.getInputProps('name')} />
          <TextInput label="Website" type="url" disabled={ro} {...form.getInputProps('website')} />
          <TextInput label="Category" disabled={ro} {...form.getInputProps('category')} />
        </SimpleGrid>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          disabled={ro}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label="Strengths"
            description="One per line"
            autosize
            minRows={3}
            disabled={ro}
            {...form.getInputProps('strengths')}
          />
          <Textarea
            label="Weaknesses"
            description="One per line"
            autosize
            minRows={3}
            disabled={ro}
            {...form.getInputProps('weaknesses')}
          />
        </SimpleGrid>
        <Textarea
          label="Pricing notes"
          autosize
          minRows={2}
          disabled={ro}
          {...form.getInputProps('pricingNotes')}
        />
        <ErrorNote error={save.error} title="Could not save the competitor" />
        <Group justify="flex-end">
          <Button variant="default" onClick={form.reset} disabled={ro || !form.isDirty()}>
            Discard changes
          </Button>
          <GuardedButton
            artefact="competitor"
            action="update"
            type="submit"
            loading={save.isPending}
            disabled={!form.isDirty()}
          >
            Save competitor
          </GuardedButton>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteCompetitor({ competitor }: { competitor: Competitor }) {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/competitors/{id}', {
          params: { path: { workspaceId: ws.id, id: competitor.id } },
        }),
      ),
    meta: { inline: true, success: 'Competitor deleted' },
    onSuccess: () => navigate(`/w/${ws.id}/competitors`),
  });
  return (
    <>
      <GuardedButton artefact="competitor" action="delete" variant="subtle" color="red" onClick={modal.open}>
        Delete competitor
      </GuardedButton>
      <Modal opened={opened} onClose={modal.close} title={`Delete ${competitor.name}?`}>
        <Stack>
          <Text size="sm">
            This deletes the competitor and its {plural(competitor.battlecardCount, 'battlecard')}. Sales lose
            them at once.
          </Text>
          <ErrorNote error={remove.error} title="Could not delete" />
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              Delete competitor
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
