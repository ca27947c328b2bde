import { describe, expect, it } from 'vitest';
import { decodeResponse as decode, type RawResponse } from '../src/decode.js';
import { EcsApiError, EcsResponseError } from '../src/errors.js';
import { DescribeImageComponents, DescribeImagePipelineExecutions, DescribeImagePipelines } from '../src/generated/acs-operations.gen.js';
import { operations } from '../src/operations.js';
import type { OperationSpec } from '../src/spec.js';
import type { ResponseOf } from '../src/types.js';
import { exampleOf, typedExample } from './fixtures/spec.js';

// DescribeImagePipelines, the action most of these rules were first written for.
const decodeResponse = (res: RawResponse) => decode<OperationSpec, ResponseOf<'DescribeImagePipelines'>>(DescribeImagePipelines, res);

const headers = (h: Record<string, string>) => new Headers(h);
const json = (status: number, body: unknown, h: Record<string, string> = {}): RawResponse => ({
  status,
  body: JSON.stringify(body),
  headers: headers({ 'content-type': 'application/json;charset=utf-8', ...h }),
});

function thrown(res: RawResponse, op: OperationSpec = DescribeImagePipelines): unknown {
  try {
    decode(op, res);
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('decodeResponse', () => {
  it('decodes a 2xx JSON body', () => {
    expect(decodeResponse(json(200, typedExample))).toEqual(typedExample);
    expect(decodeResponse({ status: 200, contentType: null, body: `\uFEFF ${JSON.stringify({ RequestId: 'R', TotalCount: '0' })}\n` })).toEqual({ RequestId: 'R', TotalCount: 0 });
  });

  it.each([
    ['400 InvalidParameter', json(400, { RequestId: 'E3C3', HostId: 'ecs.cn-hangzhou.aliyuncs.com', Code: 'InvalidParameter', Message: 'The specified parameter "MaxResults" is not valid.', Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidParameter' }),
      { code: 'InvalidParameter', serviceMessage: 'The specified parameter "MaxResults" is not valid.', httpStatus: 400, requestId: 'E3C3', hostId: 'ecs.cn-hangzhou.aliyuncs.com', recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidParameter', retryable: false }],
    ['400 Throttling.User with x-acs-retry-after', json(400, { RequestId: 'RQ-THR', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' }, { 'x-acs-retry-after': '1500' }),
      { code: 'Throttling.User', retryable: true, retryAfterMs: 1500 }],
    ['403 Forbidden.RAM with AccessDeniedDetail', json(403, { RequestId: 'RQ-RAM', Code: 'Forbidden.RAM', Message: 'User not authorized', AccessDeniedDetail: '{"AuthAction":"ecs:DescribeImagePipelines"}' }),
      { code: 'Forbidden.RAM', httpStatus: 403, accessDeniedDetail: '{"AuthAction":"ecs:DescribeImagePipelines"}', retryable: false }],
    ['404 with lower-case keys', json(404, { requestId: 'rq-lower', code: 'InvalidRegionId.NotFound', message: 'The specified RegionId does not exist.' }),
      { code: 'InvalidRegionId.NotFound', requestId: 'rq-lower', serviceMessage: 'The specified RegionId does not exist.' }],
    ['503 ServiceUnavailable', json(503, { RequestId: 'RQ-503', Code: 'ServiceUnavailable', Message: 'temporary failure' }), { code: 'ServiceUnavailable', retryable: true }],
    ['500 InternalError', json(500, { RequestId: 'RQ-500', Code: 'InternalError', Message: 'x' }), { retryable: true, httpStatus: 500 }],
    ['XML error body', { status: 400, contentType: 'text/xml;charset=utf-8', body: '<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>RQ-XML</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>MissingParameter</Code><Message>The input parameter &quot;RegionId&quot; that is mandatory &amp; <![CDATA[x]]> is not supplied.</Message></Error>' },
      { code: 'MissingParameter', requestId: 'RQ-XML', hostId: 'ecs.aliyuncs.com', serviceMessage: 'The input parameter "RegionId" that is mandatory & <![CDATA[x]]> is not supplied.' }],
    ['2xx with Code and Message and no data', json(200, { RequestId: 'R10', Code: 'Forbidden', Message: 'no' }), { code: 'Forbidden', httpStatus: 200 }],
    ['2xx XML error', { status: 200, body: '<Error><Code>Throttling</Code><Message>m</Message></Error>' }, { code: 'Throttling', retryable: true }],
  ])('%s → EcsApiError', (_name, res, expected) => {
    const e = thrown(res);
    expect(e).toBeInstanceOf(EcsApiError);
    expect(e).toMatchObject(expected);
  });

  it.each([
    ['200 with a success Code and data', json(200, { RequestId: 'R', Code: 'Success', Message: 'ok', TotalCount: 0 }), { RequestId: 'R', Code: 'Success', Message: 'ok', TotalCount: 0 }],
    ['200 with data and a Code', json(200, { RequestId: 'R', Code: 'Whatever', Message: 'm', TotalCount: '2' }), { RequestId: 'R', Code: 'Whatever', Message: 'm', TotalCount: 2 }],
    ['200 with a Code but no Message', json(200, { RequestId: 'R', Code: 'X' }), { RequestId: 'R', Code: 'X' }],
  ])('%s is data', (_name, res, expected) => expect(decodeResponse(res)).toEqual(expected));

  it.each([
    ['502 HTML gateway page', { status: 502, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }, true, /an HTML page \(HTTP 502, text\/html\)/],
    ['200 plain text', { status: 200, contentType: 'text/plain', body: 'hello' }, true, /text that is not JSON/],
    ['200 truncated JSON', { status: 200, contentType: 'application/json', body: '{"RequestId":"R","ImagePipeline":{"Image' }, true, /truncated or malformed JSON/],
    ['200 empty body', { status: 200, body: '' }, true, /an empty body/],
    ['500 JSON without a code', json(500, { oops: true }), true, /HTTP 500 without an error code/],
    ['429 HTML', { status: 429, body: '<html>slow down</html>' }, true, /HTML/],
    ['400 HTML from a proxy', { status: 400, body: '<!DOCTYPE html><html>bad</html>' }, false, /HTML/],
    ['404 JSON without a code', json(404, { message: 'not here' }), false, /HTTP 404/],
  ])('%s → EcsResponseError', (_name, res, retryable, message) => {
    const e = thrown(res as RawResponse) as EcsResponseError;
    expect(e).toBeInstanceOf(EcsResponseError);
    expect(e.retryable).toBe(retryable);
    expect(e.message).toMatch(message);
    expect(e.httpStatus).toBe(res.status);
    expect(e.excerpt?.length ?? 0).toBeLessThanOrEqual(200);
  });

  it('a type mismatch in a 2xx body is not retryable and carries status, content type and path', () => {
    const e = thrown(json(200, { RequestId: 'R', ImagePipeline: { ImagePipelineSet: [{ SystemDiskSize: 'abc' }] } })) as EcsResponseError;
    expect(e).toBeInstanceOf(EcsResponseError);
    expect(e).toMatchObject({ retryable: false, httpStatus: 200, contentType: 'application/json;charset=utf-8', path: 'ImagePipeline.ImagePipelineSet[0].SystemDiskSize' });
  });

  it('keeps only a short excerpt of a huge HTML body and stays fast on hostile XML', () => {
    const e = thrown({ status: 502, body: `<html>${'x'.repeat(1_000_000)}</html>` }) as EcsResponseError;
    expect(e.excerpt).toHaveLength(200);
    expect(thrown({ status: 400, body: '<Code>'.repeat(200_000) })).toBeInstanceOf(EcsResponseError);
  });
});

const allOps: OperationSpec[] = Object.values(operations);
// Only the paged reads have a list wrapper of items.
const pagedOps = allOps.filter((op) => op.pagination);
/** The fields that make a 2xx body this action's data: every response property but RequestId. */
const dataFieldsOf = (op: OperationSpec) => Object.keys(op.response.properties ?? {}).filter((k) => k !== 'RequestId');
/** A field of some other action that is no field of this one. */
const foreignFieldOf = (op: OperationSpec) => allOps.flatMap(dataFieldsOf).find((k) => !dataFieldsOf(op).includes(k))!;

describe.each(allOps)('decodeResponse of $action', (op) => {
  const example = exampleOf(op.action as keyof typeof operations);

  it("decodes the spec's sample, as JSON text, to itself", () => {
    expect(decode(op, json(200, example))).toEqual(example);
  });

  it('normalizes a stringly 2xx body by its own rules (numbers for its string fields)', () => {
    const strings = Object.keys(op.response.properties ?? {}).filter((k) => op.response.properties![k]!.type === 'string');
    const body = Object.fromEntries(strings.map((k, i) => [k, 7000 + i]));
    expect(decode(op, json(200, body))).toEqual(Object.fromEntries(strings.map((k, i) => [k, String(7000 + i)])));
  });

  it("throws EcsApiError for each of the action's own error codes, with the status the spec gives it", () => {
    for (const [code, status] of Object.entries(op.errors)) {
      const e = thrown(json(status, { RequestId: 'RQ', Code: code, Message: `m ${code}` }), op);
      expect(e, code).toBeInstanceOf(EcsApiError);
      expect(e).toMatchObject({ code, httpStatus: status, requestId: 'RQ', serviceMessage: `m ${code}` });
    }
  });

  it('a 2xx with Code and Message and only a RequestId, or another action\'s field, is an error', () => {
    expect(thrown(json(200, { RequestId: 'R', Code: 'X', Message: 'm' }), op)).toMatchObject({ name: 'EcsApiError', code: 'X', httpStatus: 200 });
    expect(thrown(json(200, { RequestId: 'R', Code: 'X', Message: 'm', [foreignFieldOf(op)]: {} }), op)).toBeInstanceOf(EcsApiError);
  });
});

// An action that answers more than its RequestId: a 2xx carrying one of its fields is data, whatever its Code.
describe.each(allOps.filter((op) => dataFieldsOf(op).length > 0))('decodeResponse of $action, a 2xx with its own field', (op) => {
  it('a 2xx with Code and Message is data when it carries a field of this action', () => {
    const example = exampleOf(op.action as keyof typeof operations);
    const field = dataFieldsOf(op).find((k) => k in example)!;
    expect(decode(op, json(200, { RequestId: 'R', Code: 'X', Message: 'm', [field]: example[field] }))).toEqual({ RequestId: 'R', Code: 'X', Message: 'm', [field]: example[field] });
  });
});

describe.each(pagedOps)('decodeResponse of a page of $action', (op) => {
  const [wrapper, list] = op.pagination!.items;

  it('normalizes a stringly 2xx page by its own rules', () => {
    const out = decode<OperationSpec, Record<string, any>>(op, json(200, { RequestId: 'R', TotalCount: '3', MaxResults: '50', [wrapper]: '' }));
    expect(out).toEqual({ RequestId: 'R', TotalCount: 3, MaxResults: 50, [wrapper]: { [list]: [] } });
  });

  it('a 2xx with Code and Message is data when it carries its list wrapper, an error with another action\'s', () => {
    expect(decode(op, json(200, { RequestId: 'R', Code: 'X', Message: 'm', [wrapper]: {} }))).toEqual({ RequestId: 'R', Code: 'X', Message: 'm', [wrapper]: { [list]: [] } });
    // Another action's list is no data of this one.
    const other = pagedOps.find((o) => o !== op)!.pagination!.items[0];
    expect(thrown(json(200, { RequestId: 'R', Code: 'X', Message: 'm', [other]: {} }), op)).toBeInstanceOf(EcsApiError);
  });
});

describe('decodeResponse: errors of the new actions', () => {
  it.each([
    [DescribeImagePipelineExecutions, 404, 'InvalidImagePipeline.NotFound', 'The specified ImagePipelineId does not exist.'],
    [DescribeImagePipelineExecutions, 400, 'MissingParameter.ImagePipelineId', 'ImagePipelineId or ExecutionId is required.'],
    [DescribeImageComponents, 400, 'InvalidImageComponentIdSize.ExceededMaxNumber', 'The maximum number of ImageComponentId is 20.'],
    [DescribeImageComponents, 403, 'Invalid.NextToken', 'The specified NextToken is invalid.'],
  ] as const)('%# %s', (op, status, code, message) => {
    expect(op.errors[code as keyof typeof op.errors]).toBe(status);
    const e = thrown(json(status, { RequestId: 'RQ', Code: code, Message: message }), op);
    expect(e).toMatchObject({ name: 'EcsApiError', code, httpStatus: status, retryable: false });
  });

  it('a type mismatch names the path in the action\'s own list', () => {
    const e = thrown(json(200, { RequestId: 'R', ImageComponent: { ImageComponentSet: [{ Tags: 7 }] } }), DescribeImageComponents) as EcsResponseError;
    expect(e).toMatchObject({ name: 'EcsResponseError', retryable: false, httpStatus: 200, path: 'ImageComponent.ImageComponentSet[0].Tags' });
  });
});
