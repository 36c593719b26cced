import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  email,
  errorResponses,
  ListQuery,
  name,
  page,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { createContact, deleteContact, getContact, listContacts, updateContact } from './contacts.ts';

const Contact = z.object({
  id: Uuid,
  customerId: Uuid,
  name: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const fields = {
  email: email().nullable().optional(),
  title: z.string().trim().max(LIMITS.name).nullable().optional().describe('Job title'),
};
const ContactCreate = z.strictObject({ customerId: Uuid, name: name(), ...fields });
const ContactUpdate = z.strictObject({
  customerId: Uuid.optional(),
  name: name().optional(),
  ...fields,
  version: version(),
});

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['customers'];
  const base = '/api/v1/workspaces/:workspaceId/contacts';

  app.get(
    base,
    {
      config: { access: { artefact: 'contact', action: 'read' } },
      schema: {
        tags,
        summary: 'Contacts at customers (sort: name, createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          customerId: Uuid.optional(),
          q: z.string().max(200).optional().describe('Name or email contains'),
        }),
        response: { 200: page(Contact), ...errorResponses },
      },
    },
    async (req) => listContacts(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'contact', action: 'create' } },
      schema: {
        tags,
        summary: 'Create a contact at a customer',
        params: WsParams,
        body: ContactCreate,
        response: { 201: Contact, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const contact = await inTransaction(ctx, (tx) => createContact(tx, req.body));
      setVersionHeader(reply, contact.version);
      return reply.code(201).send(contact);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'contact', action: 'read' } },
      schema: {
        tags,
        summary: 'A contact',
        params: WsIdParams,
        response: { 200: Contact, ...errorResponses },
      },
    },
    async (req, reply) => {
      const contact = await getContact(req.wsCtx, req.params.id);
      setVersionHeader(reply, contact.version);
      return contact;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'contact', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a contact',
        params: WsIdParams,
        body: ContactUpdate,
        response: { 200: Contact, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const contact = await inTransaction(ctx, (tx) =>
        updateContact(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, contact.version);
      return contact;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'contact', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a contact that no feedback names',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteContact(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );
};
