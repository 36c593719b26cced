/** Timing pieces of the dashboards benchmark (bench/dashboards.ts). */

/** A first view: the GET requests the page sends at once when it opens. */
export type View = { name: string; urls: string[] };
export type Call = { url: string; ms: number; status: number };

/** SQL statements captured while `on` (the parts pass of bench/dashboards.ts turns it on around one request). */
export const captured: { on: boolean; list: { text: string; values: unknown[]; ms: number }[] } = {
  on: false,
  list: [],
};

/** The request's path after the workspace, with the role of a metrics summary: "metrics/summary (marketer)". */
export function endpointOf(url: string): string {
  const [path, query = ''] = url.split('?');
  const tail = path!.replace(/^\/api\/v1\/workspaces\/[^/]+\//, '');
  const role = new URLSearchParams(query).get('ownerRole');
  return role ? `${tail} (${role})` : tail;
}

/** The p-th percentile (nearest rank) of the samples. */
export const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((xs.length * p) / 100) - 1))]!;

/** Sends a view's requests together, as the browser does, and answers each one's time and the view's. */
export async function timeView(v: View, send: (url: string) => Promise<Call>) {
  const t = performance.now();
  const calls = await Promise.all(v.urls.map(send));
  return { calls, wall: performance.now() - t };
}
