import { runInWorker } from '../../platform/workers/run-in-worker';

type WorkerAnswer = { ok: true; jpeg: Uint8Array } | { ok: false; message: string };

const HEIC_WORKER = new URL('./heic-worker.mjs', import.meta.url);

/**
 * HEIC (HEVC in HEIF) to JPEG with heic-convert in a worker thread: sharp's prebuilt libvips reads the
 * HEIF container but has no HEVC decoder (decision 015). Only the pixels come out; EXIF is not carried over.
 */
export async function heicToJpeg(input: Buffer): Promise<Buffer> {
  const answer = await runInWorker<WorkerAnswer>(HEIC_WORKER, { input }, { timeoutMs: 60_000 });
  if (!answer.ok) throw new Error(`HEIC conversion failed: ${answer.message}`);
  return Buffer.from(answer.jpeg);
}
