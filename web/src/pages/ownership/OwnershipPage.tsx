import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { ARTEFACT_LABEL, roleLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';
import { PageHeader } from '../../components/States';

const CONTRIBUTION_LABEL: Record<string, string> = {
  create: 'adds',
  comment: 'comments',
  link_feedback: 'links feedback',
  propose: 'proposes',
  review: 'reviews',
};

/** "Who owns what": the same matrix the server enforces, as people read it. */
export default function OwnershipPage() {
  const ws = useWorkspace();
  const { artefacts, roles } = ws.ownership;
  const shownRoles = roles.filter((r) => r !== 'admin');
  return (
    <>
      <PageHeader
        title="Who owns what"
        subtitle="Owners create, edit and run the workflow; others take part as shown; admins may do everything."
      />
      <Group gap="xs" mb="sm">
        <Badge color="indigo">Owns</Badge>
        <Badge color="teal" variant="light">
          Takes part
        </Badge>
        <Badge color="gray" variant="outline">
          Reads
        </Badge>
        <Text size="sm" c="dimmed">
          You are {roleLabel(ws.role)}: your column is highlighted.
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders aria-label="Ownership matrix" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">What</Table.Th>
              {shownRoles.map((r) => (
                <Table.Th key={r} scope="col" bg={r === ws.role ? 'indigo.0' : undefined}>
                  {roleLabel(r)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {artefacts.map((a) => (
              <Table.Tr key={a.artefact}>
                <Table.Th scope="row" fw={400}>
                  <Text fw={600} size="sm">
                    {ARTEFACT_LABEL[a.artefact] ?? a.artefact}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {a.description}
                  </Text>
                </Table.Th>
                {shownRoles.map((r) => {
                  const may = a.contributors.find((c) => c.role === r)?.may ?? [];
                  // Reviewing is its own column of the matrix; shown with the ways a role takes part.
                  const contributes = a.reviewers.includes(r) ? [...may, 'review'] : may;
                  return (
                    <Table.Td key={r} bg={r === ws.role ? 'indigo.0' : undefined}>
                      <Stack gap={2} align="flex-start">
                        {a.owners.includes(r) ? (
                          <Badge color="indigo">Owns</Badge>
                        ) : contributes.length ? (
                          <Badge color="teal" variant="light" style={{ textTransform: 'none' }}>
                            {contributes.map((c) => CONTRIBUTION_LABEL[c] ?? c).join(', ')}
                          </Badge>
                        ) : a.readers.includes(r) ? (
                          <Badge color="gray" variant="outline">
                            Reads
                          </Badge>
                        ) : (
                          <Text size="xs" c="dimmed">
                            No access
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
