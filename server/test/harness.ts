import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { type Config, loadConfig } from '../src/config';
import type { AppDeps } from '../src/deps';
import { closeServer } from '../src/platform/http/close';
import { createLogger, createRuntime } from '../src/runtime';
import { TestClient } from './client';
import { openTestDatabase } from './databases';
import { Factories } from './factories';
import { SmtpPeer } from './smtp-peer';

export type TestApp = {
  app: FastifyInstance;
  deps: AppDeps;
  url: string;
  smtp: SmtpPeer;
  factories: Factories;
  client(): TestClient;
  /** Delivers queued mails and other jobs now, as the worker would. */
  runJobs(): Promise<number>;
  close(): Promise<void>;
};

/** The real HTTP server on a free port over this file's own database, with a real SMTP peer for mail. */
export async function startTestApp(
  overrides: Partial<Config> & { useSmtp?: boolean } = {},
): Promise<TestApp> {
  const { useSmtp = true, ...configOverrides } = overrides;
  const smtp = new SmtpPeer();
  const smtpUrl = useSmtp ? await smtp.start() : undefined;
  const database = await openTestDatabase(inject('databaseTemplate'));
  // Files (attachments) go to a directory of this app alone, removed again on close.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaksam-test-'));
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'false' }),
    smtpUrl,
    webDistDir: undefined,
    dataDir,
    rateLimitLoginPerMinute: 1000,
    rateLimitEmailPerHour: 1000,
    ...configOverrides,
  };
  const logger = createLogger({ logLevel: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const deps = await createRuntime(config, database.handle, logger);
  await deps.jobs.start({ work: false });
  const app = await buildApp(deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    deps,
    url,
    smtp,
    factories: new Factories(deps),
    client: () => new TestClient(url),
    runJobs: () => deps.jobs.runPending(),
    async close() {
      await closeServer(app);
      await deps.jobs.stop();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (useSmtp) await smtp.stop();
    },
  };
}
