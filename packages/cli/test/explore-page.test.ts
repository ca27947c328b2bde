// The explorer page's logic that needs no DOM, in-process: the form's drafts → requests (as the CLI reads
// flag text), the recomputed canonical request and string to sign (they reproduce the signature the client
// sent), the server's string to sign read from the emulator's SignatureDoesNotMatch, and where two strings to
// sign differ.
import { createEmulator, DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import { checkRequest, operations, signRequest } from '@org/ecs-pipelines-core';
import { createClient, EcsApiError } from '@org/ecs-pipelines-client';
import { describe, expect, it } from 'vitest';
import { compareStrings, parts } from '../src/explore/page/diff.js';
import { emptyDraft, fromValue, isBlank, toRequest } from '../src/explore/page/draft.js';
import { explainSignature, type SentRequest, serverStringToSign } from '../src/explore/page/signing.js';

describe('drafts → requests', () => {
  const rules = operations.CreateImagePipeline.request;

  it('leaves out what was not typed, reads numbers and booleans by the rule, keeps list items in place', () => {
    const drafts = Object.fromEntries(Object.entries(rules.properties!).map(([k, s]) => [k, emptyDraft(s)]));
    expect(toRequest(rules, drafts)).toEqual({});
    expect(isBlank(drafts['ImageOptions']!)).toBe(true);
    Object.assign(drafts, {
      RegionId: 'cn-hangzhou',
      SystemDiskSize: '60',
      InternetMaxBandwidthOut: 'lots',
      DeleteInstanceOnFailure: 'false',
      ToRegionId: ['cn-shanghai', ''],
      Tag: [{ Key: '', Value: '' }, { Key: 'team', Value: '' }],
      ImageOptions: { ImageName: 'web', ImageFamily: '', Description: '', ImageFeatures: { NvmeSupport: '' }, ImageTags: [] },
    });
    const request = toRequest(rules, drafts);
    expect(request).toEqual({
      RegionId: 'cn-hangzhou',
      SystemDiskSize: 60,
      InternetMaxBandwidthOut: 'lots',
      DeleteInstanceOnFailure: false,
      ToRegionId: ['cn-shanghai', ''],
      Tag: [{}, { Key: 'team' }],
      ImageOptions: { ImageName: 'web' },
    });
    // Core names what is wrong by the wire names the form's labels carry.
    const named = checkRequest(operations.CreateImagePipeline, request).map((i) => i.parameter);
    expect(named).toEqual(expect.arrayContaining(['BaseImageType', 'InternetMaxBandwidthOut', 'ToRegionId.2', 'Tag.1.Key']));
    expect(toRequest(rules, Object.fromEntries(Object.entries(rules.properties!).map(([k, s]) => [k, fromValue(s, request[k])])))).toEqual(request);
  });
});

describe('the canonical request and the string to sign', () => {
  const credentials = { accessKeyId: 'LTAI5tExplorerTest', accessKeySecret: 'explorer-secret', securityToken: 'CAIS+explorer/token==' };
  const base = { method: 'GET', headers: { accept: 'application/json', 'user-agent': 'x' }, credentials, action: 'DescribeImagePipelines', version: '2014-05-26', now: new Date('2026-01-02T03:04:05Z'), nonce: '0123456789abcdef0123456789abcdef' };
  const url = 'https://ecs.cn-hangzhou.aliyuncs.com/?RegionId=cn-hangzhou&Tag.1.Key=a%20b&MaxResults=5';

  it.each(['v3', 'v1'] as const)('%s: recomputed from what was sent, they give the signature that was sent; the token is redacted', async (signatureVersion) => {
    const signed = await signRequest({ ...base, signatureVersion, url });
    const sent: SentRequest = { method: 'GET', url: signed.url, headers: signed.headers };
    const view = await explainSignature(sent, credentials);
    expect(view.reproduced).toBe(true);
    expect(view.algorithm).toBe(signatureVersion === 'v3' ? 'ACS3-HMAC-SHA256' : 'HMAC-SHA1');
    expect(`${view.canonicalRequest}\n${view.stringToSign}`).not.toContain('CAIS');
    if (signatureVersion === 'v3') {
      expect(view.canonicalRequest.split('\n').slice(0, 3)).toEqual(['GET', '/', 'MaxResults=5&RegionId=cn-hangzhou&Tag.1.Key=a%20b']);
      expect(view.stringToSign).toMatch(/^ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
    } else {
      expect(view.stringToSign).toMatch(/^GET&%2F&AccessKeyId%3DLTAI5tExplorerTest%26Action%3DDescribeImagePipelines%26/);
    }
    // Another secret does not reproduce it.
    expect((await explainSignature(sent, { ...credentials, accessKeySecret: 'other' })).reproduced).toBe(false);
  });

  it.each(['v3', 'v1'] as const)('%s: the emulator\'s SignatureDoesNotMatch carries its string to sign, the same as the page\'s for a wrong secret', async (signatureVersion) => {
    const emulator = createEmulator();
    const sent: SentRequest[] = [];
    const client = createClient({
      credentials: { ...DEFAULT_CREDENTIALS, accessKeySecret: 'wrong' },
      endpoint: 'http://127.0.0.1:9',
      signatureVersion,
      retry: { maxAttempts: 1 },
      fetch: (async (input: string, init: RequestInit) => {
        sent.push({ method: init.method!, url: String(input), headers: init.headers as Record<string, string> });
        return emulator(new Request(String(input), init));
      }) as typeof fetch,
    });
    const error = await client.describeImagePipelines({ RegionId: 'cn-hangzhou', MaxResults: 5 }).catch((e: unknown) => e);
    expect(EcsApiError.isInstance(error) && error.code).toBe('SignatureDoesNotMatch');
    const server = serverStringToSign((error as EcsApiError).serviceMessage);
    const page = await explainSignature(sent[0]!, { ...DEFAULT_CREDENTIALS, accessKeySecret: 'wrong' });
    expect(server).toBe(page.stringToSign);
  });

  it('reads the server string to sign as Alibaba words it, and nothing from other messages', () => {
    expect(serverStringToSign('Specified signature is not matched with our calculation. server string to sign is:GET&%2F&A%3D1')).toBe('GET&%2F&A%3D1');
    expect(serverStringToSign('Specified signature is not matched with our calculation.')).toBeUndefined();
  });
});

describe('where two strings to sign differ', () => {
  const marked = (segments: Array<{ text: string; changed: boolean }>) => segments.filter((s) => s.changed).map((s) => s.text);

  it('splits an HMAC-SHA1 string to sign at its encoded & (not at an & inside a value), an ACS3 one at its lines', () => {
    expect(parts('GET&%2F&A%3D1%26B%3Dx%2526y%26C%3D3')).toEqual(['GET&', '%2F&', 'A%3D1%26', 'B%3Dx%2526y%26', 'C%3D3']);
    expect(parts('ACS3-HMAC-SHA256\nabc')).toEqual(['ACS3-HMAC-SHA256\n', 'abc']);
  });

  it('marks only the parameter that changed, on both sides', () => {
    const c = compareStrings('GET&%2F&A%3D1%26MaxResults%3D5%26Z%3D9', 'GET&%2F&A%3D1%26MaxResults%3D6%26Z%3D9');
    expect(c.equal).toBe(false);
    expect(marked(c.left)).toEqual(['MaxResults%3D5%26']);
    expect(marked(c.right)).toEqual(['MaxResults%3D6%26']);
    expect(c.left.map((s) => s.text).join('')).toBe('GET&%2F&A%3D1%26MaxResults%3D5%26Z%3D9');
  });

  it('marks a parameter only one side has, and nothing when they are equal', () => {
    const c = compareStrings('a&b&c', 'a&c');
    expect(marked(c.left)).toEqual(['b&']);
    expect(marked(c.right)).toEqual([]);
    expect(compareStrings('same', 'same')).toEqual({ left: [{ text: 'same', changed: false }], right: [{ text: 'same', changed: false }], equal: true });
  });

  it('falls back to the common prefix and suffix for very long strings', () => {
    const a = Array.from({ length: 600 }, (_, i) => `p${i}`).join('&');
    const b = a.replace('p300&', 'p300x&');
    const c = compareStrings(a, b);
    expect(marked(c.left).join('')).not.toContain('p299&');
    expect(marked(c.right).join('')).toContain('x');
  });
});
