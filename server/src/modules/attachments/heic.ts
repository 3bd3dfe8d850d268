import os from 'node:os';
import { Worker } from 'node:worker_threads';

type WorkerAnswer = { ok: true; jpeg: Uint8Array } | { ok: false; message: string };

/** At most this many conversions at once: each holds a whole decoded photo in memory. */
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

/**
 * HEIC (HEVC in HEIF) to JPEG with heic-convert in a worker thread: sharp's prebuilt libvips reads the
 * HEIF container but has no HEVC decoder (decision 015). Only the pixels come out; EXIF is not carried over.
 */
export function heicToJpeg(input: Buffer): Promise<Buffer> {
  return slot(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        const worker = new Worker(new URL('./heic-worker.mjs', import.meta.url), { workerData: { input } });
        worker.once('message', (answer: WorkerAnswer) => {
          if (answer.ok) resolve(Buffer.from(answer.jpeg));
          else reject(new Error(`HEIC conversion failed: ${answer.message}`));
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`HEIC worker exited with ${code}`));
        });
      }),
  );
}
