import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { BUYING_ROLES, CHANNELS, LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  errorResponses,
  ListQuery,
  longText,
  name,
  page,
  shortText,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { Feature } from '../features/routes.ts';
import { FeedbackItem } from '../feedback/http-schemas.ts';
import { listPersonaFeatures, listPersonaFeedback } from './mentions.ts';
import { createPersona, deletePersona, getPersona, listPersonas, updatePersona } from './personas.ts';

const BuyingRole = z.enum(BUYING_ROLES);
const Channel = z.enum(CHANNELS);
const Persona = z.object({
  id: Uuid,
  name: z.string(),
  title: z.string(),
  description: z.string(),
  demographics: z.string(),
  firmographics: z.string(),
  goals: z.array(z.string()),
  pains: z.array(z.string()),
  motivations: z.array(z.string()),
  objections: z.array(z.string()),
  preferredChannels: z.array(Channel),
  buyingRole: BuyingRole.nullable(),
  productIds: z.array(Uuid).describe('Products this persona buys or uses'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const PersonaDetail = Persona.extend({
  feedbackCount: z.number().int().describe('Feedback items that speak for this persona'),
  featureCount: z.number().int().describe('Features written for this persona'),
});

const textList = () =>
  z.array(z.string().trim().min(1).max(LIMITS.shortText)).max(LIMITS.listItems).optional();
const fields = {
  title: shortText().trim().optional().describe('Role or job title, e.g. "VP of Data"'),
  description: longText().optional(),
  demographics: longText().optional().describe('Age, seniority, background'),
  firmographics: longText().optional().describe('Company size, industry, region, tech stack'),
  goals: textList(),
  pains: textList(),
  motivations: textList(),
  objections: textList(),
  preferredChannels: z
    .array(Channel)
    .max(CHANNELS.length)
    .transform((c) => [...new Set(c)])
    .optional(),
  buyingRole: BuyingRole.nullable().optional(),
  productIds: z
    .array(Uuid)
    .max(LIMITS.listItems)
    .optional()
    .describe('Linked products; on update, replaces the whole set'),
};
const PersonaCreate = z.strictObject({ name: name(), ...fields });
const PersonaUpdate = z.strictObject({ name: name().optional(), ...fields, version: version() });
const MentionQuery = ListQuery.omit({ sort: true });

export const personasRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['personas'];
  const base = '/api/v1/workspaces/:workspaceId/personas';

  app.get(
    base,
    {
      config: { access: { artefact: 'persona', action: 'read' } },
      schema: {
        tags,
        summary: 'Buyer personas (sort: name (default), createdAt, updatedAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          productId: Uuid.optional().describe('Personas linked to this product'),
          buyingRole: BuyingRole.optional(),
          q: z.string().trim().min(1).max(200).optional().describe('Name or title contains'),
        }),
        response: { 200: page(Persona), ...errorResponses },
      },
    },
    async (req) => listPersonas(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'persona', action: 'create' } },
      schema: {
        tags,
        summary: 'Create a persona (names are unique, ignoring case)',
        params: WsParams,
        body: PersonaCreate,
        response: { 201: Persona, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const persona = await inTransaction(ctx, (tx) => createPersona(tx, req.body));
      setVersionHeader(reply, persona.version);
      return reply.code(201).send(persona);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'persona', action: 'read' } },
      schema: {
        tags,
        summary: 'A persona with its products and how much feedback and how many features mention it',
        params: WsIdParams,
        response: { 200: PersonaDetail, ...errorResponses },
      },
    },
    async (req, reply) => {
      const persona = await getPersona(req.wsCtx, req.params.id);
      setVersionHeader(reply, persona.version);
      return persona;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'persona', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a persona; productIds replaces the linked products',
        params: WsIdParams,
        body: PersonaUpdate,
        response: { 200: PersonaDetail, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const persona = await inTransaction(ctx, (tx) =>
        updatePersona(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, persona.version);
      return persona;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'persona', action: 'delete' } },
      schema: {
        tags,
        summary:
          'Delete a persona; feedback and features lose the mention; refused while messaging, requirements or campaigns use it',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deletePersona(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${base}/:id/feedback`,
    {
      config: { access: { artefact: 'persona', action: 'read' } },
      schema: {
        tags,
        summary: 'Feedback that speaks for the persona, newest first',
        params: WsIdParams,
        querystring: MentionQuery,
        response: { 200: page(FeedbackItem), ...errorResponses },
      },
    },
    async (req) => listPersonaFeedback(req.wsCtx, req.params.id, req.query),
  );

  app.get(
    `${base}/:id/features`,
    {
      config: { access: { artefact: 'persona', action: 'read' } },
      schema: {
        tags,
        summary: 'Features written for the persona, best score first (unscored last)',
        params: WsIdParams,
        querystring: MentionQuery,
        response: { 200: page(Feature), ...errorResponses },
      },
    },
    async (req) => listPersonaFeatures(req.wsCtx, req.params.id, req.query),
  );
};
