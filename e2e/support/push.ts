import { test as base, expect, request } from '@playwright/test';
import {
  type PeerSubscription,
  PushServicePeer,
  type ReceivedPush,
} from '../../server/test/push-service-peer';

/** The JSON the server encrypts into each push (server/src/platform/push/send.ts, `PushMessage`). */
export type PushMessage = { title: string; body: string; url: string; tag: string };

/**
 * The journeys with a phone that gets pushes: a real Web Push service on a free local port, stopped after
 * the test even when it fails. It decrypts what it receives (RFC 8291), as only the browser could.
 */
export const test = base.extend<{ pushService: PushServicePeer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixture's dependencies from this pattern.
  pushService: async ({}, use) => {
    const peer = new PushServicePeer();
    await peer.start();
    await use(peer);
    await peer.stop();
  },
});

/**
 * Registers a subscription as the person's browser would after `pushManager.subscribe()`, through the API
 * with a session of its own: the page's session belongs to someone else.
 */
export async function subscribeToPush(
  baseURL: string,
  person: { email: string; password: string },
  subscription: PeerSubscription,
): Promise<void> {
  const api = await request.newContext({ baseURL });
  try {
    const login = await api.post('/api/v1/auth/login', {
      data: { email: person.email, password: person.password },
    });
    expect(login.status(), await login.text()).toBe(200);
    const { me } = (await login.json()) as { me: { csrfToken: string } };
    const saved = await api.post('/api/v1/push/subscriptions', {
      data: { ...subscription, expirationTime: null },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(saved.status(), await saved.text()).toBe(201);
  } finally {
    await api.dispose();
  }
}

/** Waits for the push about one report to reach a subscription; pushes leave through the job queue. */
export async function pushAbout(
  peer: PushServicePeer,
  subscription: PeerSubscription,
  reportPath: string,
): Promise<ReceivedPush & { json: PushMessage }> {
  const find = () =>
    peer.to(subscription.endpoint).find((push) => (push.json as PushMessage | null)?.url === reportPath);
  await expect
    .poll(() => find()?.text, { message: `a push about ${reportPath}`, timeout: 30_000 })
    .toBeTruthy();
  return find() as ReceivedPush & { json: PushMessage };
}
