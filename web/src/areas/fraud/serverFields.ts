import type { FraudIdentifierKind } from './queries';

export type IdentifierRow = { key: string; kind: FraudIdentifierKind; value: string };

/** What a form with identifier rows (the entry editor, the report of an invoice) holds besides its own fields. */
export interface RowFormValues {
  identifiers: IdentifierRow[];
  addresses?: { key: string; value: string }[];
}

/** The editor's rows: addresses and identifiers carry a key so that React keeps each row's input. */
export interface EntryFormValues extends RowFormValues {
  companyName: string;
  addresses: { key: string; value: string }[];
  description: string;
}

/**
 * The form's field for a path of the server's `fields`: `identifiers.1.value` is row 2's value input, and
 * `addresses.0` (the server's list of strings) is the first address row's input; `rename` maps the server's
 * names to the form's where they differ (`amountSek` → `amount`). Null when the form does not show that
 * field, e.g. `updatedAt`, or a row the user has removed since.
 */
export function formFieldOf(
  serverPath: string,
  values: RowFormValues,
  rename: Readonly<Record<string, string>> = {},
): string | null {
  const path = serverPath.replace(/^body\./, '');
  const renamed = rename[path];
  if (renamed) return renamed;
  const address = /^addresses\.(\d+)$/.exec(path);
  if (address) {
    return Number(address[1]) < (values.addresses?.length ?? 0) ? `addresses.${address[1]}.value` : null;
  }
  const identifier = /^identifiers\.(\d+)(?:\.(kind|value))?$/.exec(path);
  if (identifier) {
    const row = Number(identifier[1]);
    return row < values.identifiers.length ? `identifiers.${row}.${identifier[2] ?? 'value'}` : null;
  }
  return Object.hasOwn(values, path) ? path : null;
}

/** The server's field messages split into those the form can show at a field and the rest. */
export function placeFieldErrors(
  fields: Record<string, string>,
  values: RowFormValues,
  rename: Readonly<Record<string, string>> = {},
): { placed: Record<string, string>; unplaced: string[] } {
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = formFieldOf(path, values, rename);
    if (field) placed[field] = placed[field] ? `${placed[field]} ${message}` : message;
    else unplaced.push(message);
  }
  return { placed, unplaced };
}
