import { PAGE_LIMIT_DEFAULT, type PageQuery } from '@vaksam/domain/pagination';
import { invalid } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keyset paging over UUIDv7 ids, which sort by creation time; the cursor is the last id seen. */
export function readPage(query: PageQuery): { limit: number; afterId: string | null } {
  const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
  if (!query.cursor) return { limit, afterId: null };
  const afterId = Buffer.from(query.cursor, 'base64url').toString('utf8');
  if (!UUID.test(afterId)) throw invalid({ cursor: 'Ogiltig sidmarkör' });
  return { limit, afterId };
}

/** Callers fetch limit + 1 rows; the extra one tells whether another page exists. */
export function toPage<T>(
  rows: T[],
  limit: number,
  idOf: (row: T) => string,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? Buffer.from(idOf(last)).toString('base64url') : null;
  return { items, nextCursor };
}

/** Reads one page: `fetch` gets the limit and the id to continue after, and must return up to limit + 1 rows. */
export async function fetchPage<Row, Item>(
  query: PageQuery,
  fetch: (page: { limit: number; afterId: string | null }) => Promise<Row[]>,
  idOf: (row: Row) => string,
  present: (row: Row) => Item,
): Promise<{ items: Item[]; nextCursor: string | null }> {
  const page = readPage(query);
  const result = toPage(await fetch(page), page.limit, idOf);
  return { items: result.items.map(present), nextCursor: result.nextCursor };
}
