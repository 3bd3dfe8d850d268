import path from 'node:path';
import { z } from 'zod';
import { KNOWN_PUSH_SERVICES } from './platform/push/endpoint';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Vaksam <no-reply@vaksam.local>'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .default(7 * 24 * 60),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_EMAIL_PER_HOUR: z.coerce.number().int().min(1).default(5),
  DEMO_DATA: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFromEnv.default(false),
  /** POL-1: how police reports leave: an e-mail to the intake address, or a POST to an HTTP intake. */
  POLICE_ADAPTER: z.enum(['email', 'http']).default('email'),
  /** Outside production a placeholder address is used, so the demo's reports land in the dev mailbox. */
  POLICE_INTAKE_EMAIL: z.string().email().optional(),
  POLICE_INTAKE_URL: z.string().url().optional(),
  POLICE_INTAKE_TOKEN: z.string().min(1).optional(),
  POLICE_RETRY_BASE_SECONDS: z.coerce.number().min(0).default(30),
  /** NOTIF-1: the contact push services may use about this server (mailto: or https:); from MAIL_FROM by default. */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)/, { message: 'must start with mailto: or https://' })
    .optional(),
  /** Host suffixes of the push services a production server will post to, comma-separated. */
  PUSH_SERVICE_HOSTS: z.string().optional(),
  RATE_LIMIT_FORWARD_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** FRAUD-6: the SMTP port invoices are forwarded to; unset turns the intake off, 0 takes any free port. */
  INVOICE_INTAKE_SMTP_PORT: z.preprocess(
    // An empty value would coerce to 0, which means "any port", not "off".
    (value) => (value === '' ? undefined : value),
    z.coerce.number().int().min(0).max(65535).optional(),
  ),
  INVOICE_INTAKE_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  INVOICE_INTAKE_ADDRESS: z.string().email().optional(),
  /** ACC-5: the AES-256 key (base64) that seals crisis profiles; unset = a key file under DATA_DIR/keys. */
  VAKSAM_DATA_KEY: z.string().min(1).optional(),
  /** While rotating: the keys VAKSAM_DATA_KEY replaced, comma-separated, still read until re-sealed. */
  VAKSAM_DATA_KEYS_PREVIOUS: z.string().optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionIdleMinutes: number;
  sessionAbsoluteDays: number;
  rateLimitLoginPerMinute: number;
  rateLimitEmailPerHour: number;
  demoData: boolean;
  logLevel: string;
  trustProxy: boolean;
  policeAdapter: 'email' | 'http';
  /** Null in production until configured: police reports cannot be sent by e-mail then. */
  policeIntakeEmail: string | null;
  policeIntakeUrl: string | null;
  policeIntakeToken: string | null;
  /** First delay before a failed delivery is tried again; it doubles per attempt. */
  policeRetryBaseSeconds: number;
  vapidSubject: string;
  /** Push services a production server accepts subscriptions for (decision 014). */
  pushServiceHosts: string[];
  /** Reports a person may forward by e-mail per hour (INC-5). */
  rateLimitForwardPerHour: number;
  /** FRAUD-6: where the SMTP intake of forwarded invoices listens and the one address it accepts; null = off. */
  invoiceIntake: { port: number; host: string; address: string } | null;
  /** ACC-5's data keys as configured (base64); both unset means the key file under the data folder. */
  dataKeys: { current: string | undefined; previous: string | undefined };
  /** Built web app to serve; absent in API-only test runs. */
  webDistDir: string | undefined;
};

export class ConfigError extends Error {}

/** Where police reports go in development and the demo: a reserved domain that can never receive mail. */
export const DEMO_POLICE_INTAKE_EMAIL = 'polisen-intake@example.invalid';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.POLICE_ADAPTER === 'http' && !e.POLICE_INTAKE_URL)
    throw new ConfigError('Invalid configuration:\n  POLICE_INTAKE_URL: required when POLICE_ADAPTER=http');
  if (e.INVOICE_INTAKE_SMTP_PORT !== undefined && !e.INVOICE_INTAKE_ADDRESS)
    throw new ConfigError(
      'Invalid configuration:\n  INVOICE_INTAKE_ADDRESS: required when INVOICE_INTAKE_SMTP_PORT is set',
    );
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteDays: e.SESSION_ABSOLUTE_DAYS,
    rateLimitLoginPerMinute: e.RATE_LIMIT_LOGIN_PER_MINUTE,
    rateLimitEmailPerHour: e.RATE_LIMIT_EMAIL_PER_HOUR,
    demoData: e.DEMO_DATA,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    policeAdapter: e.POLICE_ADAPTER,
    policeIntakeEmail:
      e.POLICE_INTAKE_EMAIL ?? (e.NODE_ENV === 'production' ? null : DEMO_POLICE_INTAKE_EMAIL),
    policeIntakeUrl: e.POLICE_INTAKE_URL ?? null,
    policeIntakeToken: e.POLICE_INTAKE_TOKEN ?? null,
    policeRetryBaseSeconds: e.POLICE_RETRY_BASE_SECONDS,
    vapidSubject: e.VAPID_SUBJECT ?? `mailto:${mailAddressOf(e.MAIL_FROM)}`,
    pushServiceHosts: e.PUSH_SERVICE_HOSTS
      ? e.PUSH_SERVICE_HOSTS.split(',')
          .map((host) => host.trim())
          .filter(Boolean)
      : [...KNOWN_PUSH_SERVICES],
    rateLimitForwardPerHour: e.RATE_LIMIT_FORWARD_PER_HOUR,
    invoiceIntake:
      e.INVOICE_INTAKE_SMTP_PORT !== undefined && e.INVOICE_INTAKE_ADDRESS
        ? {
            port: e.INVOICE_INTAKE_SMTP_PORT,
            host: e.INVOICE_INTAKE_SMTP_HOST,
            address: e.INVOICE_INTAKE_ADDRESS.toLowerCase(),
          }
        : null,
    dataKeys: { current: e.VAKSAM_DATA_KEY, previous: e.VAKSAM_DATA_KEYS_PREVIOUS },
    webDistDir: path.resolve(import.meta.dirname, '../../web/dist'),
  };
}

/** `Vaksam <no-reply@example.se>` → `no-reply@example.se`. */
function mailAddressOf(from: string): string {
  return from.match(/<([^>]+)>/)?.[1] ?? from.trim();
}
