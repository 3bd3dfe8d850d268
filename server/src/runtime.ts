import pino, { type Logger } from 'pino';
import type { Config } from './config';
import type { DatabaseHandle } from './db/client';
import { migrateDatabase } from './db/migrate';
import type { AppDeps } from './deps';
import { Jobs } from './platform/jobs';
import { createMailer } from './platform/mail/mailer';
import { defineMailJob } from './platform/mail/outbox';
import { RateLimiter } from './platform/rate-limit';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    // Belt and braces: these never belong in a log line even if a future log call passes them.
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', '*.password', '*.email', '*.token'], remove: true },
  });
}

/** Migrates the database and wires the parts every module uses; the caller decides when jobs start. */
export async function createRuntime(config: Config, database: DatabaseHandle, logger: Logger): Promise<AppDeps> {
  await migrateDatabase(database);
  const jobs = new Jobs(database.executor, logger);
  const mailer = createMailer(config, database.db);
  defineMailJob(jobs, mailer);
  return { config, database, db: database.db, jobs, mailer, limiter: new RateLimiter(), logger };
}
