import os from 'node:os';
import { type Transferable, Worker } from 'node:worker_threads';

/**
 * At most this many worker threads at once, over every kind of work: each holds a whole file (a decoded
 * photo, a parsed PDF) in memory, and the request threads must keep a core.
 */
const MAX_PARALLEL = Math.max(1, Math.floor(os.availableParallelism() / 2));
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The worker did not answer in time and was stopped. */
export class WorkerTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the worker did not answer within ${timeoutMs} ms`);
    this.name = 'WorkerTimeoutError';
  }
}

export type WorkerOptions = {
  /** Stops the thread after this long: a hostile file can keep a parser busy for ever. */
  timeoutMs: number;
  /** Heap ceiling of the thread; a file that needs more ends the thread, not the server. */
  maxHeapMb?: number;
  transferList?: Transferable[];
};

/**
 * Runs one plain-JavaScript worker script (`.mjs`, so it needs no TypeScript loader) on `workerData` and
 * resolves with the first message it posts. One thread per task: the libraries run there (pdf.js, libheif)
 * are synchronous, heavy and, for pdf.js, rewrite built-ins, none of which may reach the request thread.
 */
export function runInWorker<Answer>(
  script: URL,
  workerData: unknown,
  options: WorkerOptions,
): Promise<Answer> {
  return slot(
    () =>
      new Promise<Answer>((resolve, reject) => {
        const worker = new Worker(script, {
          workerData,
          transferList: options.transferList,
          resourceLimits: options.maxHeapMb ? { maxOldGenerationSizeMb: options.maxHeapMb } : undefined,
        });
        let settled = false;
        const settle = (finish: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          finish();
          void worker.terminate();
        };
        const timer = setTimeout(
          () => settle(() => reject(new WorkerTimeoutError(options.timeoutMs))),
          options.timeoutMs,
        );
        worker.once('message', (answer: Answer) => settle(() => resolve(answer)));
        worker.once('error', (error) => settle(() => reject(error)));
        worker.once('exit', (code) =>
          settle(() => reject(new Error(`worker ${script.pathname} exited with ${code} before answering`))),
        );
      }),
  );
}
