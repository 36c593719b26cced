import { Button, Group, Paper, Select, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useCan } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { optionsOf, usePersonas, useProducts } from '../../app/lookups';
import { useBulkFeedback } from './data';

/** Actions on every selected item at once (all or nothing on the server). */
export function BulkBar(props: { ids: string[]; onClear: () => void; onLink: () => void }) {
  const bulk = useBulkFeedback();
  const products = useProducts();
  const personas = usePersonas();
  const canTriage = useCan('feedback', 'update').allowed;
  const [tags, setTags] = useState<string[]>([]);
  if (props.ids.length === 0) return null;
  const run = (action: 'triage' | 'archive' | 'reopen') =>
    bulk.mutate({ action, ids: props.ids }, { onSuccess: props.onClear });
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      bg="var(--mantine-color-indigo-light)"
      role="region"
      aria-label="Bulk actions"
    >
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Text size="sm" fw={600} mr="xs" style={{ alignSelf: 'center' }}>
          {props.ids.length} selected
        </Text>
        <GuardedButton
          artefact="feedback"
          action="update"
          size="xs"
          onClick={() => run('triage')}
          loading={bulk.isPending}
        >
          Triage selected
        </GuardedButton>
        <GuardedButton
          artefact="feedback"
          action="update"
          size="xs"
          variant="default"
          onClick={() => run('archive')}
        >
          Archive selected
        </GuardedButton>
        <GuardedButton
          artefact="feedback"
          action="update"
          size="xs"
          variant="default"
          onClick={() => run('reopen')}
        >
          Reopen selected
        </GuardedButton>
        <GuardedButton
          artefact="feature"
          action="link_feedback"
          size="xs"
          variant="default"
          onClick={props.onLink}
        >
          Link to feature
        </GuardedButton>
        {canTriage && (
          <>
            <TagsInput
              size="xs"
              label="Tags"
              placeholder="Add tags"
              value={tags}
              onChange={setTags}
              w={180}
            />
            <Button
              size="xs"
              variant="default"
              disabled={!tags.length}
              onClick={() =>
                bulk.mutate({ action: 'tag', ids: props.ids, tags }, { onSuccess: () => setTags([]) })
              }
            >
              Add tags
            </Button>
            <PickAndSet
              label="Product"
              options={optionsOf(products.data)}
              onSet={(productId) => bulk.mutate({ action: 'set_product', ids: props.ids, productId })}
            />
            <PickAndSet
              label="Persona"
              options={optionsOf(personas.data)}
              onSet={(personaId) => bulk.mutate({ action: 'set_persona', ids: props.ids, personaId })}
            />
          </>
        )}
        <Button size="xs" variant="subtle" onClick={props.onClear}>
          Clear selection
        </Button>
      </Group>
    </Paper>
  );
}

/** A picker and its "Set …" button, enabled once something is picked. */
function PickAndSet(props: {
  label: string;
  options: ReturnType<typeof optionsOf>;
  onSet: (id: string) => void;
}) {
  const [picked, setPicked] = useState<string | null>(null);
  const noun = props.label.toLowerCase();
  return (
    <>
      <Select
        size="xs"
        label={props.label}
        placeholder={`Set ${noun}`}
        data={props.options}
        value={picked}
        onChange={setPicked}
        w={180}
      />
      <Button size="xs" variant="default" disabled={!picked} onClick={() => picked && props.onSet(picked)}>
        Set {noun}
      </Button>
    </>
  );
}
