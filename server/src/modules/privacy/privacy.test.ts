import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('POST /api/v1/privacy/scan', () => {
  it('returns the personal data in a text with positions, and the text redacted', async () => {
    const client = await t.factories.signedIn(await t.factories.user(), t.url);
    const text = 'Kunden Anna Svensson ringde från 070-123 45 67 och mejlade anna.svensson@example.se.';
    const response = await client.post('/api/v1/privacy/scan', { text });
    expect(response.status).toBe(200);
    const kinds = response.body.findings.map((f: { kind: string }) => f.kind);
    expect(kinds).toEqual(['name', 'phone', 'email']);
    for (const finding of response.body.findings)
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(response.body.redacted).not.toContain('070-123 45 67');
    expect(response.body.redacted).not.toContain('anna.svensson@example.se');
    expect(response.body.redacted).toContain('Kunden');
  });

  it('finds nothing in a text without personal data', async () => {
    const client = await t.factories.signedIn(await t.factories.user(), t.url);
    const response = await client.post('/api/v1/privacy/scan', {
      text: 'Två jackor för 2 499 kr stals kl. 14.30 från butiken på Drottninggatan.',
    });
    expect(response.body.findings).toEqual([]);
  });
});
