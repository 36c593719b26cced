import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { CUSTOMER_SEGMENTS, LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  errorResponses,
  httpUrlOrEmpty,
  ListQuery,
  name,
  page,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { contactRoutes } from './contact-routes.ts';
import { customerSignalsRoutes } from './signals-routes.ts';
import { createCustomer, deleteCustomer, getCustomer, listCustomers, updateCustomer } from './customers.ts';

const Segment = z.enum(CUSTOMER_SEGMENTS);
const Customer = z.object({
  id: Uuid,
  name: z.string(),
  externalId: z.string().nullable(),
  website: z.string().nullable(),
  segment: Segment.nullable(),
  plan: z.string().nullable(),
  annualRevenue: z.number(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const fields = {
  externalId: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.name)
    .nullable()
    .optional()
    .describe('Id in the CRM or billing system; unique in the workspace'),
  website: httpUrlOrEmpty(LIMITS.shortText).nullable().optional(),
  segment: Segment.nullable().optional(),
  plan: z.string().trim().max(LIMITS.name).nullable().optional(),
  annualRevenue: z
    .number()
    .min(0)
    .max(1e15)
    .optional()
    .describe("Annual revenue in the workspace's currency"),
};
const CustomerCreate = z.strictObject({ name: name(), ...fields });
const CustomerUpdate = z.strictObject({ name: name().optional(), ...fields, version: version() });

export const customersRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['customers'];
  const base = '/api/v1/workspaces/:workspaceId/customers';

  app.get(
    base,
    {
      config: { access: { artefact: 'customer', action: 'read' } },
      schema: {
        tags,
        summary: 'Customers (sort: name, annualRevenue, createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          segment: Segment.optional(),
          plan: z.string().max(LIMITS.name).optional(),
          q: z.string().max(200).optional().describe('Name contains'),
        }),
        response: { 200: page(Customer), ...errorResponses },
      },
    },
    async (req) => listCustomers(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'customer', action: 'create' } },
      schema: {
        tags,
        summary: 'Create a customer',
        params: WsParams,
        body: CustomerCreate,
        response: { 201: Customer, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const customer = await inTransaction(ctx, (tx) => createCustomer(tx, req.body));
      setVersionHeader(reply, customer.version);
      return reply.code(201).send(customer);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'customer', action: 'read' } },
      schema: {
        tags,
        summary: 'A customer',
        params: WsIdParams,
        response: { 200: Customer, ...errorResponses },
      },
    },
    async (req, reply) => {
      const customer = await getCustomer(req.wsCtx, req.params.id);
      setVersionHeader(reply, customer.version);
      return customer;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'customer', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a customer (a revenue change refreshes the demand of linked features)',
        params: WsIdParams,
        body: CustomerUpdate,
        response: { 200: Customer, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const customer = await inTransaction(ctx, (tx) =>
        updateCustomer(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, customer.version);
      return customer;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'customer', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a customer without contacts or feedback',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteCustomer(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  await app.register(contactRoutes);
  await app.register(customerSignalsRoutes);
};
