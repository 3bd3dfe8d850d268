// Decodes one HEIC image to JPEG off the main thread: libheif-js (WebAssembly) and the JPEG encoder are
// synchronous JavaScript and would otherwise stall every other request for seconds on a phone photo.
import { parentPort, workerData } from 'node:worker_threads';
import convert from 'heic-convert';

try {
  // Near-lossless: this JPEG is only a hand-over to sharp, which encodes the stored copy.
  const jpeg = await convert({ buffer: workerData.input, format: 'JPEG', quality: 0.98 });
  parentPort.postMessage({ ok: true, jpeg });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
