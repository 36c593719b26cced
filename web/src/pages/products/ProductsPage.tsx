import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { useProducts, useReleases } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { Empty, Loading, PageHeader } from '../../components/States';
import { NewProductButton, WhoCan } from './CatalogActions';
import { productTree } from './values';

/** Product lines with their products: what each is for, who it is for, and the releases it has. */
export default function ProductsPage() {
  const ws = useWorkspace();
  const products = useProducts();
  const releases = useReleases();
  const releaseCount = (id: string) =>
    releases.data?.items.filter(
      (r) => r.productId === id && (r.status === 'planned' || r.status === 'in_progress'),
    ).length ?? 0;
  const actions = (
    <>
      <NewProductButton kind="line" variant="default" />
      <NewProductButton kind="product" />
    </>
  );

  return (
    <Stack>
      <PageHeader
        title="Products"
        subtitle="Product lines and their products: vision, function, who they are for and the value they bring."
        actions={actions}
      />
      <Loading query={products} label="Loading products">
        {(data) => {
          if (data.items.length === 0)
            return (
              <Empty
                title="No products yet"
                action={
                  <Stack align="center" gap={6}>
                    <Group gap="xs">{actions}</Group>
                    <WhoCan artefact="product" action="create" what="set them up" />
                  </Stack>
                }
              >
                Start with a product line (your whole offering), then add its products. Features, releases,
                scoring models, positioning and launches all belong to a product.
              </Empty>
            );
          const row = (p: (typeof data.items)[number], nested: boolean, isLine: boolean) => (
            <Table.Tr key={p.id}>
              <Table.Td pl={nested ? 'xl' : undefined}>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/w/${ws.id}/products/${p.id}`} fw={nested ? 500 : 700}>
                    {p.name}
                  </Anchor>
                  {isLine && (
                    <Badge variant="light" size="sm">
                      Product line
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{p.function || <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td>{p.targetDemographic || <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td ta="right">{releaseCount(p.id)}</Table.Td>
            </Table.Tr>
          );
          return (
            <Table aria-label="Products" highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Product</Table.Th>
                  <Table.Th>Function</Table.Th>
                  <Table.Th>Target demographic</Table.Th>
                  <Table.Th ta="right">Open releases</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {productTree(data.items).map(({ line, products: children }) => (
                  <Fragment key={line.id}>
                    {row(line, false, children.length > 0)}
                    {children.map((p) => row(p, true, false))}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          );
        }}
      </Loading>
    </Stack>
  );
}
