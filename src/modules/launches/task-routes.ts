import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { LIMITS, TASK_ROLES, TASK_STATUSES } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import { errorResponses, isoDate, name, Uuid, version, WsParams } from '../../http/schemas.ts';
import { DEFAULT_TEMPLATES } from './templates.ts';
import { createTask, deleteTask, listTasks, updateTask } from './tasks.ts';
import { listTemplates, resetTemplate, saveTemplate } from './template-store.ts';
import { Tier } from './launch-routes.ts';

const Role = z.enum(TASK_ROLES);
const TaskStatus = z.enum(TASK_STATUSES);
const offset = () =>
  z.number().int().min(-365).max(365).describe('Days from the launch date (negative: before)');
const Task = z.object({
  id: Uuid,
  launchId: Uuid,
  title: z.string(),
  description: z.string(),
  ownerRole: Role,
  assigneeId: Uuid.nullable(),
  offsetDays: z.number().int(),
  dueDate: z.string(),
  status: TaskStatus,
  completedAt: z.string().nullable(),
  position: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const description = () => z.string().max(LIMITS.shortText);
const TaskCreate = z.strictObject({
  title: name(),
  description: description().optional(),
  ownerRole: Role,
  assigneeId: Uuid.nullable().optional(),
  offsetDays: offset().optional(),
  dueDate: isoDate().optional().describe('Alternative to offsetDays'),
});
const TaskUpdate = z.strictObject({
  title: name().optional(),
  description: description().optional(),
  ownerRole: Role.optional(),
  assigneeId: Uuid.nullable().optional(),
  offsetDays: offset().optional(),
  dueDate: isoDate().optional(),
  status: TaskStatus.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  version: version(),
});
const TaskParams = z.strictObject({ workspaceId: Uuid, id: Uuid, taskId: Uuid });
const TemplateTask = z.strictObject({
  title: name(),
  description: description().default(''),
  ownerRole: Role,
  offsetDays: offset(),
});
const Template = z.object({
  tier: Tier,
  tasks: z.array(
    z.object({ title: z.string(), description: z.string(), ownerRole: Role, offsetDays: z.number().int() }),
  ),
  isDefault: z.boolean().describe('The built-in template (the workspace has not saved its own)'),
  version: z.number().int().nullable(),
});
const TierParams = z.strictObject({ workspaceId: Uuid, tier: z.coerce.number().pipe(Tier) });

export const launchTaskRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['launches'];
  const base = '/api/v1/workspaces/:workspaceId/launches/:id/tasks';

  app.get(
    base,
    {
      config: { access: { artefact: 'launch', action: 'read' } },
      schema: {
        tags,
        summary: "A launch's task list in order",
        params: z.strictObject({ workspaceId: Uuid, id: Uuid }),
        response: { 200: z.object({ items: z.array(Task) }), ...errorResponses },
      },
    },
    async (req) => ({
      items: await listTasks(req.wsCtx, req.params.id),
    }),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'launch', action: 'update' } },
      schema: {
        tags,
        summary: 'Add a task to a launch (due by offsetDays or dueDate)',
        params: z.strictObject({ workspaceId: Uuid, id: Uuid }),
        body: TaskCreate,
        response: { 201: Task, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const task = await inTransaction(ctx, (tx) => createTask(tx, req.params.id, req.body));
      setVersionHeader(reply, task.version);
      return reply.code(201).send(task);
    },
  );

  app.patch(
    `${base}/:taskId`,
    {
      config: {
        access: {
          artefact: 'launch',
          action: 'update',
          orRule: "a task's own role may change its status and assignee",
        },
      },
      schema: {
        tags,
        summary: "Update a task (the task's own role may change only its status and assignee)",
        params: TaskParams,
        body: TaskUpdate,
        response: { 200: Task, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const task = await inTransaction(ctx, (tx) =>
        updateTask(tx, req.params.id, req.params.taskId, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, task.version);
      return task;
    },
  );

  app.delete(
    `${base}/:taskId`,
    {
      config: { access: { artefact: 'launch', action: 'update' } },
      schema: {
        tags,
        summary: 'Remove a task from a launch',
        params: TaskParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) =>
        deleteTask(tx, req.params.id, req.params.taskId, expectedVersion(req, undefined)),
      );
      return reply.code(204).send(null);
    },
  );

  const templates = '/api/v1/workspaces/:workspaceId/launch-templates';
  app.get(
    templates,
    {
      config: { access: { artefact: 'launch', action: 'read' } },
      schema: {
        tags,
        summary: 'The task template of each tier as this workspace uses it',
        params: WsParams,
        response: { 200: z.object({ items: z.array(Template) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listTemplates(req.wsCtx) }),
  );

  app.put(
    `${templates}/:tier`,
    {
      config: { access: { artefact: 'launch', action: 'update' } },
      schema: {
        tags,
        summary: "Replace a tier's task template for this workspace (existing launches keep their tasks)",
        params: TierParams,
        body: z.strictObject({ tasks: z.array(TemplateTask).min(1).max(100) }),
        response: { 200: Template, ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.wsCtx;
      return inTransaction(ctx, (tx) => saveTemplate(tx, req.params.tier, req.body.tasks));
    },
  );

  app.delete(
    `${templates}/:tier`,
    {
      config: { access: { artefact: 'launch', action: 'update' } },
      schema: {
        tags,
        summary: `Reset a tier's template to the built-in default (${DEFAULT_TEMPLATES[1].length}, ${DEFAULT_TEMPLATES[2].length} and ${DEFAULT_TEMPLATES[3].length} tasks)`,
        params: TierParams,
        response: { 200: Template, ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.wsCtx;
      return inTransaction(ctx, (tx) => resetTemplate(tx, req.params.tier));
    },
  );
};
