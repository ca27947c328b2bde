import { describe, expect, it } from 'vitest';
import { HIDDEN, hideSecrets, redactPatterns, SecretRegistry } from '../src/scrub.js';

const SECRET = 'Canary/Secret+Value=42 *~';
const rfc = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

describe('secret scrubbing', () => {
  it.each([
    ['raw', SECRET],
    ['encodeURIComponent', encodeURIComponent(SECRET)],
    ['RFC 3986', rfc(SECRET)],
    ['twice encoded (echoed string-to-sign)', rfc(rfc(SECRET))],
    ['form encoded', encodeURIComponent(SECRET).replace(/%20/g, '+')],
    ['lower-case hex', rfc(SECRET).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
  ])('hides the %s form', (_, form) => {
    const out = hideSecrets(`before ${form} after`, [SECRET]);
    expect(out).toBe(`before ${HIDDEN} after`);
  });

  it('hides the JSON-escaped form of a secret with quotes and backslashes', () => {
    const secret = 'quote"back\\slash-secret';
    expect(hideSecrets(`{"m":${JSON.stringify(secret)}}`, [secret])).toBe(`{"m":"${HIDDEN}"}`);
  });

  it('leaves short values alone (they would shred ordinary text)', () => {
    expect(hideSecrets('abc', ['abc'])).toBe('abc');
  });

  it('redacts signatures and tokens it was not told about', () => {
    const text = [
      'GET /?Signature=abc%2Bdef&SignatureNonce=1&SecurityToken=tok+en',
      'authorization: ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=deadbeef',
      'x-acs-security-token: tok123',
      'GET&%2F&AccessKeyId%3Did%26SecurityToken%3DCAIS%252Bx%26SignatureMethod%3DHMAC-SHA1',
      '{"access_key_secret": "s3cr3t", "sts_token": "t0k"}',
      'SignatureDoesNotMatch: Specified signature is not matched',
    ].join('\n');
    const out = redactPatterns(text);
    for (const leak of ['abc%2Bdef', 'tok+en', 'deadbeef', 'tok123', 'CAIS%252Bx', 's3cr3t', 't0k']) expect(out).not.toContain(leak);
    expect(out).toContain('SignatureNonce=1');
    expect(out).toContain('SignatureMethod%3DHMAC-SHA1');
    expect(out).toContain('SignatureDoesNotMatch: Specified signature');
  });

  it('the registry hides every value added, ignoring empty ones', () => {
    const r = new SecretRegistry();
    r.add(undefined);
    r.add('');
    expect(r.hide('nothing here')).toBe('nothing here');
    r.add('first-secret');
    r.add('second-token');
    expect(r.hide('first-secret second-token')).toBe(`${HIDDEN} ${HIDDEN}`);
  });
});
