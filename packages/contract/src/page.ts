// Paging for every action with `x-acs-pagination`: the handler returns all matching items, this cuts the
// page the request asks for and writes the body in the action's shape. The page size's default and maximum,
// the token and list names all come from the action's rules.
import type { OperationSpec, PaginationSpec } from '@org/ecs-pipelines-core';
import { documentedCode, invalidNextToken, type ServiceError } from './errors.js';
import { NextTokenError, paginate } from './paging.js';
import { isRecord } from './util.js';

/** A page body (or the service error of a bad token). */
export type PageResult = { ok: true; body: Record<string, unknown> } | { ok: false; error: ServiceError };

/** The page size when the request gives none: the spec's default for the page-size parameter. */
export function defaultPageSize(op: OperationSpec & { pagination: PaginationSpec }): number {
  const size = op.request.properties?.[op.pagination.pageSize]?.default;
  // A paged action without a default page size is a spec the emulator cannot serve: fail loudly in tests.
  if (typeof size !== 'number') throw new Error(`emulator bug: ${op.action} has no default ${op.pagination.pageSize} in the spec`);
  return size;
}

/**
 * The page of `items` that `input` asks for: `RequestId`, `TotalCount` (when the response has one), the next
 * token (only when more follow), the page size, and the list in its wrapper. The token is bound to the
 * query (every parameter but the token and the page size) and to the data set (`salt`).
 */
export function pageOf(
  op: OperationSpec & { pagination: PaginationSpec },
  input: Readonly<Record<string, unknown>>,
  items: readonly unknown[],
  ctx: { requestId: string; salt: string },
): PageResult {
  const { inputToken, outputToken, pageSize, items: [wrapper, list] } = op.pagination;
  const size = typeof input[pageSize] === 'number' ? input[pageSize] : defaultPageSize(op);
  const token = typeof input[inputToken] === 'string' ? input[inputToken] : undefined;
  try {
    const page = paginate(items, { token, maxResults: size, fingerprint: queryFingerprint(op, input), salt: ctx.salt });
    const has = (field: string) => Object.hasOwn(op.response.properties ?? {}, field);
    // The service's field order: RequestId, TotalCount, NextToken, MaxResults, then the list.
    const body: Record<string, unknown> = { RequestId: ctx.requestId };
    if (has('TotalCount')) body.TotalCount = page.totalCount;
    if (page.nextToken) body[outputToken] = page.nextToken;
    if (has(pageSize)) body[pageSize] = page.maxResults;
    body[wrapper] = { [list]: page.items };
    return { ok: true, body };
  } catch (e) {
    if (!(e instanceof NextTokenError)) throw e;
    return { ok: false, error: invalidNextToken(inputToken, e.message, documentedCode(op, [`Invalid.${inputToken}`, `Invalid${inputToken}`], 'InvalidParameter')) };
  }
}

/**
 * A canonical text of a query: every parameter but the token and the page size, object keys sorted, and the
 * items of repeat lists sorted (the service's list filters are "any of" / "all of", so order does not matter).
 * `Tag.N.Value` left out and given empty match alike, so they fingerprint alike.
 */
export function queryFingerprint(op: OperationSpec & { pagination: PaginationSpec }, input: Readonly<Record<string, unknown>>): string {
  const props = op.request.properties ?? {};
  const parts = Object.keys(input)
    .filter((k) => k !== op.pagination.inputToken && k !== op.pagination.pageSize)
    .sort()
    .map((k) => {
      const value = canonical(input[k]);
      const sorted = props[k]?.['x-acs-style'] === 'repeatList' && Array.isArray(value) ? [...new Set(value.map((v) => JSON.stringify(v)))].sort() : value;
      return [k, sorted];
    });
  return JSON.stringify(parts);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((k) => value[k] !== '' && value[k] != null)
      .map((k) => [k, canonical(value[k])]),
  );
}
