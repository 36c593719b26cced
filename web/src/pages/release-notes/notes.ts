/** Pure helpers for release notes: their publication state and grouping by release. */

export type NoteState = 'draft' | 'scheduled' | 'waiting' | 'published';

/**
 * Draft (no publish time), scheduled (publish time ahead), waiting (its time has come but its release or a
 * feature has not shipped, so the server keeps it back) or published (the server's flag).
 */
export function noteState(
  note: { publishAt: string | null; published: boolean },
  now: number = Date.now(),
): NoteState {
  if (note.published) return 'published';
  if (!note.publishAt) return 'draft';
  return Date.parse(note.publishAt) > now ? 'scheduled' : 'waiting';
}

export const NOTE_STATE: Record<NoteState, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  scheduled: { label: 'Scheduled', color: 'blue' },
  waiting: { label: 'Waiting for the release', color: 'orange' },
  published: { label: 'Published', color: 'teal' },
};

type Shippable = {
  releaseName: string;
  releaseStatus: string;
  features: readonly { title: string; status: string }[];
};

/** What keeps a note from going live now, in words: its release and each feature that has not shipped. */
export function notShipped(note: Shippable): string[] {
  const words = (s: string) => s.replaceAll('_', ' ');
  return [
    ...(note.releaseStatus === 'released'
      ? []
      : [`${note.releaseName} is ${words(note.releaseStatus)}, not released`]),
    ...note.features
      .filter((f) => f.status !== 'shipped')
      .map((f) => `${f.title} is ${words(f.status)}, not shipped`),
  ];
}

type NoteLike = { releaseId: string; releaseName: string };
type ReleaseLike = { id: string; targetDate: string | null };

export type ReleaseGroup<N> = { releaseId: string; releaseName: string; notes: N[] };

/**
 * Notes grouped by their release, newest release first (by target date; releases without a date, or not
 * in the list, come last in name order). Notes keep their order inside a group.
 */
export function groupByRelease<N extends NoteLike>(notes: readonly N[], releases: readonly ReleaseLike[]) {
  const groups = new Map<string, ReleaseGroup<N>>();
  for (const n of notes) {
    const g = groups.get(n.releaseId) ?? { releaseId: n.releaseId, releaseName: n.releaseName, notes: [] };
    g.notes.push(n);
    groups.set(n.releaseId, g);
  }
  const date = (id: string) => releases.find((r) => r.id === id)?.targetDate ?? null;
  return [...groups.values()].sort((a, b) => {
    const da = date(a.releaseId);
    const db = date(b.releaseId);
    if (da && db && da !== db) return da < db ? 1 : -1;
    if (da && !db) return -1;
    if (!da && db) return 1;
    return a.releaseName.localeCompare(b.releaseName);
  });
}

/**
 * Feature options for a note: shipped ones first, each labelled with its status when not shipped; features
 * that will not be done cannot be announced.
 */
export function featureOptions(features: readonly { id: string; title: string; status: string }[]) {
  return features
    .filter((f) => f.status !== 'wont_do')
    .sort((a, b) => Number(b.status === 'shipped') - Number(a.status === 'shipped'))
    .map((f) => ({
      value: f.id,
      label: f.status === 'shipped' ? f.title : `${f.title} (${f.status.replaceAll('_', ' ')})`,
    }));
}
