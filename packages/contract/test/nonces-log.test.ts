import { describe, expect, it } from 'vitest';
import { formatLogEntry, redactParams } from '../src/log.js';
import { NonceStore } from '../src/nonces.js';

describe('NonceStore', () => {
  it('refuses a replay within the window, per AccessKey', () => {
    const s = new NonceStore({ windowMs: 1000 });
    expect(s.use('k', 'n1', 0)).toBe(true);
    expect(s.use('k', 'n1', 500)).toBe(false);
    expect(s.use('other', 'n1', 500)).toBe(true);
  });

  it('forgets nonces after two windows, and stays bounded under a flood', () => {
    const s = new NonceStore({ windowMs: 1000, max: 1000 });
    s.use('k', 'old', 0);
    s.use('k', 'x', 2500);
    expect(s.size).toBe(1);
    for (let i = 0; i < 50_000; i++) s.use('k', `flood-${i}`, 2600);
    expect(s.size).toBe(1000);
    console.log(`nonce memory: 50,000 distinct nonces held in ${s.size} entries (bound 1000)`);
  });
});

describe('request log', () => {
  it('redacts Signature and SecurityToken, and cuts long values', () => {
    const out = redactParams([
      ['RegionId', 'cn-hangzhou'],
      ['Signature', 'abc='],
      ['SecurityToken', 'CAIS-secret-token'],
      ['Name', 'x'.repeat(1000)],
    ]);
    expect(out.Signature).toBe('[redacted]');
    expect(out.SecurityToken).toBe('[redacted]');
    expect(out.Name!.length).toBeLessThan(300);
    expect(JSON.stringify(out)).not.toContain('CAIS-secret-token');
  });

  it('formats one entry on one line, whatever the client sent', () => {
    const line = formatLogEntry({ seq: 1, time: '2025-01-15T08:30:00Z', method: 'GET', path: '/', action: 'DescribeImagePipelines', params: { Name: 'a\nb\r\u2028c' }, status: 200, durationMs: 3, algorithm: 'v1' });
    expect(line).toBe('2025-01-15T08:30:00Z GET DescribeImagePipelines 200 Name=a\\x0ab\\x0d\\x2028c (v1, 3 ms)');
  });
});
