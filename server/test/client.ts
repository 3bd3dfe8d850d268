/** A browser-like HTTP client: keeps the session cookie and sends the CSRF token on writes. */
export class TestClient {
  private cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  setSession(token: string, csrfToken: string): this {
    this.cookie = `__Host-vaksam_session=${token}`;
    this.csrfToken = csrfToken;
    return this;
  }

  get hasSession(): boolean {
    return this.cookie !== null;
  }

  async request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse> {
    const allHeaders: Record<string, string> = { ...headers };
    if (this.cookie) allHeaders.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') allHeaders['x-csrf-token'] ??= this.csrfToken;
    let payload: string | FormData | undefined;
    if (body instanceof FormData) {
      // A multipart upload: fetch writes the content type with its boundary.
      payload = body;
    } else if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      allHeaders['content-type'] ??= 'application/json';
    }
    const response = await fetch(this.baseUrl + url, {
      method,
      headers: allHeaders,
      body: payload,
      redirect: 'manual',
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      if (!pair?.startsWith('__Host-vaksam_session=')) continue;
      this.cookie = /Expires=Thu, 01 Jan 1970/.test(setCookie) || pair.endsWith('=') ? null : pair;
    }
    const text = await response.text();
    const json =
      text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
    if (json?.me?.csrfToken) this.csrfToken = json.me.csrfToken;
    if ((url === '/api/v1/auth/me' || json?.status === 'totp_required') && json?.csrfToken)
      this.csrfToken = json.csrfToken;
    return { status: response.status, headers: response.headers, body: json, text };
  }

  /** A binary answer such as a served file, read as bytes rather than text. */
  async download(url: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
    const response = await fetch(this.baseUrl + url, {
      headers: this.cookie ? { cookie: this.cookie } : {},
      redirect: 'manual',
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body, headers);
  patch = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('PATCH', url, body, headers);
  put = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('PUT', url, body, headers);
  delete = (url: string, headers?: Record<string, string>) => this.request('DELETE', url, undefined, headers);
}

export type TestResponse = { status: number; headers: Headers; body: any; text: string };
