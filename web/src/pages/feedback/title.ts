/** What a feedback item is called on screen: its title, or the start of its text when it has none. */
export function feedbackTitle(f: { title: string; text?: string; excerpt?: string }): string {
  if (f.title.trim()) return f.title;
  const firstLine = (f.text ?? f.excerpt ?? '').trim().split('\n')[0] ?? '';
  return firstLine.length > 80 ? `${firstLine.slice(0, 79).trimEnd()}…` : firstLine || 'Untitled feedback';
}
