import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { messagingRoutes } from './messaging-routes.ts';
import { positioningVersionRoutes } from './positioning-routes.ts';

/** Positioning and messaging: versioned, approved by product marketing. */
export const positioningRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(positioningVersionRoutes);
  await app.register(messagingRoutes);
};
