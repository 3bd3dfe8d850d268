import type { Readable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import type { AppDeps } from '../../../deps';
import { RateLimitedError } from '../../../platform/rate-limit';
import { answerInvoiceMail } from './answer';
import { INTAKE_LIMITS, type IntakeLimits } from './limits';

export type InvoiceIntakeOptions = {
  port: number;
  host: string;
  /** The one recipient accepted; any other is refused with 550. */
  address: string;
  limits?: Partial<IntakeLimits>;
};

export type InvoiceIntake = { port: number; close(): Promise<void> };

type IntakeDeps = Pick<AppDeps, 'db' | 'jobs' | 'config' | 'limiter' | 'logger'>;

/** smtp-server answers a callback's error with its `responseCode`. */
const smtpError = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

/**
 * FRAUD-6: plain SMTP on a local port, behind the operator's MTA, for invoices forwarded to one address. A mail
 * is answered 250 only once its reply is committed to the mail queue; on any failure of ours it is answered
 * 451, so the sending MTA keeps it and tries again.
 */
export async function startInvoiceIntake(
  deps: IntakeDeps,
  options: InvoiceIntakeOptions,
): Promise<InvoiceIntake> {
  const limits = { ...INTAKE_LIMITS, ...options.limits };
  const address = options.address.toLowerCase();
  const log = deps.logger.child({ module: 'invoice-intake' });
  const inFlight = new Set<Promise<void>>();

  const server = new SMTPServer({
    banner: 'Vaksam invoice check',
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    size: limits.messageBytes,
    rejectOversized: true,
    maxRecipients: limits.recipients,
    maxClients: limits.clients,
    socketTimeout: limits.socketTimeoutMs,
    closeTimeout: limits.closeTimeoutMs,

    onMailFrom(_from, session, callback) {
      try {
        deps.limiter.consume([
          {
            key: `invoice-intake:ip:${session.remoteAddress}`,
            max: limits.mailsPerWindow,
            windowMs: limits.windowMs,
          },
        ]);
      } catch (error) {
        if (error instanceof RateLimitedError) {
          log.info({ ip: session.remoteAddress }, 'invoice intake: sender over its rate limit');
          return callback(smtpError(451, 'Too many messages, try again later'));
        }
        log.error({ err: error }, 'invoice intake: rate limit failed; answered 451');
        return callback(smtpError(451, 'Temporary local problem, try again later'));
      }
      callback();
    },

    onRcptTo(recipient, _session, callback) {
      if (recipient.address.toLowerCase() !== address)
        return callback(smtpError(550, 'No such recipient here'));
      callback();
    },

    onData(stream, session, callback) {
      const mailFrom = session.envelope.mailFrom;
      const work = readAtMost(stream, limits.messageBytes)
        .then(async (raw) => {
          // smtp-server answers 552 itself (rejectOversized); the rest of the message was never kept.
          if (raw === null) return callback();
          const outcome = await answerInvoiceMail(deps, address, {
            returnPath: mailFrom && mailFrom.address !== '' ? mailFrom.address : null,
            raw,
          });
          log.info(
            { session: session.id, ip: session.remoteAddress, outcome },
            'invoice intake: mail accepted',
          );
          callback();
        })
        .catch((error: unknown) => {
          // A sender that hung up mid-message is routine; anything else is a fault of ours.
          const level = (error as { code?: unknown }).code === 'ECONNECTION' ? 'warn' : 'error';
          log[level]({ err: error, session: session.id }, 'invoice intake: mail not processed; answered 451');
          callback(smtpError(451, 'Temporary local problem, try again later'));
        });
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
  });
  server.on('error', (error) => log.warn({ err: error }, 'invoice intake: SMTP error'));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const bound = server.server.address();
  const port = typeof bound === 'object' && bound ? bound.port : options.port;
  log.info({ host: options.host, port }, 'invoice intake listening');

  return {
    port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A transaction cut off by the close timeout still owes its database work an end before the pool closes.
      await Promise.allSettled(inFlight);
    },
  };
}

/** The message, or null once it is over `max` bytes: the rest is read and dropped, never held in memory. */
function readAtMost(stream: Readable, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    stream.on('end', () => resolve(size > max ? null : Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
