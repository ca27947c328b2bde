// Typed views of the rules generated from spec/openapi.yaml (src/generated/acs-operations.gen.ts). Validation,
// serialization and normalization walk these; no limit, type or wire style is written by hand anywhere else.
export { define } from './text.js';

/**
 * The subset of JSON Schema the spec uses, plus its vendor extensions for wire styles, list wrappers and
 * "one of these is required"; `type: 'function'` is the client's, for option rules (`fetch`, hooks).
 */
export interface SchemaNode {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  /** What is allowed, in words, when the generated description would not say it well (client option rules). */
  readonly title?: string;
  readonly 'x-acs-list-wrapper'?: boolean;
  /** `repeatList`: a list parameter flattened `Name.N` (`Name.N.Field` for objects). */
  readonly 'x-acs-style'?: string;
  /** At least one of these properties must be given (`ImagePipelineId` or `ExecutionId`). */
  readonly 'x-acs-any-required'?: readonly string[];
}

/** How an action pages (the spec's `x-acs-pagination`). */
export interface PaginationSpec {
  /** The request parameter that takes the token of the next page. */
  readonly inputToken: string;
  /** The response field that holds the token of the next page. */
  readonly outputToken: string;
  /** The request parameter that sets the page size. */
  readonly pageSize: string;
  /** The path of the item list in a page: the list wrapper and its array (`['ImagePipeline', 'ImagePipelineSet']`). */
  readonly items: readonly [string, string];
}

/** A waiter, as Smithy models declare them: poll until the first item's `item` field is a final state. */
export interface WaiterSpec {
  /** The request parameters that identify what is waited for (`ExecutionId`). */
  readonly input: readonly string[];
  /** The field of the first item that holds its state (`Status`). */
  readonly item: string;
  /** States that end the wait successfully. */
  readonly success: readonly string[];
  /** States that end the wait in failure. */
  readonly failure: readonly string[];
}

/** One RPC action as the generator emits it: everything the runtime needs, no prose. */
export interface OperationSpec {
  readonly action: string;
  readonly version: string;
  /** Every request parameter as one closed object schema, in parameter order. */
  readonly request: SchemaNode;
  /** The success body's schema. */
  readonly response: SchemaNode;
  /** The action's own documented error codes, with their HTTP status (`commonErrors` has the shared ones). */
  readonly errors: Readonly<Record<string, number>>;
  readonly pagination?: PaginationSpec;
  /** The parameter that makes a write idempotent (`ClientToken`): filled in once per call, reused by retries. */
  readonly idempotencyToken?: string;
  /** The action changes nothing: any failed attempt may be retried. */
  readonly readOnly?: boolean;
  /** Named waiters over this (paged) read action. */
  readonly waiters?: Readonly<Record<string, WaiterSpec>>;
}

/** Own-property lookup that ignores the prototype (`constructor`, `__proto__` are not parameters). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
