import { api, unwrap } from '../../api/client';

/** Why push cannot be switched on here, in words the settings section translates. */
export type PushBlocker = 'unsupported' | 'installFirst' | 'denied' | 'noWorker';

export class PushSetupError extends Error {
  constructor(readonly blocker: PushBlocker | 'failed') {
    super(blocker);
  }
}

const WORKER_WAIT_MS = 10_000;

function isIos(): boolean {
  return /iPhone|iPad|iPod/.test(navigator.userAgent) && !('MSStream' in window);
}

function isStandalone(): boolean {
  return window.matchMedia?.('(display-mode: standalone)').matches || 'standalone' in navigator;
}

/** What stands in the way of push in this browser right now, or null when it can be asked for. */
export function pushBlocker(): PushBlocker | null {
  const capable = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  // Safari on iPhone offers push only to apps added to the home screen.
  if (!capable) return isIos() && !isStandalone() ? 'installFirst' : 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return null;
}

/** The service worker that receives pushes; null when none is installed (e.g. the dev server). */
async function workerRegistration(): Promise<ServiceWorkerRegistration | null> {
  const existing = await navigator.serviceWorker.getRegistration();
  if (existing?.active) return existing;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), WORKER_WAIT_MS));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

export async function browserSubscription(): Promise<PushSubscription | null> {
  if (pushBlocker() === 'unsupported' || pushBlocker() === 'installFirst') return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function sameKey(subscription: PushSubscription, key: Uint8Array): boolean {
  const current = subscription.options.applicationServerKey;
  if (!current) return false;
  const bytes = new Uint8Array(current);
  return bytes.length === key.length && bytes.every((byte, i) => byte === key[i]);
}

/** The browser asks its push service (e.g. Google's) for an endpoint; that can fail without network. */
async function subscribeBrowser(
  registration: ServiceWorkerRegistration,
  key: Uint8Array<ArrayBuffer>,
): Promise<PushSubscription> {
  try {
    return await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  } catch (error) {
    console.warn('push subscription failed', error);
    throw new PushSetupError(
      error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'failed',
    );
  }
}

/**
 * Asks for permission (only from a click), subscribes this browser with the server's VAPID key and
 * registers the subscription. A subscription made for another key (the server was reinstalled) is replaced.
 */
export async function enablePush(): Promise<void> {
  const blocker = pushBlocker();
  if (blocker) throw new PushSetupError(blocker);
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new PushSetupError(permission === 'denied' ? 'denied' : 'failed');
  const registration = await workerRegistration();
  if (!registration) throw new PushSetupError('noWorker');
  const { publicKey } = await unwrap(api.GET('/push/vapid-public-key'));
  const key = keyBytes(publicKey);
  let subscription = await registration.pushManager.getSubscription();
  if (subscription && !sameKey(subscription, key)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await subscribeBrowser(registration, key);
  const json = subscription.toJSON();
  await unwrap(
    api.POST('/push/subscriptions', {
      body: {
        endpoint: subscription.endpoint,
        expirationTime: json.expirationTime ?? null,
        keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
      },
    }),
  );
}

/** Stops pushes to this browser: forgotten by the server first, then unsubscribed in the browser. */
export async function disablePush(): Promise<void> {
  const subscription = await browserSubscription();
  if (!subscription) return;
  await unwrap(api.DELETE('/push/subscriptions', { body: { endpoint: subscription.endpoint } }));
  await subscription.unsubscribe();
}
