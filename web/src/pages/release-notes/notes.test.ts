import { describe, expect, it } from 'vitest';
import { decodeText } from './Markdown';
import { featureOptions, groupByRelease, notShipped, noteState } from './notes';

describe('release notes', () => {
  it('tells drafts, scheduled and published notes apart', () => {
    expect(noteState({ publishAt: null, published: false })).toBe('draft');
    expect(noteState({ publishAt: '2099-01-01T00:00:00Z', published: false })).toBe('scheduled');
    expect(noteState({ publishAt: '2020-01-01T00:00:00Z', published: true })).toBe('published');
    // Its time has come but the server keeps it back: its release or a feature has not shipped.
    expect(noteState({ publishAt: '2020-01-01T00:00:00Z', published: false })).toBe('waiting');
  });

  it('groups notes by release, newest release first and undated last', () => {
    const notes = [
      { id: 'n1', releaseId: 'r72', releaseName: 'Release 7.2' },
      { id: 'n2', releaseId: 'r73', releaseName: 'Release 7.3' },
      { id: 'n3', releaseId: 'rx', releaseName: 'Someday' },
      { id: 'n4', releaseId: 'r72', releaseName: 'Release 7.2' },
    ];
    const releases = [
      { id: 'r72', targetDate: '2026-10-20' },
      { id: 'r73', targetDate: '2026-12-05' },
      { id: 'rx', targetDate: null },
    ];
    const groups = groupByRelease(notes, releases);
    expect(groups.map((g) => g.releaseName)).toEqual(['Release 7.3', 'Release 7.2', 'Someday']);
    expect(groups[1]!.notes.map((n) => n.id)).toEqual(['n1', 'n4']);
  });

  it('offers shipped features first and labels the others with their status', () => {
    expect(
      featureOptions([
        { id: 'a', title: 'Alerts', status: 'in_progress' },
        { id: 'b', title: 'Audit log', status: 'shipped' },
        { id: 'c', title: 'Fax', status: 'wont_do' },
      ]),
    ).toEqual([
      { value: 'b', label: 'Audit log' },
      { value: 'a', label: 'Alerts (in progress)' },
    ]);
  });

  it('names what keeps a note from going live', () => {
    expect(
      notShipped({
        releaseName: 'Release 8.0',
        releaseStatus: 'in_progress',
        features: [
          { title: 'SSO', status: 'planned' },
          { title: 'Audit log', status: 'shipped' },
        ],
      }),
    ).toEqual(['Release 8.0 is in progress, not released', 'SSO is planned, not shipped']);
    expect(notShipped({ releaseName: 'R', releaseStatus: 'released', features: [] })).toEqual([]);
  });

  it('decodes the character references marked leaves in text, and nothing else', () => {
    expect(decodeText('a &amp; b &lt;i&gt; &#60; &#x41; &copy; &#0;')).toBe('a & b <i> < A &copy; \ufffd');
  });
});
