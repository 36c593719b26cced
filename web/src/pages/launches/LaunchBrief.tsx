import { Anchor, Code, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Loading } from '../../components/States';
import { briefUrl } from './tasks';

/** The launch brief: a link to the HTML export and a preview, rendered or as Markdown. */
export function LaunchBrief({ launchId }: { launchId: string }) {
  const ws = useWorkspace();
  const [format, setFormat] = useState<'html' | 'markdown'>('html');
  const brief = useQuery({
    queryKey: ['launch-brief', ws.id, launchId, format],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/enablement/launches/{id}/brief', {
          params: { path: { workspaceId: ws.id, id: launchId }, query: { format } },
          parseAs: 'text',
        }),
      ) as Promise<string>,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="md">
          <Anchor href={briefUrl(ws.id, launchId, 'html')} target="_blank" rel="noreferrer">
            Launch brief
          </Anchor>
          <Anchor href={`${briefUrl(ws.id, launchId, 'markdown')}&download=true`}>
            Download as Markdown
          </Anchor>
        </Group>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" id="brief-format">
            Preview as
          </Text>
          <SegmentedControl
            aria-labelledby="brief-format"
            size="xs"
            value={format}
            onChange={(v) => setFormat(v as 'html' | 'markdown')}
            data={[
              { value: 'html', label: 'Formatted' },
              { value: 'markdown', label: 'Markdown' },
            ]}
          />
        </Stack>
      </Group>
      <Loading query={brief} label="Loading the launch brief">
        {(text) =>
          format === 'html' ? (
            <iframe
              title="Launch brief preview"
              sandbox=""
              srcDoc={text}
              style={{
                width: '100%',
                minHeight: 640,
                border: '1px solid var(--mantine-color-gray-3)',
                borderRadius: 4,
                background: 'white',
              }}
            />
          ) : (
            <Code block style={{ whiteSpace: 'pre-wrap' }}>
              {text}
            </Code>
          )
        }
      </Loading>
    </Stack>
  );
}
