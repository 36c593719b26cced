import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const releasesRoutes: FastifyPluginAsyncZod = async (_app) => {};
