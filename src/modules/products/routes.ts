import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  errorResponses,
  ListQuery,
  longText,
  name,
  page,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { createProduct, deleteProduct, getProduct, listProducts, updateProduct } from './products.ts';

const Product = z.object({
  id: Uuid,
  parentId: Uuid.nullable(),
  name: z.string(),
  description: z.string(),
  vision: z.string(),
  function: z.string(),
  targetDemographic: z.string(),
  value: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const fields = {
  parentId: Uuid.nullable().optional().describe('Product line this product belongs to'),
  description: longText().optional(),
  vision: longText().optional(),
  function: longText().optional().describe('What the product is for'),
  targetDemographic: longText().optional(),
  value: longText().optional().describe('Which problems it solves for whom'),
};
const ProductCreate = z.strictObject({ name: name(), ...fields });
const ProductUpdate = z.strictObject({ name: name().optional(), ...fields, version: version() });

export const productRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['products'];
  const base = '/api/v1/workspaces/:workspaceId/products';

  app.get(
    base,
    {
      config: { access: { artefact: 'product', action: 'read' } },
      schema: {
        tags,
        summary: 'Products and product lines (sort: name, createdAt, updatedAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          parentId: z
            .union([Uuid, z.literal('none')])
            .optional()
            .describe('"none" for top-level products'),
          q: z.string().max(200).optional().describe('Name contains'),
        }),
        response: { 200: page(Product), ...errorResponses },
      },
    },
    async (req) => {
      const { parentId, ...query } = req.query;
      return listProducts(req.wsCtx, {
        ...query,
        parentId: parentId === 'none' ? null : parentId,
      });
    },
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'product', action: 'create' } },
      schema: {
        tags,
        summary: 'Create a product',
        params: WsParams,
        body: ProductCreate,
        response: { 201: Product, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const product = await inTransaction(ctx, (tx) => createProduct(tx, req.body));
      setVersionHeader(reply, product.version);
      return reply.code(201).send(product);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'product', action: 'read' } },
      schema: {
        tags,
        summary: 'A product',
        params: WsIdParams,
        response: { 200: Product, ...errorResponses },
      },
    },
    async (req, reply) => {
      const product = await getProduct(req.wsCtx, req.params.id);
      setVersionHeader(reply, product.version);
      return product;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'product', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a product',
        params: WsIdParams,
        body: ProductUpdate,
        response: { 200: Product, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const product = await inTransaction(ctx, (tx) =>
        updateProduct(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, product.version);
      return product;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'product', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a product without children or features',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteProduct(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );
};
