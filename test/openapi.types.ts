import type { Client } from './harness.ts';

/**
 * Compile-time checks of the typed test client (`npx tsc --noEmit` reads this file; nothing runs it): each
 * `@ts-expect-error` fails the type check if the mistake under it stops being an error.
 */
export async function typedClientChecks(client: Client) {
  const path = { workspaceId: 'w' };
  const products = '/api/v1/workspaces/{workspaceId}/products';
  const created = await client.api.post(products, { path, body: { name: 'Analytics' } });
  if (created.statusCode === 201) created.data.name.toUpperCase();
  // @ts-expect-error a field the API does not take
  await client.api.post(products, { path, body: { nme: 'Analytics' } });
  // @ts-expect-error a required field missing
  await client.api.post(products, { path, body: {} });
  // @ts-expect-error the path parameters missing
  await client.api.post(products, { body: { name: 'Analytics' } });
  // @ts-expect-error a path that has no such operation
  await client.api.put(products, { path, body: { name: 'Analytics' } });
  const listed = await client.api.get(products, { path, query: { limit: 5 } });
  // @ts-expect-error data is the problem body until the status is narrowed to 200
  listed.data.items.map((p) => p.id);
  if (listed.statusCode === 200) listed.data.items.map((p) => p.id);
  await client.api.get('/api/v1/me');
}
