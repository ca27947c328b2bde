// Assertions for contract checks: a failed one throws CheckFailure with a message a person can act on.
// Bodies are validated with core's checkSchema against the action's rules (the one schema walker).
import { checkSchema, commonErrors, errorBodySchema, operations, type Action, type SchemaNode } from '@org/ecs-pipelines-core';
import { isRecord } from '../util.js';
import { REFERENCE_ACTION, type CallResult } from './call.js';

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

/** One item of a list, as the suite reads it. */
export type Item = Record<string, unknown>;

/** A page as the suite reads it: the body, and its token, page size and list read where the action's rules put them. */
export interface PageView {
  body: Record<string, unknown>;
  RequestId: string;
  TotalCount?: number;
  MaxResults?: number;
  NextToken?: string;
  items: Item[];
}

/** Problems of `value` against a rule schema, as `path problem` lines (empty when it validates). */
export function schemaProblems(schema: SchemaNode, value: unknown): string[] {
  return checkSchema(schema, value, '', '$').map((i) => `${i.parameter} ${i.problem}`);
}

/** Asserts a 200 JSON answer of `action` that validates against its response schema, and reads its page. */
export function expectPage(res: CallResult, what: string, action: Action = REFERENCE_ACTION): PageView {
  const op = operations[action];
  ensure(res.status === 200, `${what}: expected 200, got ${res.status} ${summary(res)}`);
  ensure(res.json !== undefined, `${what}: the body is not JSON (${res.contentType}): ${res.text.slice(0, 120)}`);
  const problems = schemaProblems(op.response, res.json);
  ensure(problems.length === 0 && isRecord(res.json), `${what}: the body does not match the ${action} response schema: ${problems.slice(0, 5).join('; ')}`);
  const body = res.json;
  const paging = op.pagination;
  const wrapper = paging ? body[paging.items[0]] : undefined;
  const list = isRecord(wrapper) && paging ? wrapper[paging.items[1]] : undefined;
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const token = paging ? body[paging.outputToken] : undefined;
  return {
    body,
    RequestId: String(body.RequestId),
    ...(num(body.TotalCount) !== undefined ? { TotalCount: num(body.TotalCount) } : {}),
    ...(paging && num(body[paging.pageSize]) !== undefined ? { MaxResults: num(body[paging.pageSize]) } : {}),
    ...(typeof token === 'string' ? { NextToken: token } : {}),
    items: Array.isArray(list) ? list.filter(isRecord) : [],
  };
}

/**
 * Asserts an error answer: a JSON body matching the spec's error schema, one of `codes`, and the HTTP status
 * the action's rules list for that code. Returns the code.
 */
export function expectError(res: CallResult, codes: readonly string[], what: string, action: Action = REFERENCE_ACTION): string {
  ensure(res.status >= 400, `${what}: expected an error, got ${res.status}`);
  ensure(res.json !== undefined, `${what}: the error body is not JSON (${res.contentType}): ${res.text.slice(0, 120)}`);
  const problems = schemaProblems(errorBodySchema, res.json);
  ensure(problems.length === 0 && isRecord(res.json), `${what}: the error body does not match the error schema: ${problems.join('; ')}`);
  const code = String(res.json.Code);
  ensure(codes.includes(code), `${what}: expected ${codes.join(' or ')}, got ${code} (${res.status})`);
  const errors: Readonly<Record<string, number>> = operations[action].errors;
  const common: Readonly<Record<string, number>> = commonErrors;
  const status = Object.hasOwn(errors, code) ? errors[code] : Object.hasOwn(common, code) ? common[code] : undefined;
  ensure(status === undefined || status === res.status, `${what}: ${code} should come with HTTP ${status}, got ${res.status}`);
  return code;
}

/** The items of a page. */
export function itemsOf(page: PageView): Item[] {
  return page.items;
}

function summary(res: CallResult): string {
  const body = isRecord(res.json) ? res.json : undefined;
  return body?.Code ? `${String(body.Code)}: ${String(body.Message ?? '')}`.slice(0, 300) : res.text.slice(0, 120);
}
