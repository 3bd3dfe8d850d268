import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedAttachment = { filename: string | undefined; contentType: string; content: Buffer };
export type ReceivedMail = {
  to: string[];
  subject: string;
  text: string;
  html: string | undefined;
  replyTo: string | undefined;
  attachments: ReceivedAttachment[];
};

/** A real SMTP server on a free local port that keeps what it receives. */
export class SmtpPeer {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer;
  port = 0;

  private readonly options: ConstructorParameters<typeof SMTPServer>[0];

  constructor() {
    this.options = {
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : undefined,
              replyTo: mail.replyTo?.value[0]?.address,
              attachments: mail.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                content: a.content,
              })),
            });
            callback();
          })
          .catch(callback);
      },
    };
    this.server = new SMTPServer(this.options);
  }

  /** Listens on a free port, or on `port` again after a stop (to play an SMTP server coming back). */
  async start(port = 0): Promise<string> {
    if (port !== 0) this.server = new SMTPServer(this.options);
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    const address = this.server.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return `smtp://127.0.0.1:${this.port}?ignoreTLS=true`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  /** The first link in the latest mail to this address that contains `pathPart`. */
  linkTo(address: string, pathPart: string): string {
    const mails = this.to(address).reverse();
    for (const mail of mails) {
      const match = mail.text.match(new RegExp(`https?://\\S*${pathPart}\\S*`));
      if (match) return match[0];
    }
    throw new Error(`no mail to ${address} with a link containing ${pathPart}`);
  }
}
