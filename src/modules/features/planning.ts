import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { type FeatureStatus, RELEASE_STATUSES, type ReleaseStatus } from '../../core/enums.ts';
import { invalidField } from '../../core/errors.ts';
import { releases } from '../releases/schema.ts';
import { features } from './schema.ts';

/**
 * THE rule of which release a feature may be planned in, used when a feature is saved (features.ts) and
 * when the release picker asks which releases to offer (GET releases?forFeature=…): any release of the
 * workspace that is still open (planned or in progress), whatever its product or product line; a released
 * or cancelled release takes only shipped or won't-do features. Keeping the release it has is always allowed.
 */
const CLOSED_RELEASES: readonly ReleaseStatus[] = ['released', 'cancelled'];
const MAY_STAY_IN_CLOSED: readonly FeatureStatus[] = ['shipped', 'wont_do'];

export function releaseTakes(release: ReleaseStatus, feature: FeatureStatus): boolean {
  return !CLOSED_RELEASES.includes(release) || MAY_STAY_IN_CLOSED.includes(feature);
}

/** Release statuses a feature with this status may be put in. */
export const releaseStatusesFor = (feature: FeatureStatus): ReleaseStatus[] =>
  RELEASE_STATUSES.filter((r) => releaseTakes(r, feature));

/**
 * The release-list condition for one feature: the releases it may be planned in (as `status` if given, the
 * status it would have after the save) plus the one it has. An id that is not a feature of the workspace is
 * a 422 naming `forFeature`.
 */
export async function plannableFor(ctx: WsCtx, featureId: string, status?: FeatureStatus): Promise<SQL> {
  const [found] = await ctx.db
    .select({ status: features.status, releaseId: features.releaseId })
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.id, featureId)));
  if (!found) throw invalidField('forFeature', `No feature ${featureId} in this workspace`);
  const open = inArray(releases.status, releaseStatusesFor(status ?? found.status));
  return found.releaseId ? or(open, eq(releases.id, found.releaseId))! : open;
}
