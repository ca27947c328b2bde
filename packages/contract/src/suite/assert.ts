// Assertions for contract checks: a failed one throws CheckFailure with a message a person can act on.
import { errorBodySchema, errorCodes, responseSchema } from '@org/ecs-pipelines-core';
import type { CallResult } from './call.js';
import { checkSchema, type RuleSchema } from './schema-check.js';

/** A check found the server wrong. */
export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

/** A check could not run against this server (for example, no data to filter). */
export class CheckSkipped extends Error {
  override name = 'CheckSkipped';
}

/** Throws {@link CheckFailure} unless `condition` holds. */
export function ensure(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

/** A page of DescribeImagePipelines, as the suite reads it. */
export interface PageBody {
  RequestId: string;
  TotalCount?: number;
  MaxResults?: number;
  NextToken?: string;
  ImagePipeline?: { ImagePipelineSet?: Array<Record<string, unknown>> };
}

/** Asserts a 200 JSON answer that validates against the spec's response schema, and returns it. */
export function expectPage(res: CallResult, what: string): PageBody {
  ensure(res.status === 200, `${what}: expected 200, got ${res.status} ${summary(res)}`);
  ensure(res.json !== undefined, `${what}: the body is not JSON (${res.contentType}): ${res.text.slice(0, 120)}`);
  const problems = checkSchema(responseSchema as unknown as RuleSchema, res.json);
  ensure(problems.length === 0, `${what}: the body does not match the response schema: ${problems.slice(0, 5).join('; ')}`);
  return res.json as PageBody;
}

/**
 * Asserts an error answer: a JSON body matching the spec's error schema, one of `codes`, and the HTTP status
 * the spec lists for that code. Returns the code.
 */
export function expectError(res: CallResult, codes: readonly string[], what: string): string {
  ensure(res.status >= 400, `${what}: expected an error, got ${res.status}`);
  ensure(res.json !== undefined, `${what}: the error body is not JSON (${res.contentType}): ${res.text.slice(0, 120)}`);
  const problems = checkSchema(errorBodySchema as unknown as RuleSchema, res.json);
  ensure(problems.length === 0, `${what}: the error body does not match the error schema: ${problems.join('; ')}`);
  const code = (res.json as { Code: string }).Code;
  ensure(codes.includes(code), `${what}: expected ${codes.join(' or ')}, got ${code} (${res.status})`);
  const status = errorCodes[code];
  ensure(status === undefined || status === res.status, `${what}: ${code} should come with HTTP ${status}, got ${res.status}`);
  return code;
}

/** The items of a page. */
export function itemsOf(page: PageBody): Array<Record<string, unknown>> {
  return page.ImagePipeline?.ImagePipelineSet ?? [];
}

function summary(res: CallResult): string {
  const body = res.json as { Code?: string; Message?: string } | undefined;
  return body?.Code ? `${body.Code}: ${body.Message ?? ''}`.slice(0, 300) : res.text.slice(0, 120);
}
