import { Anchor, Button, Group, List, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { roleLabel, rolesLabel } from '../../app/roles';
import { type Action, type Artefact, useCan, useWorkspace } from '../../app/workspace';
import { ImportFeedback } from '../feedback/ImportFeedback';
import { ProductForm, ProductLineForm } from '../products/ProductForms';
import { productTree } from '../products/values';
import { ReleaseForm } from '../releases/ReleaseForm';
import { InviteForm } from '../settings/InviteForm';
import type { SetupState } from './FirstRun';

type StepProps = { data: SetupState; onProgress: () => void };

/**
 * For a role that may not take a step: who does, by name (members of the owning roles, then admins), so
 * the person knows whom to ask.
 */
function WhoDoes(props: { artefact: Artefact; action: Action; data: SetupState; what: string }) {
  const can = useCan(props.artefact, props.action);
  if (can.allowed) return null;
  const roles = can.owners;
  const people = props.data.members.filter((m) => roles.includes(m.role) || m.role === 'admin');
  return (
    <Text size="sm" role="note">
      {`Only ${roles.length ? `a ${rolesLabel(roles)} or an admin` : 'an admin'} can ${props.what}`}
      {people.length
        ? `: ask ${people.map((m) => `${m.name} (${roleLabel(m.role)})`).join(', ')}.`
        : '. Nobody in this workspace has that role yet; an admin can invite one.'}
    </Text>
  );
}

/** The product line that new products and the first release go in: the one created here, or the first. */
function defaultLine(data: SetupState, createdId: string | null) {
  if (createdId) return createdId;
  const tree = productTree(data.products);
  return (tree.find((t) => t.products.length > 0) ?? tree[0])?.line.id ?? null;
}

export function CatalogStep({ data, onProgress }: StepProps) {
  const can = useCan('product', 'create');
  const [lineId, setLineId] = useState<string | null>(null);
  const [addingLine, setAddingLine] = useState(false);
  const tree = productTree(data.products);
  const line = defaultLine(data, lineId);
  return (
    <>
      <Text size="sm">
        A product line groups the products you sell; a release planned for the line is open to the features of
        all its products. Selling a single product? Create it as the line and skip the products.
      </Text>
      {tree.length > 0 && (
        <List size="sm" aria-label="Product lines and products">
          {tree.map((t) => (
            <List.Item key={t.line.id}>
              <strong>{t.line.name}</strong>
              {t.products.length > 0 && `: ${t.products.map((p) => p.name).join(', ')}`}
            </List.Item>
          ))}
        </List>
      )}
      <WhoDoes artefact="product" action="create" data={data} what="create products" />
      {can.allowed && (tree.length === 0 || addingLine) && (
        <>
          <Title order={3} size="h6">
            New product line
          </Title>
          <ProductLineForm
            compact
            onSaved={(saved) => {
              setLineId(saved.id);
              setAddingLine(false);
              onProgress();
            }}
            onCancel={tree.length ? () => setAddingLine(false) : undefined}
          />
        </>
      )}
      {can.allowed && tree.length > 0 && !addingLine && (
        <>
          <Title order={3} size="h6">
            New product
          </Title>
          <ProductForm key={line ?? 'none'} compact defaultLineId={line} onSaved={onProgress} />
          <Group>
            <Button variant="subtle" size="xs" onClick={() => setAddingLine(true)}>
              Add another product line
            </Button>
          </Group>
        </>
      )}
    </>
  );
}

export function ReleaseStep({ data, onProgress }: StepProps) {
  const ws = useWorkspace();
  const can = useCan('release', 'create');
  const line = defaultLine(data, null);
  return (
    <>
      <Text size="sm">
        A release is what features are planned into, with a target date; its capacity and description can
        follow on the release page.
      </Text>
      {data.releases.length > 0 && (
        <List size="sm" aria-label="Releases">
          {data.releases.map((r) => (
            <List.Item key={r.id}>
              <Anchor component={Link} to={`/w/${ws.id}/releases/${r.id}`}>
                {r.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      <WhoDoes artefact="release" action="create" data={data} what="plan releases" />
      {can.allowed &&
        (data.products.length === 0 ? (
          <Text size="sm" c="dimmed">
            A release belongs to a product or product line: create one in the first step.
          </Text>
        ) : (
          <ReleaseForm key={line ?? 'none'} compact defaultProductId={line} onSaved={onProgress} />
        ))}
    </>
  );
}

export function TeamStep({ data, onProgress }: StepProps) {
  const ws = useWorkspace();
  const isAdmin = ws.role === 'admin';
  const admins = data.members.filter((m) => m.role === 'admin');
  return (
    <>
      <Text size="sm">
        Each person has one role: product managers own the roadmap, product marketers the launches and
        messaging, marketers the programs and campaigns, sales record what customers say.
      </Text>
      <List size="sm" aria-label="Members">
        {data.members.map((m) => (
          <List.Item key={m.userId}>
            {m.name} · {roleLabel(m.role)}
          </List.Item>
        ))}
        {data.counts.invitations > 0 && (
          <List.Item>
            {data.counts.invitations === 1
              ? '1 invitation waiting for an answer'
              : `${data.counts.invitations} invitations waiting for an answer`}
          </List.Item>
        )}
      </List>
      {isAdmin ? (
        <>
          <InviteForm onInvited={onProgress} />
          <Anchor component={Link} to={`/w/${ws.id}/settings/members`} size="sm">
            Manage members and invitations in Settings
          </Anchor>
        </>
      ) : (
        <Text size="sm" role="note">
          Admins invite teammates: ask {admins.map((m) => m.name).join(', ') || 'an admin'}.
        </Text>
      )}
    </>
  );
}

export function FeedbackStep({ data, onProgress }: StepProps) {
  const ws = useWorkspace();
  const can = useCan('feedback', 'create');
  return (
    <>
      <Text size="sm">
        Bring in what customers already told you (from a spreadsheet, a survey or a support tool export). Rows
        that cannot be imported are listed with the reason, to fix and import again.
      </Text>
      <WhoDoes artefact="feedback" action="create" data={data} what="record feedback" />
      {can.allowed && (
        <>
          <ImportFeedback onDone={(r) => r.imported > 0 && onProgress()} />
          <Text size="sm" c="dimmed">
            Or record feedback one piece at a time in the{' '}
            <Anchor component={Link} to={`/w/${ws.id}/feedback`} inherit underline="always">
              Feedback inbox
            </Anchor>
            .
          </Text>
        </>
      )}
    </>
  );
}
