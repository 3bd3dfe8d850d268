import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either the database itself or an open transaction: services accept both. */
export type Queryable = Database | Tx;

/** The shape pg-boss speaks: plain SQL text with $n parameters. */
export type SqlExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }> };

export type DatabaseHandle = {
  kind: 'pglite' | 'postgres';
  db: Database;
  executor: SqlExecutor;
  close(): Promise<void>;
};

// pg returns timestamps as Date and bigint as string by default; keep that but parse int8 counts as numbers.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/**
 * How alike two words must be for pg_trgm's `%` (Varningslistan's name search, decision 022). pg_trgm's own
 * default of 0.3 lets the index hand over hundreds of words per typo that share only a syllable, and the
 * recheck of each cost more than the rest of the search; at 0.4 one typo in a word of five letters or more
 * still matches.
 */
export const NAME_WORD_SIMILARITY = 0.4;

/**
 * Named statements (the session lookup, each list and map variant) exist to be planned once per connection.
 * Left to choose, PostgreSQL keeps planning them per execution whenever a parameter (a LIMIT, say) makes the
 * generic plan look costlier — which cost more than running them (decision 016). Unnamed statements are
 * planned once either way, so the setting touches only the named ones.
 * JIT compilation is off: it pays off for long analytical queries, and a generic plan's pessimistic cost
 * estimate had it compile a one-millisecond search for 30 ms.
 * Sessions run in UTC, as PGlite's do: no SQL of ours depends on the session's zone, and timestamps then
 * arrive as UTC text that `isoFromTimestampText` rewrites without a Date.
 */
const CONNECTION_OPTIONS = `-c plan_cache_mode=force_generic_plan -c TimeZone=UTC -c jit=off -c pg_trgm.similarity_threshold=${NAME_WORD_SIMILARITY}`;

export function openPostgres(databaseUrl: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: CONNECTION_OPTIONS });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do here.
  });
  return {
    kind: 'postgres',
    db: drizzlePg(pool, { schema }) as unknown as Database,
    executor: { executeSql: (text, values) => pool.query(text, values as unknown[]) },
    close: () => pool.end(),
  };
}

export function wrapPglite(client: PGlite): DatabaseHandle {
  return {
    kind: 'pglite',
    db: drizzlePglite(client, { schema }) as unknown as Database,
    executor: {
      async executeSql(text, values) {
        if (values && values.length > 0) return client.query(text, values);
        // Schema set-up by pg-boss sends several statements in one string, which only exec() accepts.
        const results = await client.exec(text);
        return results.at(-1) ?? { rows: [] };
      },
    },
    close: () => client.close(),
  };
}

/** PGlite with the extensions the migrations create (pg_trgm for Varningslistan's name search). */
export async function createPglite(options: Omit<PGliteOptions, 'extensions'> = {}): Promise<PGlite> {
  const client = await PGlite.create({ ...options, extensions: { pg_trgm } });
  // PGlite has one session for its life: set once, as the pool's connections do at start.
  await client.exec(`set pg_trgm.similarity_threshold = ${NAME_WORD_SIMILARITY}`);
  return client;
}

export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const dir = path.join(dataDir, 'pglite');
  fs.mkdirSync(dir, { recursive: true });
  const client = await createPglite({ dataDir: dir });
  return wrapPglite(client);
}

/** Runs pg-boss's SQL inside one of our transactions, so a job is enqueued only if the change commits. */
export function executorFor(tx: Queryable): SqlExecutor {
  return {
    async executeSql(text, values = []) {
      const result = await tx.execute(withParams(text, values));
      return { rows: (result as unknown as { rows: any[] }).rows };
    },
  };
}

function withParams(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    chunks.push(i % 2 === 0 ? sql.raw(part) : sql`${sql.param(values[Number(part) - 1])}`);
  }
  return sql.join(chunks);
}
