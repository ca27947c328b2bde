// Friendly names over the types generated from spec/openapi.yaml by @hey-api/typescript, in wire spelling.
import type { OperationTypes } from './generated/acs-operations.gen.js';

/** The name of every action of the spec. */
export type Action = keyof OperationTypes;
/** The request of an action, as the API pages spell it (`Tag`, `ImagePipelineId`, …). */
export type RequestOf<A extends Action> = OperationTypes[A]['request'];
/** The success body of an action, with real types and the list wrappers of the wire. */
export type ResponseOf<A extends Action> = OperationTypes[A]['response'];

/** The request type of a rules object (`RequestOfOp<typeof DescribeImagePipelines>`); `unknown`-keyed for other specs. */
export type RequestOfOp<O> = O extends { readonly action: infer A extends Action } ? RequestOf<A> : Record<string, unknown>;
/** The response type of a rules object. */
export type ResponseOfOp<O> = O extends { readonly action: infer A extends Action } ? ResponseOf<A> : Record<string, unknown>;

/** An AccessKey pair, optionally with the security token of STS (temporary) credentials. */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/**
 * Query parameters in wire form: ordered `[name, value]` pairs, decoded (not yet percent-encoded).
 * A list rather than a record because order matters on the wire and a name may repeat in a hostile query.
 */
export type WireParams = Array<[name: string, value: string]>;

/** One problem of a request: which parameter, what is wrong with it, and what would be accepted. */
export interface ValidationIssue {
  /** The parameter in wire spelling, 1-based for list items: `MaxResults`, `Tag.3.Key`, `ImagePipelineId.2`. */
  parameter: string;
  problem: string;
  allowed: string;
}
