import { z } from 'zod';
import { uuidSchema } from './common';

/** The limit for one uploaded file (15 MiB); the server answers 413 above it. */
export const ATTACHMENT_MAX_BYTES = 15 * 1024 * 1024;
/** A report keeps a bounded number of files, so one report cannot fill the disk. */
export const ATTACHMENTS_PER_INCIDENT_MAX = 30;
/** Display names are cut to this many characters before the extension. */
export const DISPLAY_NAME_MAX = 100;

/** What is stored and served: HEIC arrives but is kept as JPEG, since browsers cannot show HEIC. */
export const storedContentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type StoredContentType = (typeof storedContentTypes)[number];

/** What may be uploaded, as told to a client (the server checks the bytes, never the declared type). */
export const acceptedUploadTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/pdf',
] as const;
export const ACCEPTED_UPLOAD_LABEL = 'JPEG, PNG, WebP, HEIC eller PDF';

export const incidentAttachmentsParamsSchema = z.object({ incidentId: uuidSchema }).strict();
export const attachmentParamsSchema = z.object({ incidentId: uuidSchema, attachmentId: uuidSchema }).strict();

/** Documents the multipart form for OpenAPI; the file itself is read as a stream by the route. */
export const uploadAttachmentBodySchema = z.object({
  file: z
    .string()
    .meta({ format: 'binary', description: 'One file: JPEG, PNG, WebP, HEIC or PDF, at most 15 MB' }),
});

export const attachmentSchema = z.object({
  id: uuidSchema,
  incidentId: uuidSchema,
  /** The uploader's file name made safe (no path, no control characters), with the stored format's extension. */
  displayName: z.string(),
  contentType: z.enum(storedContentTypes),
  /** Bytes of the stored file. */
  size: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  hasThumbnail: z.boolean(),
  uploadedBy: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  createdAt: z.string(),
  canDelete: z.boolean(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) });

/** The served file: image bytes or a PDF. */
export const attachmentContentSchema = z
  .string()
  .meta({ format: 'binary', description: 'The stored file (image/jpeg, image/png, image/webp or PDF)' });
