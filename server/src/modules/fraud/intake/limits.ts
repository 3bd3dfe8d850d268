/** FRAUD-6: what one sender may ask of the SMTP intake, which reads PDFs in the server process. */
export const INTAKE_LIMITS = {
  /** 20 MB: an invoice or five, base64-encoded, with room to spare; answered 552 above it. */
  messageBytes: 20 * 1024 * 1024,
  recipients: 5,
  /** A mail carrying more is a bundle or an attack; the reply says the rest was not read. */
  pdfsPerMail: 5,
  /** Mails per sending address and window, answered 451 beyond it so a real MTA tries again later. */
  mailsPerWindow: 20,
  windowMs: 10 * 60_000,
  /** Idle time allowed between commands or data before the connection is dropped. */
  socketTimeoutMs: 60_000,
  /** How long a shutdown waits for transactions in progress before dropping them with 421. */
  closeTimeoutMs: 10_000,
  /** Connections at once: each may be reading PDFs. */
  clients: 20,
};

export type IntakeLimits = typeof INTAKE_LIMITS;
