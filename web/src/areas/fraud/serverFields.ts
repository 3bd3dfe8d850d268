import type { FraudIdentifierKind } from './queries';

/** The editor's rows: addresses and identifiers carry a key so that React keeps each row's input. */
export interface EntryFormValues {
  companyName: string;
  addresses: { key: string; value: string }[];
  identifiers: { key: string; kind: FraudIdentifierKind; value: string }[];
  description: string;
}

const TOP_LEVEL = new Set(['companyName', 'description', 'addresses', 'identifiers']);

/**
 * The editor's field for a path of the server's `fields`: `identifiers.1.value` is row 2's value input, and
 * `addresses.0` (the server's list of strings) is the first address row's input. Null when the form does not
 * show that field, e.g. `updatedAt`, or a row the user has removed since.
 */
export function formFieldOf(serverPath: string, values: EntryFormValues): string | null {
  const path = serverPath.replace(/^body\./, '');
  if (TOP_LEVEL.has(path)) return path;
  const address = /^addresses\.(\d+)$/.exec(path);
  if (address) return Number(address[1]) < values.addresses.length ? `addresses.${address[1]}.value` : null;
  const identifier = /^identifiers\.(\d+)(?:\.(kind|value))?$/.exec(path);
  if (identifier) {
    const row = Number(identifier[1]);
    return row < values.identifiers.length ? `identifiers.${row}.${identifier[2] ?? 'value'}` : null;
  }
  return null;
}

/** The server's field messages split into those the form can show at a field and the rest. */
export function placeFieldErrors(
  fields: Record<string, string>,
  values: EntryFormValues,
): { placed: Record<string, string>; unplaced: string[] } {
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = formFieldOf(path, values);
    if (field) placed[field] = placed[field] ? `${placed[field]} ${message}` : message;
    else unplaced.push(message);
  }
  return { placed, unplaced };
}
