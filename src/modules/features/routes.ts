import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const featuresRoutes: FastifyPluginAsyncZod = async (_app) => {};
