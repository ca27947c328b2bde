// Signed requests for the contract suite, built with core's signers and sent with plain fetch — the suite does
// not use the client, so it judges the server independently of the client's transport.
import { encodeQuery, formatTimestamp, operation, randomNonce, signV1, signV3, toWireParams, type Credentials, type DescribeImagePipelinesRequest, type WireParams } from '@org/ecs-pipelines-core';

/** The server under test. */
export interface SuiteTarget {
  /** `https://ecs.cn-hangzhou.aliyuncs.com` or `http://127.0.0.1:8787` (a bare host gets `https://`). */
  endpoint: string;
  credentials: Credentials;
  regionId: string;
  fetch: typeof fetch;
  now: () => Date;
}

/** How to send one call. */
export interface CallOptions {
  algorithm?: 'v3' | 'v1';
  method?: 'GET' | 'POST';
  /** v1 only: the parameters go in a form body (as `@alicloud/pop-core` POSTs). */
  form?: boolean;
  format?: 'JSON' | 'XML';
  /** Sign with these instead of the target's (a wrong secret, an unknown key). */
  credentials?: Credentials;
  timestamp?: string;
  nonce?: string;
  /** Changes the signed request before it is sent (tampering checks). */
  tamper?: (req: { url: URL; headers: Record<string, string>; body?: string }) => void;
}

/** What came back. */
export interface CallResult {
  status: number;
  contentType: string;
  headers: Headers;
  text: string;
  /** The parsed JSON body, when it parses. */
  json?: unknown;
}

/** A prepared request, so a check can send the very same bytes twice (nonce replay). */
export interface PreparedCall {
  url: string;
  init: RequestInit;
}

/** Signs `input` for the target; `RegionId` defaults to the target's region (pass `RegionId: undefined` to omit it). */
export async function prepare(target: SuiteTarget, input: Partial<DescribeImagePipelinesRequest> & Record<string, unknown>, opts: CallOptions = {}): Promise<PreparedCall> {
  const request = 'RegionId' in input ? input : { RegionId: target.regionId, ...input };
  const wire = toWireParams(request as DescribeImagePipelinesRequest);
  const method = opts.method ?? 'POST';
  const credentials = opts.credentials ?? target.credentials;
  const timestamp = opts.timestamp ?? formatTimestamp(target.now());
  const nonce = opts.nonce ?? randomNonce();
  const base = baseUrl(target.endpoint);
  let url: URL;
  let headers: Record<string, string>;
  let body: string | undefined;
  if ((opts.algorithm ?? 'v3') === 'v3') {
    url = new URL(`/?${encodeQuery(wire)}`, base);
    const signed = await signV3({ method, url: url.href, headers: { accept: 'application/json' }, credentials, action: operation.action, version: operation.version, timestamp, nonce });
    headers = signed.headers;
  } else {
    const signed = await signV1({ method, params: wire, credentials, action: operation.action, version: operation.version, timestamp, nonce, format: opts.format ?? 'JSON' });
    headers = {};
    if (opts.form && method === 'POST') {
      url = new URL('/', base);
      body = encodeQuery(signed.params);
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else {
      url = new URL(`/?${encodeQuery(signed.params)}`, base);
    }
  }
  const req = { url, headers, ...(body !== undefined ? { body } : {}) };
  opts.tamper?.(req);
  return { url: req.url.href, init: { method, headers: req.headers, ...(req.body !== undefined ? { body: req.body } : {}) } };
}

/** Sends a prepared request and reads the whole answer. */
export async function send(target: SuiteTarget, prepared: PreparedCall): Promise<CallResult> {
  const res = await target.fetch(prepared.url, prepared.init);
  const text = await res.text();
  const result: CallResult = { status: res.status, contentType: res.headers.get('content-type') ?? '', headers: res.headers, text };
  try {
    result.json = JSON.parse(text);
  } catch {
    // Not JSON (XML, HTML): the check decides whether that is wrong.
  }
  return result;
}

/** Signs and sends one call. */
export async function call(target: SuiteTarget, input: Partial<DescribeImagePipelinesRequest> & Record<string, unknown>, opts: CallOptions = {}): Promise<CallResult> {
  return send(target, await prepare(target, input, opts));
}

/** Wire parameters of a request (exposed for checks that build odd queries). */
export function wireOf(input: DescribeImagePipelinesRequest): WireParams {
  return toWireParams(input);
}

function baseUrl(endpoint: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
}
