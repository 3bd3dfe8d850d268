import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Multipart, MultipartFile, MultipartValue } from '@fastify/multipart';
import { ATTACHMENT_MAX_BYTES } from '@vaksam/domain/attachments';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { HttpError, invalid, unprocessable } from '../../platform/errors';
import { SNIFF_BYTES } from './content-type';
import type { AttachmentStorage } from './storage';

/** The form field of an upload's file. */
export const FILE_FIELD = 'file';

/**
 * Handed to @fastify/multipart: one file, a few text fields at most (each is refused by name below unless the
 * route reads it, as a document's title; 1 KiB holds 200 characters of any script).
 */
export const UPLOAD_LIMITS = {
  fileSize: ATTACHMENT_MAX_BYTES,
  files: 1,
  fields: 5,
  fieldSize: 1024,
  fieldNameSize: 100,
  parts: 6,
  headerPairs: 20,
};

/** The raw upload on disk, not yet looked at. */
export type ReceivedUpload = {
  tempPath: string;
  size: number;
  /** Of the bytes as sent: the idempotency check compares retries by it. */
  sha256: string;
  clientName: string | undefined;
  /** The first bytes, for telling the type by content. */
  head: Buffer;
};

const MAX_MB = ATTACHMENT_MAX_BYTES / 1024 / 1024;
const tooLarge = () =>
  new HttpError(413, 'payload_too_large', `Filen är för stor: högst ${MAX_MB} MB.`, {
    file: `Filen är större än ${MAX_MB} MB`,
  });
const oneFileOnly = () =>
  unprocessable('Skicka en fil per förfrågan.', { file: 'Skicka en fil per förfrågan' });
const broken = () =>
  invalid(
    { file: 'Uppladdningen kunde inte läsas. Försök igen.' },
    'Förfrågan kunde inte tolkas som multipart/form-data',
  );

/** The text fields a route reads beside the file (a document's title), as a zod object of strings. */
type TextFields = z.ZodObject<Record<string, z.ZodType>, z.core.$ZodObjectConfig>;

/**
 * Streams the `file` part of a multipart request to a temp file, counting and hashing on the way,
 * so that 15 MB never sit in memory. Any other field is refused by name, as unknown JSON fields are — but
 * the text fields a route names in `fields`, which are checked as they arrive (a title sent before the file
 * is refused before a byte of the file is read) and again all together at the end, so that nothing is
 * stored under a missing or wrong one.
 */
export async function receiveUpload(
  request: FastifyRequest,
  storage: AttachmentStorage,
): Promise<ReceivedUpload>;
export async function receiveUpload<F extends TextFields>(
  request: FastifyRequest,
  storage: AttachmentStorage,
  fields: F,
): Promise<ReceivedUpload & { fields: z.output<F> }>;
export async function receiveUpload(
  request: FastifyRequest,
  storage: AttachmentStorage,
  fields?: TextFields,
) {
  if (!request.isMultipart()) {
    throw invalid(
      { file: 'Skicka filen som multipart/form-data i fältet "file"' },
      'Filen ska skickas som multipart/form-data',
    );
  }
  const parts = request.parts();
  let received: ReceivedUpload | null = null;
  const values: Record<string, unknown> = {};
  let checked: unknown;
  try {
    for (let part = await nextPart(parts); part; part = await nextPart(parts)) {
      if (fields && part.type === 'field' && Object.hasOwn(fields.shape, part.fieldname)) {
        values[part.fieldname] = textField(fields, part, values);
        continue;
      }
      if (part.fieldname !== FILE_FIELD) {
        throw invalid({ [part.fieldname.slice(0, 64) || '_']: 'Okänt fält' });
      }
      if (part.type !== 'file') throw unprocessable('Välj en fil att ladda upp.', { file: 'Välj en fil' });
      if (received) throw oneFileOnly();
      received = await saveToTemp(part, storage);
    }
    if (fields) checked = checkFields(fields, values, received !== null);
  } catch (error) {
    if (received) await storage.remove(received.tempPath);
    throw error;
  }
  if (!received) throw unprocessable('Välj en fil att ladda upp.', { file: 'Välj en fil' });
  return fields ? { ...received, fields: checked } : received;
}

/** One named text field, checked by its own schema as soon as it arrives. */
function textField(fields: TextFields, part: MultipartValue, seen: Record<string, unknown>): unknown {
  const name = part.fieldname;
  if (Object.hasOwn(seen, name)) throw invalid({ [name]: 'Skicka fältet en gång' });
  if (part.valueTruncated) throw invalid({ [name]: 'Texten är för lång' });
  const result = (fields.shape[name] as z.ZodType).safeParse(part.value);
  if (!result.success) throw invalid({ [name]: result.error.issues[0]?.message ?? 'Ogiltigt värde' });
  return result.data;
}

/** All the text fields together (a missing one is found here), with the file's absence in the same answer. */
function checkFields(fields: TextFields, values: Record<string, unknown>, hasFile: boolean): unknown {
  const result = fields.safeParse(values);
  if (result.success) return result.data;
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) problems[String(issue.path[0] ?? '_')] ??= issue.message;
  if (!hasFile) problems.file = 'Välj en fil';
  throw invalid(problems);
}

/** The next part, with the parser's own failures (limits, broken bodies) as our field-level errors. */
async function nextPart(parts: AsyncIterableIterator<Multipart>): Promise<Multipart | null> {
  try {
    const next = await parts.next();
    return next.done ? null : next.value;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT') throw oneFileOnly();
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT')
      throw invalid({ _: 'För många fält' }, 'Skicka bara fältet "file"');
    throw broken();
  }
}

async function saveToTemp(part: MultipartFile, storage: AttachmentStorage): Promise<ReceivedUpload> {
  const tempPath = await storage.tempPath();
  const hash = createHash('sha256');
  let size = 0;
  const head: Buffer[] = [];
  let headLength = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      hash.update(chunk);
      if (headLength < SNIFF_BYTES) {
        head.push(chunk);
        headLength += chunk.length;
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(part.file, meter, createWriteStream(tempPath, { flags: 'wx' }));
    if (part.file.truncated) throw tooLarge();
    if (size === 0) throw unprocessable('Filen är tom.', { file: 'Filen är tom (0 byte)' });
  } catch (error) {
    await storage.remove(tempPath);
    // Our own disk failing is a server error; the client's stream breaking off is theirs.
    if (error instanceof HttpError || isSystemError(error)) throw error;
    throw broken();
  }
  return {
    tempPath,
    size,
    sha256: hash.digest('hex'),
    clientName: part.filename || undefined,
    head: Buffer.concat(head).subarray(0, SNIFF_BYTES),
  };
}

const isSystemError = (error: unknown) => typeof error === 'object' && error !== null && 'syscall' in error;
