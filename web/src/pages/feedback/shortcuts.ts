/** The inbox's keyboard shortcuts, kept apart from React so they can be tested as plain functions. */

export type InboxCommand = 'next' | 'previous' | 'triage' | 'archive' | 'link' | 'toggle' | 'search' | 'open';

export const SHORTCUTS: { key: string; command: InboxCommand; label: string }[] = [
  { key: 'j', command: 'next', label: 'Next' },
  { key: 'k', command: 'previous', label: 'Previous' },
  { key: 'x', command: 'toggle', label: 'Select' },
  { key: 't', command: 'triage', label: 'Triage' },
  { key: 'a', command: 'archive', label: 'Archive' },
  { key: 'l', command: 'link', label: 'Link to feature' },
  { key: '/', command: 'search', label: 'Search' },
  { key: 'Enter', command: 'open', label: 'Open' },
];

type KeyLike = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
};

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** True while the person types into a field: shortcuts must not steal their letters. */
export function isTyping(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.tagName === 'INPUT' && NOT_TYPED.has((el as HTMLInputElement).type)) return false;
  return (
    el.closest('input, textarea, select, [contenteditable="true"], [role="combobox"], [role="dialog"]') !==
    null
  );
}

/** The command a key press asks for, or null when it is not a shortcut here. */
export function commandFor(e: KeyLike): InboxCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTyping(e.target)) return null;
  if (e.key === 'Enter') {
    // Enter on a button or a link does what that control does.
    const el = e.target as HTMLElement | null;
    if (el && typeof el.closest === 'function' && el.closest('button, a')) return null;
  }
  return SHORTCUTS.find((s) => s.key === e.key)?.command ?? null;
}

/** The row index after moving by delta, kept within the list (−1 while nothing is selected). */
export function move(index: number, delta: number, length: number): number {
  if (length === 0) return -1;
  if (index < 0) return delta > 0 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, index + delta));
}

/** Adds or removes an id from the multi-selection. */
export function toggle(selection: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
