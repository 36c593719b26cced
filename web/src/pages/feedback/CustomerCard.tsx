import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Loading } from '../../components/States';
import { SEGMENT_LABEL } from '../../app/labels';
import { formatMoney } from '../../app/format';
import { ExternalLink } from '../../components/ExternalLink';

function Line(props: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text size="sm">{props.children}</Text>
    </div>
  );
}

/** Who said it: the customer company, its weight, and the person. */
export function CustomerCard(props: { customerId: string | null; contactId: string | null }) {
  const ws = useWorkspace();
  const customer = useQuery({
    queryKey: ['customers', ws.id, props.customerId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/customers/{id}', {
          params: { path: { workspaceId: ws.id, id: props.customerId! } },
        }),
      ),
    enabled: Boolean(props.customerId),
  });
  const contact = useQuery({
    queryKey: ['contacts', ws.id, props.contactId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/contacts/{id}', {
          params: { path: { workspaceId: ws.id, id: props.contactId! } },
        }),
      ),
    enabled: Boolean(props.contactId),
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Customer">
      <Text fw={700} component="h2" size="md" m={0} mb="xs">
        Customer
      </Text>
      {!props.customerId ? (
        <Text size="sm" c="dimmed">
          No customer recorded. Demand from this item counts as feedback, not as customer revenue.
        </Text>
      ) : (
        <Loading query={customer} label="Loading customer">
          {(c) => (
            <Stack gap={6}>
              <Anchor component={Link} to={`/w/${ws.id}/customers/${c.id}`} fw={600}>
                {c.name}
              </Anchor>
              <Line label="Segment">{c.segment ? SEGMENT_LABEL[c.segment] : '—'}</Line>
              <Line label="Plan">{c.plan ?? '—'}</Line>
              <Line label="Annual revenue">{formatMoney(c.annualRevenue)}</Line>
              {c.website && (
                <Line label="Website">
                  <ExternalLink href={c.website} size="sm">
                    {c.website.replace(/^https?:\/\//, '')}
                  </ExternalLink>
                </Line>
              )}
            </Stack>
          )}
        </Loading>
      )}
      {props.contactId && (
        <Loading query={contact} label="Loading contact">
          {(p) => (
            <Stack gap={2} mt="sm">
              <Text size="xs" c="dimmed">
                Contact
              </Text>
              <Text size="sm">
                {p.name}
                {p.title && `, ${p.title}`}
              </Text>
              {p.email && (
                <Anchor href={`mailto:${p.email}`} size="sm">
                  {p.email}
                </Anchor>
              )}
            </Stack>
          )}
        </Loading>
      )}
    </Paper>
  );
}
