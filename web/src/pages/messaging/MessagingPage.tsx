import { Anchor, Badge, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useWorkspace } from '../../app/workspace';
import { Empty, ErrorNote, Loading, PageHeader, Spinner } from '../../components/States';
import { nameOf, type Persona, type Product, usePersonas, useProducts } from '../../app/lookups';
import { STATUS } from '../positioning/approval';
import { loadMatrix, type Matrix, type MatrixRow } from './data';
import { MessagingEditor } from './MessagingEditor';
import { NoProductsYet } from '../products/CatalogActions';
import { FormDrawer } from '../../components/FormModal';

export default function MessagingPage() {
  const ws = useWorkspace();
  const products = useProducts();
  const personas = usePersonas();
  return (
    <Stack>
      <PageHeader
        title="Messaging"
        subtitle="The approved words for each product and persona: the copy source for every campaign."
      />
      <Loading query={products}>
        {(p) => (
          <Loading query={personas}>
            {(ps) =>
              p.items.length === 0 ? (
                <NoProductsYet>
                  Messaging is written for each product and buyer persona. Start with a product.
                </NoProductsYet>
              ) : ps.items.length === 0 ? (
                <Empty
                  title="Messaging needs buyer personas"
                  action={
                    <Anchor component={Link} to={`/w/${ws.id}/personas`}>
                      Go to Personas
                    </Anchor>
                  }
                >
                  Add the buyer personas you sell to; each product and persona then gets its own messaging.
                </Empty>
              ) : (
                <MatrixTable products={p.items} personas={ps.items} />
              )
            }
          </Loading>
        )}
      </Loading>
    </Stack>
  );
}

function MatrixTable({ products, personas }: { products: Product[]; personas: Persona[] }) {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams();
  const matrices = useQueries({
    queries: products.map((p) => ({
      queryKey: ['messaging-matrix', ws.id, p.id],
      queryFn: () => loadMatrix(ws.id, p.id),
    })),
  });
  const failed = matrices.find((m) => m.isError);
  if (failed) return <ErrorNote error={failed.error} />;
  if (matrices.some((m) => m.isPending)) return <Spinner label="Loading the messaging matrix" />;
  const byProduct = new Map(products.map((p, i) => [p.id, matrices[i]!.data as Matrix]));
  const cell = (productId: string, personaId: string) =>
    byProduct.get(productId)?.rows.find((r) => r.persona.id === personaId);
  const open = params.get('productId') && params.get('personaId');
  const close = () =>
    setParams(
      (p) => {
        p.delete('productId');
        p.delete('personaId');
        return p;
      },
      { replace: true },
    );

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label="Messaging matrix" withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={200}>Persona</Table.Th>
              {products.map((p) => (
                <Table.Th key={p.id}>{p.name}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {personas.map((persona) => (
              <Table.Tr key={persona.id}>
                <Table.Th scope="row">
                  <Text fw={600} size="sm">
                    {persona.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {persona.title}
                  </Text>
                </Table.Th>
                {products.map((product) => (
                  <Table.Td key={product.id} valign="top">
                    <Cell
                      row={cell(product.id, persona.id)}
                      onOpen={() => setParams({ productId: product.id, personaId: persona.id })}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <FormDrawer
        opened={Boolean(open)}
        onClose={close}
        position="right"
        size="xl"
        title={
          open
            ? `${nameOf({ items: products }, params.get('productId'))} × ${nameOf(
                { items: personas },
                params.get('personaId'),
              )}`
            : ''
        }
      >
        {open && (
          <MessagingEditor
            key={`${params.get('productId')}:${params.get('personaId')}`}
            productId={params.get('productId')!}
            personaId={params.get('personaId')!}
          />
        )}
      </FormDrawer>
    </>
  );
}

/** One product × persona: the approved headline, the latest version's status, the pillars. */
function Cell({ row, onOpen }: { row: MatrixRow | undefined; onOpen: () => void }) {
  const latest = row?.latest;
  const approved = row?.approved;
  return (
    <UnstyledButton onClick={onOpen} w="100%" p={4} style={{ borderRadius: 4 }}>
      <Stack gap={4}>
        {!row ? (
          <Text size="sm" c="dimmed">
            Not linked · write messaging
          </Text>
        ) : (
          <>
            <Text size="sm" fw={approved ? 600 : 400} c={approved ? undefined : 'dimmed'}>
              {approved?.headline || 'No approved headline'}
            </Text>
            {latest ? (
              <Badge size="sm" variant="light" color={STATUS[latest.status].color}>
                {STATUS[latest.status].label} · rev {latest.revision}
              </Badge>
            ) : (
              <Badge size="sm" variant="outline" color="gray">
                Not started
              </Badge>
            )}
            {approved && approved.pillars.length > 0 && (
              <Text size="xs" c="dimmed">
                {approved.pillars.map((p) => p.title).join(' · ')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </UnstyledButton>
  );
}
