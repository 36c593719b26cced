import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes of this area; filled in as the area is built. */
export const campaignsRoutes: FastifyPluginAsyncZod = async () => {};
