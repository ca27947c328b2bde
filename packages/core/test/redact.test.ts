import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactHeaders } from '../src/redact.js';

const TOKEN = 'CAIS+fake/STS==token&with=specials~*';
const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

describe('redact', () => {
  it.each([
    ['V1 query', `Action=X&Signature=abc%2B%3D&SignatureNonce=n1`, 'abc%2B%3D', 'SignatureNonce=n1'],
    ['V1 query token', `RegionId=cn&SecurityToken=${enc(TOKEN)}&Format=JSON`, enc(TOKEN), 'Format=JSON'],
    [
      'V1 string-to-sign echoed by the service',
      `GET&%2F&AccessKeyId%3Dtestid%26SecurityToken%3D${enc(enc(TOKEN))}%26SignatureMethod%3DHMAC-SHA1`,
      enc(enc(TOKEN)),
      'SignatureMethod%3DHMAC-SHA1',
    ],
    ['header line', `x-acs-security-token: ${TOKEN}\nx-acs-date: 2025`, TOKEN, 'x-acs-date: 2025'],
    ['JSON', JSON.stringify({ accessKeySecret: 'sek"ret&1', securityToken: TOKEN, region: 'cn' }), TOKEN, '"region":"cn"'],
    ['inspect', `{ accessKeySecret: 'canary-secret', accessKeyId: 'id' }`, 'canary-secret', "accessKeyId: 'id'"],
    ['XML', `<SecurityToken>${TOKEN}</SecurityToken><Code>X</Code>`, TOKEN, '<Code>X</Code>'],
    [
      'Authorization',
      'ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-date,Signature=d02e4a4e4cba',
      'd02e4a4e4cba',
      'SignedHeaders=host;x-acs-date',
    ],
  ])('%s', (_name, text, secret, kept) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
    expect(out).toContain(kept);
  });

  it('leaves prose, nonces and signature methods alone', () => {
    const prose = 'IncompleteSignature: The request signature does not conform. SignatureDoesNotMatch; SignatureMethod=HMAC-SHA1&SignatureNonce=abc&x-acs-signature-nonce: n';
    expect(redact(prose)).toBe(prose);
    expect(redact('credentials.accessKeySecret: must be a non-empty string')).toBe('credentials.accessKeySecret: must be a non-empty string');
  });

  it('hides known literal secrets in every encoding', () => {
    const text = `raw ${TOKEN} once ${enc(TOKEN)} twice ${enc(enc(TOKEN))}`;
    const out = redact(text, [TOKEN, undefined]);
    expect(out).not.toContain('fake');
    expect(out.split(REDACTED)).toHaveLength(4);
  });

  it('is linear on long input', () => {
    const big = 'Signature '.repeat(50_000) + 'Signature=x';
    expect(redact(big).endsWith(`Signature=${REDACTED}`)).toBe(true);
  });
});

describe('redactHeaders', () => {
  it('keeps the algorithm and signed headers of Authorization, hides tokens, lower-cases names', () => {
    const h = {
      Authorization: 'ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action,Signature=abcdef',
      'x-acs-security-token': TOKEN,
      'x-acs-signature-nonce': 'n-1',
      Cookie: 'a=b',
      'User-Agent': 'ua',
    };
    expect(redactHeaders(h)).toEqual({
      authorization: `ACS3-HMAC-SHA256 Credential=${REDACTED},SignedHeaders=host;x-acs-action,Signature=${REDACTED}`,
      'x-acs-security-token': REDACTED,
      'x-acs-signature-nonce': 'n-1',
      cookie: REDACTED,
      'user-agent': 'ua',
    });
  });

  it('accepts a Headers object and hides an unparseable Authorization entirely', () => {
    const h = new Headers({ authorization: 'Bearer xyz', 'x-acs-date': '2025-01-15T08:30:00Z' });
    expect(redactHeaders(h)).toEqual({ authorization: REDACTED, 'x-acs-date': '2025-01-15T08:30:00Z' });
  });
});
