/// <reference lib="webworker" />

/** What the server sends (server/src/platform/push/send.ts): short texts and a path inside the app. */
interface PushMessage {
  title: string;
  body?: string;
  url?: string;
  tag?: string;
}

/**
 * Browsers require every push to show a notification (userVisibleOnly); one we cannot read still says
 * something useful instead of the browser's own "updated in the background".
 */
const FALLBACK: PushMessage = { title: 'Vaksam', body: 'Du har en ny avisering.', url: '/notifications' };

function parseMessage(data: PushMessageData | null): PushMessage {
  if (!data) return FALLBACK;
  try {
    const value: unknown = data.json();
    if (typeof value !== 'object' || value === null) return FALLBACK;
    const record = value as Record<string, unknown>;
    if (typeof record.title !== 'string' || !record.title) return FALLBACK;
    return {
      title: record.title,
      body: typeof record.body === 'string' ? record.body : undefined,
      url: typeof record.url === 'string' ? record.url : undefined,
      tag: typeof record.tag === 'string' ? record.tag : undefined,
    };
  } catch {
    return FALLBACK;
  }
}

/** Only our own pages are opened from a notification. */
function sameOriginUrl(sw: ServiceWorkerGlobalScope, url: string | undefined): string {
  try {
    const target = new URL(url ?? '/', sw.location.origin);
    return target.origin === sw.location.origin ? target.href : sw.location.origin;
  } catch {
    return sw.location.origin;
  }
}

/** Brings the app to the front at `url`: a tab already there, else any tab of ours, else a new window. */
async function focusOrOpen(sw: ServiceWorkerGlobalScope, url: string): Promise<void> {
  const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const exact = windows.find((client) => client.url === url);
  if (exact) {
    await exact.focus();
    return;
  }
  for (const client of windows) {
    try {
      // navigate() works only for tabs this worker controls; others throw and we try the next.
      const navigated = await client.navigate(url);
      await (navigated ?? client).focus();
      return;
    } catch {
      // Not controlled by this worker.
    }
  }
  await sw.clients.openWindow(url);
}

/** NOTIF-1: shows the server's push messages and opens the report when one is clicked. */
export function registerPushHandlers(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('push', (event) => {
    const message = parseMessage(event.data);
    event.waitUntil(
      sw.registration.showNotification(message.title, {
        body: message.body,
        tag: message.tag,
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        data: { url: sameOriginUrl(sw, message.url) },
      }),
    );
  });

  sw.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const url = sameOriginUrl(sw, (event.notification.data as { url?: string } | null)?.url);
    event.waitUntil(focusOrOpen(sw, url));
  });
}
