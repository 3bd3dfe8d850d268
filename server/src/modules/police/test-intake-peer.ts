import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export type IntakeRequest = { headers: IncomingHttpHeaders; body: { payload: unknown; pdfBase64: string } };
export type IntakeAnswer = { status: number; body?: unknown };

/**
 * A police HTTP intake on a free local port, for tests: keeps every request and answers from a script
 * (the default answer is 201 with a reference), so a test can play refusals, outages and confirmations.
 */
export class IntakePeer {
  readonly requests: IntakeRequest[] = [];
  private readonly script: IntakeAnswer[] = [];
  private server: Server | null = null;
  private counter = 0;
  url = '';

  /** The next requests get these answers, in order; after that the default again. */
  answerNext(...answers: IntakeAnswer[]): this {
    this.script.push(...answers);
    return this;
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.requests.push({
          headers: request.headers,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        });
        const answer = this.script.shift() ?? {
          status: 201,
          body: { reference: `INTAKE-${++this.counter}` },
        };
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/intake/v1/reports`;
    return this.url;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
