import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { nameOf, useProducts, useReleases } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { Comments } from '../../components/Comments';
import { Empty, Loading, PageHeader } from '../../components/States';
import { NewReleaseButton } from '../releases/NewReleaseButton';
import { ReleaseTable } from '../releases/ReleaseTable';
import { NewProductButton, WhoCan } from './CatalogActions';
import { DeleteEntity } from './DeleteEntity';
import { ProductForm, ProductLineForm } from './ProductForms';

export default function ProductDetail() {
  const ws = useWorkspace();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const products = useProducts();
  const releases = useReleases();
  const product = useQuery({
    queryKey: ['products', ws.id, id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/products/{id}', {
          params: { path: { workspaceId: ws.id, id } },
        }),
      ),
  });
  return (
    <Loading query={product} label="Loading the product">
      {(p) => {
        const children = (products.data?.items ?? []).filter((c) => c.parentId === p.id);
        const isLine = p.parentId === null && children.length > 0;
        const noun = isLine ? 'product line' : 'product';
        const own = (releases.data?.items ?? []).filter((r) => r.productId === p.id);
        return (
          <Stack>
            <Anchor component={Link} to={`/w/${ws.id}/products`} size="sm">
              ← All products
            </Anchor>
            <PageHeader
              title={p.name}
              subtitle={
                isLine ? (
                  `Product line · ${children.length} product${children.length === 1 ? '' : 's'}`
                ) : p.parentId ? (
                  <>
                    Product in{' '}
                    <Anchor
                      component={Link}
                      to={`/w/${ws.id}/products/${p.parentId}`}
                      size="sm"
                      underline="always"
                    >
                      {nameOf(products.data, p.parentId, 'its product line')}
                    </Anchor>
                  </>
                ) : (
                  'Product'
                )
              }
              actions={
                <>
                  <Anchor component={Link} to={`/w/${ws.id}/features?product=${p.id}`} size="sm">
                    Features
                  </Anchor>
                  <DeleteEntity
                    artefact="product"
                    noun={noun}
                    name={p.name}
                    consequence={`This deletes the ${noun} for everyone. It is refused while products, features, releases or other teams' work still belong to it.`}
                    remove={() =>
                      unwrap(
                        api.DELETE('/api/v1/workspaces/{workspaceId}/products/{id}', {
                          params: { path: { workspaceId: ws.id, id: p.id } },
                        }),
                      )
                    }
                    onDeleted={() => navigate(`/w/${ws.id}/products`)}
                  />
                </>
              }
            />
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                Profile
              </Title>
              {isLine ? (
                <ProductLineForm key={p.version} initial={p} />
              ) : (
                <ProductForm key={p.version} initial={p} />
              )}
            </Paper>
            {p.parentId === null && (
              <Stack gap="xs" component="section" aria-label="Products in this line">
                <Group justify="space-between">
                  <Title order={2} size="h4">
                    Products in this line
                  </Title>
                  <NewProductButton kind="product" variant="light" defaultLineId={p.id} />
                </Group>
                {children.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    None yet. Add the products this line groups; a release can then belong to the whole line.
                  </Text>
                ) : (
                  <Table aria-label="Products in this line">
                    <Table.Tbody>
                      {children.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td>
                            <Anchor component={Link} to={`/w/${ws.id}/products/${c.id}`}>
                              {c.name}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{c.function || <Text c="dimmed">—</Text>}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Stack>
            )}
            <Stack gap="xs" component="section" aria-label="Releases">
              <Group justify="space-between">
                <Title order={2} size="h4">
                  Releases of this {noun}
                </Title>
                <NewReleaseButton variant="light" defaultProductId={p.id} />
              </Group>
              {own.length === 0 ? (
                <Empty
                  title={`No release of ${p.name} yet`}
                  action={<WhoCan artefact="release" action="create" what="plan one" />}
                >
                  Plan a release to schedule features into it and see its load against capacity.
                </Empty>
              ) : (
                <ReleaseTable releases={own} label={`Releases of ${p.name}`} hideProduct />
              )}
            </Stack>
            <Comments entityType="product" entityId={p.id} />
          </Stack>
        );
      }}
    </Loading>
  );
}
