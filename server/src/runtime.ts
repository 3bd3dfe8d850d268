import pino, { type Logger } from 'pino';
import type { Config } from './config';
import type { DatabaseHandle } from './db/client';
import { migrateDatabase } from './db/migrate';
import type { AppDeps } from './deps';
import { keySourceOf } from './modules/crisis/keys';
import { defineFraudJobs } from './modules/fraud/followers';
import { defineGroupJobs } from './modules/groups/service';
import { defineIncidentJobs } from './modules/incidents/jobs';
import { installStarterLibrary } from './modules/library/starter/install';
import { defineNotificationJobs } from './modules/notifications/jobs';
import { definePoliceJobs } from './modules/police/jobs';
import { defineWarningJobs } from './modules/warnings/deliver';
import { currentKeysOf, keyringOf } from './platform/crypto/keyring';
import { Jobs } from './platform/jobs';
import { createMailer } from './platform/mail/mailer';
import { defineMailJob } from './platform/mail/outbox';
import { OutboxRelay } from './platform/outbox';
import { RateLimiter } from './platform/rate-limit';

/** Invite links carry their token in the path; the log keeps the route, not the key. */
export const redactUrl = (url: string) =>
  url
    .replace(/\/invites\/[A-Za-z0-9_-]{16,}/, '/invites/[token]')
    .replace(/([?&](token|cursor)=)[^&]+/g, '$1[redacted]');

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    serializers: {
      req: (req: { method: string; url: string; id?: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
        id: req.id,
      }),
    },
    // Belt and braces: these never belong in a log line even if a future log call passes them.
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        '*.password',
        '*.email',
        '*.token',
      ],
      remove: true,
    },
  });
}

/** Migrates the database and wires the parts every module uses; the caller decides when jobs start. */
export async function createRuntime(
  config: Config,
  database: DatabaseHandle,
  logger: Logger,
): Promise<AppDeps> {
  await migrateDatabase(database);
  await installStarterLibrary(database.db);
  const jobs = new Jobs(database.executor, logger);
  jobs.attachOutbox(new OutboxRelay(database.db, jobs, logger));
  const mailer = createMailer(config, database.db);
  defineMailJob(jobs, mailer);
  defineIncidentJobs({ db: database.db, jobs, config });
  defineGroupJobs({ db: database.db, jobs, config });
  defineWarningJobs({ db: database.db, jobs, config });
  defineFraudJobs({ db: database.db, jobs, config });
  definePoliceJobs({ db: database.db, jobs, config, mailer });
  defineNotificationJobs({ db: database.db, jobs, config, mailer });
  const keys = keySourceOf(config);
  const keyring = keyringOf(keys.keys, currentKeysOf(keys));
  return { config, database, db: database.db, jobs, mailer, limiter: new RateLimiter(), logger, keyring };
}
