/** A workspace export file read in the browser, before it is sent. */
export type ReadExport = { body: object; exportedName: string } | { error: string };

/**
 * Reads the text of a chosen file as an export document. Only what the browser can say better than the
 * server is checked here (empty, not JSON, not an object); the server checks the document itself.
 */
export function readExportFile(fileName: string, text: string): ReadExport {
  if (!text.trim()) return { error: `${fileName} is empty.` };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      error: `${fileName} is not a JSON file. Choose a file downloaded from “Export this workspace”.`,
    };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { error: `${fileName} is not a Tandem workspace export.` };
  const workspace = (body as { workspace?: { name?: unknown } }).workspace;
  return { body, exportedName: typeof workspace?.name === 'string' ? workspace.name : '' };
}

/** How the import's table counts read: "Feature feedback: 12", tables in the server's order, empty ones left out. */
export function importedCounts(counts: Record<string, number>): string[] {
  return Object.entries(counts)
    .filter(([table, n]) => n > 0 && table !== 'members')
    .map(([table, n]) => {
      const words = table.replace(/([A-Z])/g, ' $1').toLowerCase();
      return `${words[0]!.toUpperCase()}${words.slice(1)}: ${n.toLocaleString('en')}`;
    });
}
