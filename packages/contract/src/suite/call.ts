// Signed requests for the contract suite, signed with core's `signRequest` (the orchestration the client
// uses too) and sent with plain fetch — the suite does not use the client, so it judges the server
// independently of the client's transport.
import { encodeQuery, operations, signRequest, toWireParams, type Action, type Credentials, type RequestOf } from '@org/ecs-pipelines-core';

/** The server under test. */
export interface SuiteTarget {
  /** `https://ecs.cn-hangzhou.aliyuncs.com` or `http://127.0.0.1:8787` (a bare host gets `https://`). */
  endpoint: string;
  /** The AccessKey (and STS token) the suite signs with. */
  credentials: Credentials;
  /** The region every call names. */
  regionId: string;
  /** How requests are sent (the global fetch unless the caller gives one). */
  fetch: typeof fetch;
  /** The signing clock. */
  now: () => Date;
}

/** The action the hand-written checks exercise (the wire protocol is the same for every action). */
export const REFERENCE_ACTION: Action = 'DescribeImagePipelines';

/** How to send one call. */
export interface CallOptions {
  /** The action (default {@link REFERENCE_ACTION}). */
  action?: Action;
  algorithm?: 'v3' | 'v1';
  method?: 'GET' | 'POST';
  /** v1 only: the parameters go in a form body (as `@alicloud/pop-core` POSTs). */
  form?: boolean;
  format?: 'JSON' | 'XML';
  /** Sign with these instead of the target's (a wrong secret, an unknown key). */
  credentials?: Credentials;
  /** The signing time (default the target's clock). */
  now?: Date;
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

/** A request of some action: its parameters, plus any others a check wants to send (unknown, wrong-typed). */
export type CallInput<A extends Action = Action> = Partial<RequestOf<A>> & Record<string, unknown>;

/** Signs `input` for the target; `RegionId` defaults to the target's region (pass `RegionId: undefined` to omit it). */
export async function prepare(target: SuiteTarget, input: CallInput, opts: CallOptions = {}): Promise<PreparedCall> {
  const op = operations[opts.action ?? REFERENCE_ACTION];
  const wire = toWireParams('RegionId' in input ? input : { RegionId: target.regionId, ...input });
  const method = opts.method ?? 'POST';
  const signatureVersion = opts.algorithm ?? 'v3';
  const signed = await signRequest({
    signatureVersion,
    method,
    url: new URL(`/?${encodeQuery(wire)}`, baseUrl(target.endpoint)).href,
    headers: signatureVersion === 'v3' ? { accept: 'application/json' } : {},
    params: wire,
    credentials: opts.credentials ?? target.credentials,
    action: op.action,
    version: op.version,
    now: opts.now ?? target.now(),
    ...(opts.nonce ? { nonce: opts.nonce } : {}),
    format: opts.format ?? 'JSON',
  });
  const req: { url: URL; headers: Record<string, string>; body?: string } = { url: new URL(signed.url), headers: { ...signed.headers } };
  if (signatureVersion === 'v1' && opts.form && method === 'POST') {
    req.body = req.url.search.slice(1);
    req.url.search = '';
    req.headers['content-type'] = 'application/x-www-form-urlencoded';
  }
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
export async function call(target: SuiteTarget, input: CallInput, opts: CallOptions = {}): Promise<CallResult> {
  return send(target, await prepare(target, input, opts));
}

function baseUrl(endpoint: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
}
