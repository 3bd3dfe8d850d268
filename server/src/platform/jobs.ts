import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { executorFor, type Queryable, type SqlExecutor } from '../db/client';
import type { OutboxRelay } from './outbox';

export type JobHandler<T> = (data: T) => Promise<void>;

type Definition = { handler: JobHandler<any>; retryLimit: number; retryDelaySeconds: number };

/**
 * Durable background work on pg-boss in our own database. `send` takes the caller's transaction,
 * so a job exists exactly when the change that caused it was committed (the outbox pattern).
 */
export class Jobs {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, Definition>();
  private started = false;
  private outbox: OutboxRelay | null = null;

  constructor(
    executor: SqlExecutor,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({ db: executor as never, schema: 'pgboss', supervise: true, schedule: false });
    this.boss.on('error', (error) => this.log.error({ err: error }, 'job queue error'));
  }

  define<T>(
    name: string,
    handler: JobHandler<T>,
    options: { retryLimit?: number; retryDelaySeconds?: number } = {},
  ) {
    this.definitions.set(name, {
      handler,
      retryLimit: options.retryLimit ?? 8,
      retryDelaySeconds: options.retryDelaySeconds ?? 15,
    });
  }

  /** Work written to the outbox table by a statement is relayed into this queue. */
  attachOutbox(relay: OutboxRelay): void {
    this.outbox = relay;
  }

  /** After a statement wrote to the outbox: relay it now rather than at the next poll. */
  nudgeOutbox(): void {
    this.outbox?.nudge();
  }

  /** Installs or upgrades pg-boss's schema and the queues; with `work`, also starts polling. */
  async start(options: { work: boolean }): Promise<void> {
    await this.boss.start();
    for (const [name, definition] of this.definitions) {
      await this.boss.createQueue(name, {
        name,
        retryLimit: definition.retryLimit,
        retryDelay: definition.retryDelaySeconds,
        retryBackoff: true,
      });
    }
    this.started = true;
    if (!options.work) return;
    this.outbox?.start();
    for (const name of this.definitions.keys()) {
      await this.boss.work<object>(name, { pollingIntervalSeconds: 1, batchSize: 10 }, (jobs) =>
        this.handle(name, jobs),
      );
    }
  }

  async send(tx: Queryable, name: string, data: object, options: { startAfter?: Date } = {}): Promise<void> {
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    await this.boss.send(name, data, { db: executorFor(tx) as never, ...options });
  }

  /** Many jobs in one statement, in the caller's transaction (the outbox relay moves batches this way). */
  async sendMany(tx: Queryable, jobs: { name: string; data: object }[]): Promise<void> {
    if (jobs.length === 0) return;
    const unknown = jobs.find((job) => !this.definitions.has(job.name));
    if (unknown) throw new Error(`Unknown job ${unknown.name}`);
    await this.boss.insert(jobs, { db: executorFor(tx) as never });
  }

  /** Runs every job that is due now, in this process; tests use it to make delivery deterministic. */
  async runPending(): Promise<number> {
    let ran = 0;
    for (let progress = true; progress; ) {
      progress = false;
      if (this.outbox && (await this.outbox.relay()) > 0) progress = true;
      for (const name of this.definitions.keys()) {
        const jobs = await this.boss.fetch<object>(name, { batchSize: 50 });
        if (jobs.length === 0) continue;
        progress = true;
        ran += jobs.length;
        await this.handle(name, jobs);
      }
    }
    return ran;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.outbox?.stop();
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }

  private async handle(name: string, jobs: PgBoss.Job<object>[]): Promise<void> {
    const definition = this.definitions.get(name);
    if (!definition) return;
    for (const job of jobs) {
      try {
        await definition.handler(job.data);
        await this.boss.complete(name, job.id);
      } catch (error) {
        this.log.warn({ err: error, job: name, jobId: job.id }, 'job failed; it will be retried');
        await this.boss.fail(name, job.id, {
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }
}
