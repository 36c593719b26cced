import { Alert, Button, Group, Input, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { ME_KEY } from '../../app/session';
import { useWorkspace } from '../../app/workspace';
import { dispositionName, saveFile } from '../../components/download';
import { ErrorNote } from '../../components/States';
import { importedCounts, readExportFile } from './transfer';

/**
 * Settings › Export and import: the whole workspace as one JSON file (admins), and a file imported as a new
 * workspace (anyone signed in: the importer is its only member, the file's people are invited).
 */
export function Transfer() {
  return (
    <Stack gap="xl" maw={760}>
      <ExportSection />
      <ImportSection />
    </Stack>
  );
}

function ExportSection() {
  const ws = useWorkspace();
  const isAdmin = ws.role === 'admin';
  const download = useMutation({
    mutationFn: async () => {
      const call = api.GET('/api/v1/workspaces/{workspaceId}/export', {
        params: { path: { workspaceId: ws.id } },
        parseAs: 'blob',
      }) as Promise<{ data?: Blob; error?: unknown; response: Response }>;
      const blob = await unwrap(call);
      const header = (await call).response.headers.get('content-disposition');
      const name = dispositionName(header) ?? `tandem-${ws.id}.json`;
      saveFile(name, blob, 'application/json');
      return { name, size: blob.size };
    },
    meta: { inline: true },
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="export-title">
      <Title order={2} size="h4" id="export-title">
        Export this workspace
      </Title>
      <Text size="sm">
        One JSON file with everything in {ws.name}: feedback, features, releases, launches, programs,
        campaigns, budgets, comments and the activity log. Use it as a backup, or import it on another Tandem
        server. Passwords, sessions, API tokens and notifications are not in it.
      </Text>
      {!isAdmin && (
        <Text size="sm" c="dimmed" role="note">
          Only admins export the workspace.
        </Text>
      )}
      <Group>
        <Button
          onClick={() => download.mutate()}
          loading={download.isPending}
          disabled={!isAdmin}
          title={isAdmin ? undefined : 'Only admins export the workspace'}
        >
          Download export
        </Button>
      </Group>
      {download.data && (
        <Text size="sm" role="status">
          Saved {download.data.name} ({formatSize(download.data.size)}).
        </Text>
      )}
      <ErrorNote error={download.error} title="The export failed" />
    </Stack>
  );
}

function ImportSection() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const fileId = useId();
  const [inputKey, setInputKey] = useState(0);
  const [doc, setDoc] = useState<{ fileName: string; body: object; exportedName: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const run = useMutation({
    mutationFn: (v: { body: object; name: string }) =>
      unwrap(
        api.POST('/api/v1/workspaces/import', {
          params: { query: v.name ? { name: v.name } : {} },
          body: v.body as Record<string, never>,
        }),
      ),
    meta: { inline: true },
    // The new workspace joins the person's list (the switcher, the routes).
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });

  const pick = async (file: File | undefined) => {
    run.reset();
    setDoc(null);
    setFileError(null);
    if (!file) return;
    const read = readExportFile(file.name, await file.text());
    if ('error' in read) return setFileError(read.error);
    setDoc({ fileName: file.name, ...read });
    setName(read.exportedName);
  };
  const reset = () => {
    run.reset();
    setDoc(null);
    setName('');
    setInputKey((k) => k + 1);
  };

  const result = run.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-title">
      <Title order={2} size="h4" id="import-title">
        Import a workspace file
      </Title>
      <Text size="sm">
        Creates a new workspace from an export file; nothing in this workspace changes. You become its only
        member, as admin. The file&apos;s other members are invited with their roles and join by accepting.
      </Text>
      {!result && (
        <>
          <Input.Wrapper
            id={fileId}
            label="Workspace export file"
            description="A .json file downloaded from Export this workspace."
            error={fileError}
          >
            <Input
              key={inputKey}
              id={fileId}
              type="file"
              accept=".json,application/json"
              pt={4}
              onChange={(e) => void pick((e.currentTarget as HTMLInputElement).files?.[0])}
            />
          </Input.Wrapper>
          {doc && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                run.mutate({ body: doc.body, name: name.trim() });
              }}
            >
              <Group align="flex-end">
                <TextInput
                  label="Name of the new workspace"
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  maxLength={200}
                  w={320}
                />
                <Button type="submit" loading={run.isPending}>
                  Import as a new workspace
                </Button>
              </Group>
            </form>
          )}
          <ErrorNote
            error={run.error && tooLarge(run.error)}
            title="The import failed; nothing was created"
          />
        </>
      )}
      {result && (
        <Alert color="teal" title={`Imported as “${result.name}”`} role="status">
          <Stack gap="xs">
            <List size="sm" aria-label="What was imported">
              {importedCounts(result.counts).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
              <List.Item>
                {result.invited === 1
                  ? '1 person invited with their role'
                  : `${result.invited} people invited with their roles`}
              </List.Item>
              {result.notes.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
            <Group>
              <Button onClick={() => navigate(`/w/${result.workspaceId}`)}>Open {result.name}</Button>
              <Button variant="default" onClick={reset}>
                Import another file
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

/** A 413 says the limit is the server's setting, which only its operator can raise. */
function tooLarge(err: Error) {
  if (!(err instanceof ApiError) || err.status !== 413) return err;
  return new Error(
    'The file is larger than this server accepts (its operator sets the limit with TANDEM_IMPORT_MAX_BYTES).',
  );
}

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
