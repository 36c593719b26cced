import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, Loading } from '../../components/States';
import { type Campaign, patchCampaign } from './campaign';
import { CHANNEL_LABEL } from '../../app/labels';
import { formatDate } from '../../app/format';
import { MEDIUM_BY_CHANNEL, normaliseUtm, previewTaggedUrl, SOURCE_BY_CHANNEL } from './utm';

type Values = {
  destination: string;
  label: string;
  source: string;
  medium: string;
  campaign: string;
  content: string;
  term: string;
};

/** Copies a value, saying so. */
function CopyLink({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="xs" variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
          {copied ? 'Copied' : label}
        </Button>
      )}
    </CopyButton>
  );
}

/**
 * The UTM link builder: a live preview built by the same rules as the server, saved as a campaign link.
 * Source, medium and campaign belong to the campaign (changing them here updates it, and every saved link
 * follows); content and term belong to each link.
 */
export function UtmBuilder({ campaign }: { campaign: Campaign }) {
  const ws = useWorkspace();
  const can = useCan('campaign', 'update');
  const links = useQuery({
    queryKey: ['campaign-links', ws.id, campaign.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/campaigns/{id}/links', {
          params: { path: { workspaceId: ws.id, id: campaign.id } },
        }),
      ),
  });
  const form = useForm<Values>({
    initialValues: {
      destination: campaign.landingUrl,
      label: '',
      source: campaign.utm.source,
      medium: campaign.utm.medium,
      campaign: campaign.utm.campaign,
      content: '',
      term: '',
    },
  });
  const v = form.values;
  const preview = previewTaggedUrl({ ...v });
  const campaignWide =
    preview.ok &&
    (preview.tags.source !== campaign.utm.source ||
      preview.tags.medium !== campaign.utm.medium ||
      preview.tags.campaign !== campaign.utm.campaign);

  const save = useMutation({
    mutationFn: async ({ version, ...values }: Values & { version: number }) => {
      const tags = {
        source: normaliseUtm(values.source),
        medium: normaliseUtm(values.medium),
        campaign: normaliseUtm(values.campaign),
      };
      if (
        tags.source !== campaign.utm.source ||
        tags.medium !== campaign.utm.medium ||
        tags.campaign !== campaign.utm.campaign
      )
        await patchCampaign(ws.id, campaign.id, {
          utmSource: tags.source,
          utmMedium: tags.medium,
          utmCampaign: tags.campaign,
          version,
        });
      return unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/campaigns/{id}/links', {
          params: { path: { workspaceId: ws.id, id: campaign.id } },
          body: {
            destinationUrl: values.destination.trim(),
            ...(values.label.trim() ? { label: values.label.trim() } : {}),
            ...(values.content.trim() ? { utmContent: values.content } : {}),
            ...(values.term.trim() ? { utmTerm: values.term } : {}),
          },
        }),
      );
    },
    meta: {
      inline: true,
      success: 'Tagged link saved',
      conflict: { workspaceId: ws.id, entityType: 'campaign', entityId: campaign.id },
    },
    onSuccess: () => form.setValues({ label: '', content: '', term: '' }),
  });
  const remove = useMutation({
    mutationFn: (linkId: string) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/campaigns/{id}/links/{linkId}', {
          params: { path: { workspaceId: ws.id, id: campaign.id, linkId } },
        }),
      ),
    meta: { success: 'Link deleted' },
  });
  const disabled = !can.allowed;

  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={form.onSubmit((values) => save.mutate({ ...values, version: campaign.version }))}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Destination URL"
                placeholder="https://example.com/landing-page"
                required
                disabled={disabled}
                {...form.getInputProps('destination')}
              />
              <TextInput
                label="Link label"
                placeholder="e.g. Hero banner, newsletter footer"
                disabled={disabled}
                {...form.getInputProps('label')}
              />
              <TextInput label="utm_source" required disabled={disabled} {...form.getInputProps('source')} />
              <TextInput label="utm_medium" required disabled={disabled} {...form.getInputProps('medium')} />
              <TextInput
                label="utm_campaign"
                required
                disabled={disabled}
                {...form.getInputProps('campaign')}
              />
              <TextInput
                label="utm_content"
                description="Which ad or link"
                disabled={disabled}
                {...form.getInputProps('content')}
              />
              <TextInput
                label="utm_term"
                description="Paid keyword"
                disabled={disabled}
                {...form.getInputProps('term')}
              />
            </SimpleGrid>
            <Group gap="xs">
              <Button
                variant="subtle"
                size="compact-sm"
                disabled={disabled}
                onClick={() =>
                  form.setValues({
                    source: SOURCE_BY_CHANNEL[campaign.channel],
                    medium: MEDIUM_BY_CHANNEL[campaign.channel],
                  })
                }
              >
                Defaults for {CHANNEL_LABEL[campaign.channel]}
              </Button>
              <Text size="xs" c="dimmed">
                Values are normalised: lower case, accents removed, spaces and symbols become hyphens.
              </Text>
            </Group>
            <div aria-live="polite">
              <Text size="sm" fw={600} mb={4}>
                Preview
              </Text>
              {preview.ok ? (
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Code
                    block
                    style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
                    data-testid="utm-preview"
                  >
                    {preview.url}
                  </Code>
                  <CopyLink value={preview.url} label="Copy preview" />
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {preview.error}
                </Text>
              )}
            </div>
            {campaignWide && (
              <Alert color="yellow" title="Campaign-wide change">
                Source, medium or campaign differ from the campaign&apos;s tags. Saving updates the campaign,
                and every saved link of it follows.
              </Alert>
            )}
            <ErrorNote error={save.error} title="Could not save the link" />
            <Group justify="flex-end">
              <GuardedButton
                artefact="campaign"
                action="update"
                type="submit"
                loading={save.isPending}
                disabled={can.allowed && !preview.ok}
              >
                Save link
              </GuardedButton>
            </Group>
          </Stack>
        </form>
      </Paper>

      <Loading query={links} label="Loading links">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="No tagged links yet">
              Build one above for each place the campaign links from: an ad, an email, a post.
            </Empty>
          ) : (
            <Table withTableBorder aria-label="Tagged links">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Link</Table.Th>
                  <Table.Th>Tagged URL</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {l.label || 'Untitled link'}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[l.utmContent && `content: ${l.utmContent}`, l.utmTerm && `term: ${l.utmTerm}`]
                          .filter(Boolean)
                          .join(' · ') || l.destinationUrl}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>
                      <Code>{l.url}</Code>
                    </Table.Td>
                    <Table.Td>{formatDate(l.createdAt)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <CopyLink value={l.url} label="Copy" />
                        <GuardedButton
                          artefact="campaign"
                          action="update"
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={remove.isPending && remove.variables === l.id}
                          onClick={() => remove.mutate(l.id)}
                          aria-label={`Delete link ${l.label || l.url}`}
                        >
                          Delete
                        </GuardedButton>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Loading>
    </Stack>
  );
}
