import pg from 'pg';

export const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/vaksam_bench';

/** The bench drops its database, so it refuses a URL that does not look like a throw-away bench database. */
export function benchDatabaseUrl(env = process.env) {
  const url = new URL(env.DATABASE_URL ?? DEFAULT_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/bench/i.test(name)) {
    throw new Error(`Refusing to drop database "${name}": the bench database name must contain "bench".`);
  }
  return { url: url.toString(), name };
}

/** Runs fn against the `postgres` maintenance database of the same server. */
async function withMaintenance(url, fn) {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

export async function recreateDatabase({ url, name }) {
  await withMaintenance(url, async (client) => {
    await client.query(`drop database if exists ${quoteIdent(name)} with (force)`);
    await client.query(`create database ${quoteIdent(name)}`);
  });
}

export async function dropDatabase({ url, name }) {
  await withMaintenance(url, (client) =>
    client.query(`drop database if exists ${quoteIdent(name)} with (force)`),
  );
}

export async function serverVersion(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('select version() as version');
    return String(rows[0].version);
  } finally {
    await client.end();
  }
}

/** One count, on a connection of its own. */
export async function countRows(url, text, values) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(text, values);
    return Number(rows[0].count);
  } finally {
    await client.end();
  }
}
