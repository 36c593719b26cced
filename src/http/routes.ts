import type { FastifyInstance } from 'fastify';
import { activityRoutes } from '../modules/activity/routes.ts';
import { authRoutes } from '../modules/auth/routes.ts';
import { commentsRoutes } from '../modules/comments/routes.ts';
import { customersRoutes } from '../modules/customers/routes.ts';
import { featuresRoutes } from '../modules/features/routes.ts';
import { feedbackRoutes } from '../modules/feedback/routes.ts';
import { productRoutes } from '../modules/products/routes.ts';
import { releasesRoutes } from '../modules/releases/routes.ts';
import { scoringRoutes } from '../modules/scoring/routes.ts';
import { transferRoutes } from '../modules/transfer/routes.ts';
import { workspaceRoutes } from '../modules/workspaces/routes.ts';
import { affiliatesRoutes } from '../modules/affiliates/routes.ts';
import { budgetRoutes } from '../modules/budget/routes.ts';
import { campaignsRoutes } from '../modules/campaigns/routes.ts';
import { competitorsRoutes } from '../modules/competitors/routes.ts';
import { enablementRoutes } from '../modules/enablement/routes.ts';
import { launchesRoutes } from '../modules/launches/routes.ts';
import { personasRoutes } from '../modules/personas/routes.ts';
import { positioningRoutes } from '../modules/positioning/routes.ts';
import { releaseNotesRoutes } from '../modules/release-notes/routes.ts';
import { requirementsRoutes } from '../modules/requirements/routes.ts';
import { ownershipRoutes } from '../policies/routes.ts';

/** Every module's routes. A module adds itself here and nowhere else. */
export async function registerRoutes(app: FastifyInstance) {
  await app.register(authRoutes);
  await app.register(ownershipRoutes);
  await app.register(workspaceRoutes);
  await app.register(productRoutes);
  await app.register(customersRoutes);
  await app.register(feedbackRoutes);
  await app.register(featuresRoutes);
  await app.register(scoringRoutes);
  await app.register(releasesRoutes);
  await app.register(commentsRoutes);
  await app.register(activityRoutes);
  await app.register(personasRoutes);
  await app.register(competitorsRoutes);
  await app.register(positioningRoutes);
  await app.register(launchesRoutes);
  await app.register(releaseNotesRoutes);
  await app.register(requirementsRoutes);
  await app.register(campaignsRoutes);
  await app.register(affiliatesRoutes);
  await app.register(budgetRoutes);
  await app.register(enablementRoutes);
  await app.register(transferRoutes);
}
