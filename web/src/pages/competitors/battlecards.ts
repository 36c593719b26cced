/** Pure helpers for competitors and their battlecards. */

export type EnablementFormat = 'html' | 'markdown';

/** The sales-enablement export of a battlecard, as a link sales can open or download. */
export const battlecardExportUrl = (
  workspaceId: string,
  battlecardId: string,
  format: EnablementFormat,
  download = true,
) =>
  `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/enablement/battlecards/${encodeURIComponent(
    battlecardId,
  )}?format=${format}${download ? '&download=true' : ''}`;

/** Competitors with at least one stale battlecard (the server decides what stale means). */
export function staleCompetitorIds(cards: readonly { competitorId: string; stale: boolean }[]): Set<string> {
  return new Set(cards.filter((c) => c.stale).map((c) => c.competitorId));
}

/** Case- and accent-insensitive "name contains", so sales find "Lumina" by typing "lum". */
export function matchesName(name: string, query: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  const q = fold(query);
  return q === '' || fold(name).includes(q);
}

/** A website shown without its scheme and trailing slash: "lumina-bi.example". */
export const displayHost = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
