/**
 * Saves content the app holds (a rejected-rows CSV, a workspace export) as a file: an object URL clicked
 * from a detached link, then released.
 */
export function saveFile(name: string, content: Blob | string, type = 'text/csv;charset=utf-8') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click has handed the file over, not before: Chromium reads the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name a Content-Disposition header proposes, if any. */
export function dispositionName(header: string | null): string | null {
  const match = header ? /filename="?([^";]+)"?/i.exec(header) : null;
  return match ? match[1]! : null;
}
