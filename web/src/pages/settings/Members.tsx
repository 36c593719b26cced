import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { ROLE_LABEL, roleLabel } from '../../app/roles';
import { type Role, useWorkspace } from '../../app/workspace';
import { InviteForm } from './InviteForm';
import { Loading } from '../../components/States';
import { InviteAgain, LeaveWorkspace } from './MemberActions';

const ROLE_OPTIONS = Object.entries(ROLE_LABEL).map(([value, label]) => ({ value, label }));

export function Members() {
  const ws = useWorkspace();
  const path = { workspaceId: ws.id };
  const isAdmin = ws.role === 'admin';
  const members = useQuery({
    queryKey: ['members', ws.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/members', { params: { path, query: { limit: 200 } } }),
      ),
  });
  const invitations = useQuery({
    enabled: isAdmin,
    queryKey: ['invitations', ws.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/invitations', { params: { path, query: { limit: 200 } } }),
      ),
  });
  const changeRole = useMutation({
    mutationFn: (v: { userId: string; role: Role; version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/members/{userId}', {
          params: { path: { ...path, userId: v.userId } },
          body: { role: v.role, version: v.version },
        }),
      ),
    meta: { success: 'Role changed' },
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/members/{userId}', {
          params: { path: { ...path, userId } },
        }),
      ),
    meta: { success: 'Member removed' },
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/invitations/{id}', {
          params: { path: { ...path, id } },
        }),
      ),
    meta: { success: 'Invitation revoked' },
  });
  return (
    <Stack gap="lg">
      {!isAdmin && (
        <Text size="sm" c="dimmed" role="note">
          Only admins manage members and invitations.
        </Text>
      )}
      <Loading query={members}>
        {(data) => (
          <Table striped withTableBorder aria-label="Members">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Member since</Table.Th>
                {isAdmin && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((m) => (
                <Table.Tr key={m.userId}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.email}</Table.Td>
                  <Table.Td>
                    {isAdmin ? (
                      <Select
                        aria-label={`Role of ${m.name}`}
                        size="xs"
                        w={180}
                        allowDeselect={false}
                        data={ROLE_OPTIONS}
                        value={m.role}
                        onChange={(role) =>
                          role &&
                          changeRole.mutate({ userId: m.userId, role: role as Role, version: m.version })
                        }
                      />
                    ) : (
                      roleLabel(m.role)
                    )}
                  </Table.Td>
                  <Table.Td>{dayjs(m.createdAt).format('D MMM YYYY')}</Table.Td>
                  {isAdmin && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${m.name}`}
                        onClick={() => {
                          if (window.confirm(`Remove ${m.name} from ${ws.name}? They lose access at once.`))
                            remove.mutate(m.userId);
                        }}
                      >
                        Remove
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Loading>
      {isAdmin && (
        <>
          <Title order={2} size="h4">
            Invite someone
          </Title>
          <InviteForm />
          <Title order={2} size="h4">
            Pending invitations
          </Title>
          <Loading query={invitations}>
            {(data) =>
              data.items.length ? (
                <Table withTableBorder aria-label="Pending invitations">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Email</Table.Th>
                      <Table.Th>Role</Table.Th>
                      <Table.Th>Expires</Table.Th>
                      <Table.Th>Actions</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td>{i.email}</Table.Td>
                        <Table.Td>{roleLabel(i.role)}</Table.Td>
                        <Table.Td>
                          {i.status === 'expired' ? 'Expired' : dayjs(i.expiresAt).format('D MMM YYYY')}
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            {i.status === 'expired' && <InviteAgain invitation={i} />}
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              aria-label={`Revoke the invitation of ${i.email}`}
                              onClick={() => revoke.mutate(i.id)}
                            >
                              Revoke
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm" c="dimmed">
                  No pending invitations.
                </Text>
              )
            }
          </Loading>
        </>
      )}
      <LeaveWorkspace />
    </Stack>
  );
}
