import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { formatNumber } from '../../app/format';

const loadModels = (workspaceId: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/scoring-models', {
      params: { path: { workspaceId }, query: { limit: 200 } },
    }),
  );
export type ScoreScale = Awaited<ReturnType<typeof loadModels>>['items'][number]['kind'];

/** Each model's scale, short enough to sit beside a score: RICE scores run in the hundreds, ICE to 1,000. */
export const SCALE_SHORT: Record<ScoreScale, string> = {
  rice: 'RICE',
  ice: 'ICE',
  value_effort: 'value/effort',
  weighted: 'weighted',
};

/**
 * A score with the model it was computed by, "576 RICE", "4.1 ICE": products score with different
 * models, and their numbers are not comparable. No score: "—".
 */
export function scoreWithScale(score: number | null | undefined, scale: ScoreScale | undefined): string {
  if (score == null) return '—';
  return scale ? `${formatNumber(score)} ${SCALE_SHORT[scale]}` : formatNumber(score);
}

/** The scale of each product's scores, by product id; a product without a model of its own scores with RICE. */
export function useScoreScales(): (productId: string) => ScoreScale | undefined {
  const ws = useWorkspace();
  const models = useQuery({
    queryKey: ['scoring-models', ws.id],
    queryFn: () => loadModels(ws.id),
    staleTime: 60_000,
  });
  return (productId) => {
    if (!models.data) return undefined;
    return models.data.items.find((m) => m.productId === productId)?.kind ?? 'rice';
  };
}
