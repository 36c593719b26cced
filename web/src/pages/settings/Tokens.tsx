import { Alert, Button, Code, CopyButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { Empty, ErrorNote, Loading } from '../../components/States';

/** Personal API tokens for scripts and the CLI: shown once, stored hashed, revocable. */
export function Tokens() {
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: () => unwrap(api.GET('/api/v1/me/tokens')) });
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm({ initialValues: { name: '' } });
  const create = useMutation({
    mutationFn: (body: { name: string }) => unwrap(api.POST('/api/v1/me/tokens', { body })),
    meta: { inline: true },
    onSuccess: (res) => {
      form.reset();
      setSecret(res.token);
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/me/tokens/{id}', { params: { path: { id } } })),
    meta: { success: 'Token revoked' },
  });
  return (
    <Stack>
      <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
        <Group align="flex-end">
          <TextInput
            label="Token name"
            placeholder="e.g. CI import script"
            required
            w={320}
            {...form.getInputProps('name')}
          />
          <Button type="submit" loading={create.isPending}>
            Create token
          </Button>
        </Group>
      </form>
      <ErrorNote error={create.error} title="Could not create the token" />
      {secret && (
        <Alert color="yellow" title="Copy your token now: it will not be shown again">
          <Group gap="xs">
            <Code data-testid="new-token">{secret}</Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" mt="xs">
            Use it as <Code>Authorization: Bearer &lt;token&gt;</Code>, or with the CLI.
          </Text>
        </Alert>
      )}
      <Loading query={tokens}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="No API tokens">Create one to use the API or the `tandem` CLI from scripts.</Empty>
          ) : (
            <Table withTableBorder aria-label="API tokens">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Starts with</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>{t.name}</Table.Td>
                    <Table.Td>
                      <Code>{t.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>{dayjs(t.createdAt).format('D MMM YYYY')}</Table.Td>
                    <Table.Td>
                      {t.lastUsedAt ? dayjs(t.lastUsedAt).format('D MMM YYYY HH:mm') : 'never'}
                    </Table.Td>
                    <Table.Td>
                      {t.revokedAt ? (
                        <Text size="sm" c="dimmed">
                          Revoked {dayjs(t.revokedAt).format('D MMM YYYY')}
                        </Text>
                      ) : (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={`Revoke ${t.name}`}
                          loading={revoke.isPending && revoke.variables === t.id}
                          onClick={() => revoke.mutate(t.id)}
                        >
                          Revoke
                        </Button>
                      )}
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
