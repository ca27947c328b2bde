// Typed views of the rules generated from spec/openapi.yaml. Validation, serialization and normalization walk
// these; no limit, type or wire style is written by hand anywhere else.
import { operation, responseSchema } from './generated/spec.gen.js';

export { define } from './text.js';

/**
 * The subset of JSON Schema the spec uses, plus its vendor extensions for list wrappers and list identity;
 * `type: 'function'` is the client's, for option rules (`fetch`, hooks).
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
  /** What is allowed, in words, when the generated description would not say it well (client option rules). */
  readonly title?: string;
  readonly 'x-acs-list-wrapper'?: boolean;
  /** The field that identifies an item of a list (`ImagePipelineId`). */
  readonly 'x-acs-identity'?: string;
}

/** One request parameter: its wire name, whether it is required, its wire style and its schema. */
export interface ParamSpec {
  readonly name: string;
  readonly required: boolean;
  /** `plain` (`Name=v`) or `repeatList` (`Name.N`, `Name.N.Field`). */
  readonly style: string;
  readonly schema: SchemaNode;
}

export const params: readonly ParamSpec[] = operation.parameters;
export const paramByName: ReadonlyMap<string, ParamSpec> = new Map(params.map((p) => [p.name, p]));
export const responseRoot: SchemaNode = responseSchema;

/** Own-property lookup that ignores the prototype (`constructor`, `__proto__` are not parameters). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

