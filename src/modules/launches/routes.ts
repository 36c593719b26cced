import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { launchCrudRoutes } from './launch-routes.ts';
import { launchTaskRoutes } from './task-routes.ts';

/** Launches, their task lists and the tier templates the lists come from. */
export const launchesRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(launchCrudRoutes);
  await app.register(launchTaskRoutes);
};
