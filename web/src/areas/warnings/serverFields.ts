const PLAIN_FIELDS = new Set(['title', 'body', 'actions', 'severity', 'source', 'validFrom', 'validUntil']);

/**
 * The form's field for a path of the server's `fields`. Whatever is wrong with the targeting, down to one
 * polygon's corner, is said above the targeting section: the author fixes it there as a whole.
 */
export function formFieldOf(serverPath: string): string | null {
  const path = serverPath.replace(/^body\./, '');
  if (PLAIN_FIELDS.has(path)) return path;
  if (path === 'targeting' || path.startsWith('targeting.')) return 'targeting';
  return null;
}

/** The server's field messages split into those the form shows at a field and the rest. */
export function placeFieldErrors(fields: Record<string, string>): {
  placed: Record<string, string>;
  unplaced: string[];
} {
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = formFieldOf(path);
    if (field) placed[field] = placed[field] ? `${placed[field]} ${message}` : message;
    else unplaced.push(message);
  }
  return { placed, unplaced };
}
