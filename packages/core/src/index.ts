// The public surface of @org/ecs-pipelines-core, listed by name (see API.md). Anything not exported here is
// free to change.
export type { components, operations, paths } from './generated/schema.gen.js';
export { errorBodySchema, errorCodes, operation, requestSchema, responseSchema } from './generated/spec.gen.js';
export type {
  Credentials,
  DescribeImagePipelinesRequest,
  DescribeImagePipelinesResponse,
  EcsErrorBody,
  ImagePipeline,
  RequestTag,
  ResourceTag,
  ValidationIssue,
  WireParams,
} from './types.js';
export {
  EcsAbortError,
  EcsApiError,
  EcsError,
  EcsNetworkError,
  EcsResponseError,
  EcsTimeoutError,
  EcsValidationError,
  isRetryableCode,
} from './errors.js';
export type { EcsApiErrorInit, EcsResponseErrorInit } from './errors.js';
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
export { verifyV1, verifyV3 } from './sign/verify.js';
export type { LookupSecret, VerifyResult } from './sign/verify.js';
export { allowed, checkRequest, checkSchema, validateRequest } from './validate.js';
export type { SchemaNode } from './spec.js';
export { nearestName } from './suggest.js';
export { normalizeResponse } from './normalize.js';
export type { ResponseContext } from './normalize.js';
export { decodeResponse } from './decode.js';
export type { RawResponse } from './decode.js';
