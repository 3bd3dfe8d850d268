import type { SQLWrapper } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { Queryable } from './client';

export type PreparedRows<R> = { execute(values?: Record<string, unknown>): Promise<R[]> };

/**
 * A named prepared statement whose rows arrive as arrays and are turned into objects by `fromRow`, not by
 * drizzle's generic mapping, which inspects every column of every row and was the larger part of a long
 * page's cost (decision 017). Both drivers (node-postgres and PGlite) hand timestamps over as text here.
 */
export function prepareRows<R>(
  db: Queryable,
  name: string,
  query: SQLWrapper,
  fromRow: (row: unknown[]) => R,
): PreparedRows<R> {
  // The dialect and session are public at runtime but marked internal in drizzle's types.
  const { dialect, session } = db as unknown as { dialect: PgDialect; session: PgSession };
  return session.prepareQuery(dialect.sqlToQuery(query.getSQL()), undefined, name, true, (rows) =>
    (rows as unknown[][]).map(fromRow),
  ) as unknown as PreparedRows<R>;
}

const UTC_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;

/**
 * A timestamptz as PostgreSQL writes it in text (`2026-11-20 10:11:12.345678+00`), as
 * `Date.prototype.toISOString` would write it. Rewritten as a string when the session's time zone is UTC,
 * which saves building and formatting a Date for every cell of a long page; otherwise through a Date.
 */
export function isoFromTimestampText(text: string): string {
  const utc = UTC_TEXT.exec(text);
  if (!utc) return new Date(text).toISOString();
  const millis = (utc[3] ?? '').slice(0, 3).padEnd(3, '0');
  return `${utc[1]}T${utc[2]}.${millis}Z`;
}
