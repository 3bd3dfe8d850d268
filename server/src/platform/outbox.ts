import { type SQL, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from '../db/client';
import type { Jobs } from './jobs';

/** How many outbox rows one relay pass moves; the rest follow in the next pass. */
const BATCH = 200;
/** Other processes' rows (and any missed nudge) are picked up by this poll. */
const POLL_MS = 1_000;
/** How long a nudge waits for others to join it: short against a person waiting for an alert. */
const NUDGE_WINDOW_MS = 100;

/**
 * A statement fragment for a CTE: `insert into outbox … select …`, so that the change and the work it
 * causes are written by one statement. `from` names the CTE the payload is selected from.
 */
export function outboxInsert(jobName: string, payload: SQL, from: SQL): SQL {
  return sql`insert into outbox (job_name, payload) select ${jobName}, ${payload} from ${from}`;
}

/**
 * Moves outbox rows into the job queue in one transaction each pass: a row is deleted exactly when its
 * job is committed, so a crash between the two loses nothing and duplicates nothing.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private pending: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;

  constructor(
    private readonly db: Database,
    private readonly jobs: Jobs,
    private readonly log: Logger,
  ) {}

  async relay(): Promise<number> {
    let moved = 0;
    for (;;) {
      const batch = await this.db.transaction(async (tx) => {
        const result = await tx.execute(sql`
          delete from outbox where id in (
            select id from outbox order by id limit ${BATCH} for update skip locked
          ) returning job_name, payload`);
        const rows = (result as unknown as { rows: { job_name: string; payload: unknown }[] }).rows;
        await this.jobs.sendMany(
          tx,
          rows.map((row) => ({
            name: row.job_name,
            data: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as object,
          })),
        );
        return rows.length;
      });
      moved += batch;
      if (batch < BATCH) return moved;
    }
  }

  /**
   * Relays soon, in this process: called right after a change that wrote to the outbox. Nudges within a
   * short window share one pass, so a burst of reports costs a few relay transactions, not one each.
   */
  nudge(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.relayNow();
    }, NUDGE_WINDOW_MS);
    this.pending.unref();
  }

  private relayNow(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.relay()
      .catch((error: unknown) => {
        this.log.error({ err: error }, 'outbox relay failed; the poll tries again');
        return 0;
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.relayNow();
        }
      });
  }

  start(): void {
    this.timer ??= setInterval(() => this.relayNow(), POLL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
    this.timer = null;
    this.pending = null;
    await this.running;
  }
}
