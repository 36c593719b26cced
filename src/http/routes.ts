import type { FastifyInstance } from 'fastify';
import { authRoutes } from '../modules/auth/routes.ts';
import { productRoutes } from '../modules/products/routes.ts';
import { workspaceRoutes } from '../modules/workspaces/routes.ts';
import { ownershipRoutes } from '../policies/routes.ts';

/** Every module's routes. A module adds itself here and nowhere else. */
export async function registerRoutes(app: FastifyInstance) {
  await app.register(authRoutes);
  await app.register(ownershipRoutes);
  await app.register(workspaceRoutes);
  await app.register(productRoutes);
}
