import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPglite, type DatabaseHandle, openPostgres, wrapPglite } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { Jobs } from '../src/platform/jobs';
import { createLogger } from '../src/runtime';

/** Migrated once per run; every test file then starts from a copy, so files never share state. */
export type TemplateInfo =
  | { kind: 'pglite'; snapshotPath: string }
  | { kind: 'postgres'; adminUrl: string; templateName: string };

const quiet = createLogger({ logLevel: 'silent' });

async function prepareSchema(handle: DatabaseHandle): Promise<void> {
  await migrateDatabase(handle);
  const jobs = new Jobs(handle.executor, quiet);
  await jobs.start({ work: false });
  await jobs.stop();
}

export async function createTemplate(databaseUrl: string | undefined): Promise<TemplateInfo> {
  if (!databaseUrl) {
    const client = await createPglite();
    await prepareSchema(wrapPglite(client));
    const snapshot = await client.dumpDataDir('none');
    const snapshotPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vaksam-test-')), 'template.tar');
    fs.writeFileSync(snapshotPath, Buffer.from(await snapshot.arrayBuffer()));
    await client.close();
    return { kind: 'pglite', snapshotPath };
  }
  const url = new URL(databaseUrl);
  const templateName = `${url.pathname.slice(1) || 'vaksam'}_template`;
  await adminQuery(databaseUrl, `drop database if exists "${templateName}" with (force)`);
  await adminQuery(databaseUrl, `create database "${templateName}"`);
  const templateUrl = withDatabase(databaseUrl, templateName);
  const handle = openPostgres(templateUrl, 2);
  await prepareSchema(handle);
  await handle.close();
  return { kind: 'postgres', adminUrl: databaseUrl, templateName };
}

export async function dropTemplate(info: TemplateInfo): Promise<void> {
  if (info.kind === 'pglite') {
    fs.rmSync(path.dirname(info.snapshotPath), { recursive: true, force: true });
    return;
  }
  await adminQuery(info.adminUrl, `drop database if exists "${info.templateName}" with (force)`);
}

/** A database of this test file's own, copied from the template. */
export async function openTestDatabase(
  info: TemplateInfo,
): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }> {
  if (info.kind === 'pglite') {
    const snapshot = new Blob([fs.readFileSync(info.snapshotPath)]);
    const client = await createPglite({ loadDataDir: snapshot });
    const handle = wrapPglite(client);
    return { handle, drop: () => handle.close() };
  }
  const name = `${info.templateName.replace(/_template$/, '')}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(info.adminUrl, `create database "${name}" template "${info.templateName}"`);
  const handle = openPostgres(withDatabase(info.adminUrl, name), 5);
  return {
    handle,
    async drop() {
      await handle.close();
      await adminQuery(info.adminUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}

function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Database-level statements run from the maintenance database, not the one being created or dropped. */
async function adminQuery(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
