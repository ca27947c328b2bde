// The public surface of @org/ecs-pipelines-core, listed by name (see API.md). Anything not exported here is
// free to change.
// The generated modules are re-exported whole: their own export lists are generated per operation, so a new
// action reaches the public API with no hand edit (the one exception to listing exports by name).
// Per action: its rules object (`DescribeImagePipelines`, …), its request type, `operations`, `OperationTypes`.
export * from './generated/acs-operations.gen.js';
// Per action: `<Action>Data`, `<Action>Response`, `<Action>Errors`, …; every schema (`ImagePipeline`, …).
export type * from './generated/types.gen.js';
// `operations` typed as rules objects (this explicit export takes precedence over the generated one above).
export { operations } from './operations.js';
export type { Action, Credentials, RequestOf, RequestOfOp, ResponseOf, ResponseOfOp, ValidationIssue, WireParams } from './types.js';
export type { OperationSpec, PaginationSpec, SchemaNode, WaiterSpec } from './spec.js';
export {
  EcsAbortError,
  EcsApiError,
  EcsError,
  EcsNetworkError,
  EcsResponseError,
  EcsTimeoutError,
  EcsValidationError,
  isRetryableCode,
  isThrottlingCode,
} from './errors.js';
export type { EcsApiErrorInit, EcsResponseErrorInit } from './errors.js';
export { EcsWaiterError } from './errors-waiter.js';
export type { EcsWaiterErrorInit } from './errors-waiter.js';
export { REDACTED, redact, redactHeaders } from './redact.js';
export { loneSurrogateIndex, percentDecode, percentEncode } from './wire/percent.js';
export { fromWireParams, toWireParams } from './wire/flatten.js';
export { canonicalQuery, encodeQuery, parseQuery } from './wire/query.js';
export { credentialsSchema, formatTimestamp, randomNonce, sha256Hex, timingSafeEqual, webCrypto } from './sign/crypto.js';
export type { SignCrypto } from './sign/crypto.js';
export { signV3, V3_ALGORITHM } from './sign/v3.js';
export type { SignV3Input, SignV3Result } from './sign/v3.js';
export { signV1, V1_COMMON_PARAMS } from './sign/v1.js';
export type { SignV1Input, SignV1Result } from './sign/v1.js';
export { signRequest } from './sign/request.js';
export type { SignedRequest, SignRequestInput, SignTools } from './sign/request.js';
export { verifyV1, verifyV3 } from './sign/verify.js';
export type { LookupSecret, VerifyResult } from './sign/verify.js';
export { allowed, checkRequest, checkSchema, validateRequest } from './validate.js';
export { nearestName } from './suggest.js';
export { normalizeResponse } from './normalize.js';
export type { ResponseContext } from './normalize.js';
export { decodeResponse } from './decode.js';
export type { RawResponse } from './decode.js';
