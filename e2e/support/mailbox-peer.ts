import http from 'node:http';
import { SmtpPeer } from '../../server/test/smtp-peer';

export type PeerMail = {
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string | undefined; contentType: string; contentBase64: string }[];
};

/**
 * A real SMTP server for the journeys that must see mail leave over SMTP, and a small JSON listing of
 * what it received for the tests to read. Returns the SMTP URL for the app server.
 */
export async function startMailboxPeer(smtpPort: number, listingPort: number): Promise<string> {
  const peer = new SmtpPeer();
  const url = await peer.start(smtpPort);
  const listing = http.createServer((_request, response) => {
    const items: PeerMail[] = peer.received.map((mail) => ({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        contentBase64: a.content.toString('base64'),
      })),
    }));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ items }));
  });
  await new Promise<void>((resolve) => listing.listen(listingPort, '127.0.0.1', resolve));
  return url;
}
