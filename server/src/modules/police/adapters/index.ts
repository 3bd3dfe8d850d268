import type { Config } from '../../../config';
import type { Mailer } from '../../../platform/mail/mailer';
import { emailAdapter } from './email';
import { httpAdapter } from './http';
import type { PoliceAdapter } from './types';

type PoliceConfig = Pick<
  Config,
  'policeAdapter' | 'policeIntakeEmail' | 'policeIntakeUrl' | 'policeIntakeToken'
>;

/** Where new police reports go under this configuration; null when the intake is not configured. */
export function configuredIntake(config: PoliceConfig): {
  adapter: 'email' | 'http';
  recipient: string | null;
} {
  return config.policeAdapter === 'http'
    ? { adapter: 'http', recipient: config.policeIntakeUrl }
    : { adapter: 'email', recipient: config.policeIntakeEmail };
}

/**
 * The adapter for a stored police report: it goes where it was addressed when sent, even if the
 * configuration changed while it waited for a retry.
 */
export function adapterFor(
  report: { adapter: 'email' | 'http'; recipient: string },
  config: PoliceConfig,
  mailer: Mailer,
): PoliceAdapter {
  return report.adapter === 'http'
    ? httpAdapter(report.recipient, config.policeIntakeToken)
    : emailAdapter(mailer, report.recipient);
}

/** The recipient as people see it: an address, or only the host of an HTTP intake (its path may hold secrets). */
export function displayRecipient(adapter: 'email' | 'http', recipient: string | null): string | null {
  if (!recipient || adapter === 'email') return recipient;
  try {
    return new URL(recipient).host;
  } catch {
    return null;
  }
}
