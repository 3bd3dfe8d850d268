import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database, DatabaseHandle } from './db/client';
import type { DataKeyring } from './platform/crypto/keyring';
import type { Jobs } from './platform/jobs';
import type { Mailer } from './platform/mail/mailer';
import type { RateLimiter } from './platform/rate-limit';

/** What modules may use; each service takes only the parts it needs. */
export type AppDeps = {
  config: Config;
  database: DatabaseHandle;
  db: Database;
  jobs: Jobs;
  mailer: Mailer;
  limiter: RateLimiter;
  logger: Logger;
  /** Seals personal data at rest (ACC-5). */
  keyring: DataKeyring;
};

export type ServiceDeps = Pick<AppDeps, 'db' | 'jobs' | 'config'>;
