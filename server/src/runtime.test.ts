import { describe, expect, it } from 'vitest';
import { redactUrl } from './runtime';

describe('request logging', () => {
  it('keeps invite tokens and query tokens out of logged URLs', () => {
    expect(redactUrl('/api/v1/invites/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg/accept')).toBe(
      '/api/v1/invites/[token]/accept',
    );
    expect(redactUrl('/verify?token=secret123&x=1')).toBe('/verify?token=[redacted]&x=1');
    expect(redactUrl('/api/v1/orgs')).toBe('/api/v1/orgs');
  });
});
