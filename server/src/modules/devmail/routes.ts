import { desc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { devMail } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { typed } from '../../platform/http/route';

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
const linkify = (escaped: string) =>
  escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

/** Only registered outside production, and only when no SMTP server is configured. */
export async function devMailRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const mailSchema = z.object({
    id: z.string(),
    createdAt: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
  });
  const latest = () => deps.db.select().from(devMail).orderBy(desc(devMail.id)).limit(100);

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
      })),
    }),
  });

  r.get('/dev/mail', {
    config: { auth: 'public' },
    schema: { hide: true },
    handler: async (_request, reply) => {
      const mails = await latest();
      const items = mails
        .map(
          (m) => `<article><h2>${escapeHtml(m.subject)}</h2>
<p class="meta">Till: ${escapeHtml(m.to)} · ${m.createdAt.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' })}</p>
<pre>${linkify(escapeHtml(m.text))}</pre></article>`,
        )
        .join('\n');
      reply.type('text/html; charset=utf-8');
      return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Utvecklarbrevlåda – Vaksam</title>
<style>body{font-family:system-ui,sans-serif;max-width:720px;margin:auto;padding:16px;color:#1a1a1a}article{border:1px solid #ccc;border-radius:8px;padding:12px;margin:12px 0}pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit}a{overflow-wrap:anywhere}.meta{color:#444;font-size:14px}a{color:#0b4f9c}</style>
</head><body><main><h1>Utvecklarbrevlåda</h1><p>E-post som Vaksam har skickat när ingen SMTP-server är inställd. Nyaste först.</p>
${items || '<p>Inga mejl ännu.</p>'}</main></body></html>`;
    },
  });
}
