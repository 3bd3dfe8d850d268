// The server under load, in its own process so autocannon does not compete for its event loop.
// Prints one JSON line {port, token, csrfToken, orgId, groupId} on stdout once it listens; stops on SIGTERM.
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { openPostgres } from '../server/src/db/client';
import { createLogger, createRuntime } from '../server/src/runtime';
import { seedBenchData } from './seed';

const config = loadConfig();
if (!config.databaseUrl) throw new Error('bench/server.ts needs DATABASE_URL');
const database = openPostgres(config.databaseUrl);
const deps = await createRuntime(config, database, createLogger({ logLevel: 'silent' }));
const seeded = await seedBenchData(deps.db, config);

// As in production, the job workers and the outbox relay run beside the requests, so their cost is measured
// too; BENCH_JOBS=off measures the requests alone (the jobs then wait in the queue).
await deps.jobs.start({ work: process.env.BENCH_JOBS !== 'off' });
const app = await buildApp(deps);
// Baselines: the framework alone, then the framework plus one database round trip through the same pool.
app.get('/bench/bare', { config: { auth: 'public' } }, async () => ({ ok: true }));
app.get('/bench/select1', { config: { auth: 'public' } }, async () => {
  await deps.db.execute(sql`select 1`);
  return { ok: true };
});
// Read by the runner before and after each measured run: the server's own CPU time per request.
app.get('/bench/cpu', { config: { auth: 'public' } }, async () => process.cpuUsage());
await app.listen({ port: 0, host: '127.0.0.1' });

const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
process.stdout.write(`${JSON.stringify({ port: address.port, ...seeded })}\n`);

process.once('SIGTERM', async () => {
  await app.close();
  await deps.jobs.stop();
  await database.close();
  process.exit(0);
});
