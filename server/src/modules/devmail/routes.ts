import { uuidSchema } from '@vaksam/domain/common';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { devMail } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { notFound } from '../../platform/errors';
import { errorResponses, typed } from '../../platform/http/route';

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
const linkify = (escaped: string) =>
  escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

type StoredAttachment = { filename: string; contentType: string; contentBase64: string };

const attachmentUrl = (mailId: string, index: number) => `/api/v1/dev/mail/${mailId}/attachments/${index}`;

/** Bytes of a base64 string without decoding it. */
const decodedSize = (base64: string) =>
  Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);

const formatSize = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} kB`;

function sendAttachment(reply: FastifyReply, attachment: StoredAttachment) {
  // The name comes from our own code, but is quoted safely all the same.
  const ascii = attachment.filename.replace(/[^\w.-]/g, '_');
  return reply
    .header('content-type', attachment.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .send(Buffer.from(attachment.contentBase64, 'base64'));
}

/** Only registered outside production, and only when no SMTP server is configured. */
export async function devMailRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const attachmentSchema = z.object({
    filename: z.string(),
    contentType: z.string(),
    size: z.number(),
    url: z.string(),
  });
  const mailSchema = z.object({
    id: z.string(),
    createdAt: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    attachments: z.array(attachmentSchema),
  });
  const latest = () => deps.db.select().from(devMail).orderBy(desc(devMail.id)).limit(100);
  const describe = (mailId: string, attachments: StoredAttachment[]) =>
    attachments.map((a, index) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: decodedSize(a.contentBase64),
      url: attachmentUrl(mailId, index),
    }));

  r.get('/api/v1/dev/mail', {
    config: { auth: 'public' },
    schema: { tags: ['dev'], response: { 200: z.object({ items: z.array(mailSchema) }) } },
    handler: async () => ({
      items: (await latest()).map((m) => ({
        id: m.id,
        createdAt: m.createdAt.toISOString(),
        to: m.to,
        subject: m.subject,
        text: m.text,
        attachments: describe(m.id, m.attachments),
      })),
    }),
  });

  r.get('/api/v1/dev/mail/:id/attachments/:index', {
    config: { auth: 'public' },
    schema: {
      tags: ['dev'],
      description: 'An attachment of a mail in the dev mailbox, as it was sent.',
      produces: ['application/octet-stream', 'application/json'],
      params: z
        .object({
          id: uuidSchema,
          index: z.coerce
            .number({ message: 'Ange ett heltal' })
            .int({ message: 'Ange ett heltal' })
            .min(0)
            .max(99),
        })
        .strict(),
      response: {
        200: z.string().meta({ format: 'binary', description: 'The attachment' }),
        ...errorResponses(404),
      },
    },
    handler: async (request, reply) => {
      const [mail] = await deps.db.select().from(devMail).where(eq(devMail.id, request.params.id));
      const attachment = mail?.attachments[request.params.index];
      if (!attachment) throw notFound('Bilagan finns inte');
      return sendAttachment(reply, attachment);
    },
  });

  r.get('/dev/mail', {
    config: { auth: 'public' },
    schema: { hide: true },
    handler: async (_request, reply) => {
      const mails = await latest();
      const items = mails
        .map((m) => {
          const files = describe(m.id, m.attachments)
            .map(
              (a) =>
                `<li><a href="${a.url}" download>${escapeHtml(a.filename)}</a> <span class="meta">(${escapeHtml(a.contentType)}, ${formatSize(a.size)})</span></li>`,
            )
            .join('');
          return `<article><h2>${escapeHtml(m.subject)}</h2>
<p class="meta">Till: ${escapeHtml(m.to)} · ${m.createdAt.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' })}</p>
<pre>${linkify(escapeHtml(m.text))}</pre>${files ? `<h3>Bilagor</h3><ul>${files}</ul>` : ''}</article>`;
        })
        .join('\n');
      reply.type('text/html; charset=utf-8');
      return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Utvecklarbrevlåda – Vaksam</title>
<style>body{font-family:system-ui,sans-serif;max-width:720px;margin:auto;padding:16px;color:#1a1a1a}article{border:1px solid #ccc;border-radius:8px;padding:12px;margin:12px 0}pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit}a{overflow-wrap:anywhere}.meta{color:#444;font-size:14px}a{color:#0b4f9c}h3{font-size:16px;margin:12px 0 4px}ul{margin:0;padding-left:20px}li{margin:4px 0}</style>
</head><body><main><h1>Utvecklarbrevlåda</h1><p>E-post som Vaksam har skickat när ingen SMTP-server är inställd. Nyaste först.</p>
${items || '<p>Inga mejl ännu.</p>'}</main></body></html>`;
    },
  });
}
