import { createECDH } from 'node:crypto';

/** The push services of the browsers people use; a production server posts to nothing else. */
export const KNOWN_PUSH_SERVICES = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  'push.services.mozilla.com',
  'web.push.apple.com',
  'notify.windows.com',
] as const;

const SERVICE_NAMES: [suffix: string, name: string][] = [
  ['fcm.googleapis.com', 'Google (Chrome, Edge, Android)'],
  ['mozilla.com', 'Mozilla (Firefox)'],
  ['push.apple.com', 'Apple (Safari, iPhone)'],
  ['notify.windows.com', 'Microsoft (Windows)'],
];

const hostMatches = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);

/**
 * The server will POST to whatever endpoint a browser hands it, so in production the endpoint must be https on a
 * known push service (or one the operator allowed); elsewhere plain http is accepted for local test peers.
 * Returns a Swedish message for the field, or null when the endpoint is acceptable.
 */
export function endpointProblem(
  endpoint: string,
  rules: { production: boolean; allowedHosts: readonly string[] },
): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'Ogiltig adress';
  }
  if (url.username || url.password) return 'Adressen får inte innehålla inloggningsuppgifter';
  if (!rules.production)
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'Ogiltig adress';
  if (url.protocol !== 'https:') return 'Adressen måste börja med https://';
  const host = url.hostname.toLowerCase();
  if (!rules.allowedHosts.some((suffix) => hostMatches(host, suffix.toLowerCase())))
    return 'Push-tjänsten är inte godkänd på den här servern';
  return null;
}

/** A readable name of the push service behind an endpoint, to tell a person's devices apart. */
export function pushServiceName(endpoint: string): string {
  let host: string;
  try {
    host = new URL(endpoint).hostname.toLowerCase();
  } catch {
    return endpoint.slice(0, 40);
  }
  return SERVICE_NAMES.find(([suffix]) => hostMatches(host, suffix))?.[1] ?? host;
}

/** The browser's key must be a point on P-256, or every message to it would fail at encryption. */
export function isValidP256Key(base64url: string): boolean {
  try {
    const key = Buffer.from(base64url, 'base64url');
    if (key.length !== 65 || key[0] !== 0x04) return false;
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    ecdh.computeSecret(key);
    return true;
  } catch {
    return false;
  }
}
