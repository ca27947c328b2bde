// Alibaba's own SDK as the interop tests drive it: the client pointed at a loopback emulator, and the four ways
// it can sign (ACS3 or HMAC-SHA1, AccessKey or STS), so every interop test covers the same matrix.
import { createRequire } from 'node:module';
import { DEFAULT_CREDENTIALS } from '../src/index.js';

const require = createRequire(import.meta.url);
/** `@alicloud/ecs20140526` (CommonJS): `new Ecs.default(config)`, request models as `Ecs.<Action>Request`. */
export const Ecs = require('@alicloud/ecs20140526');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

/** An AccessKey, with the security token of STS credentials or not. */
export type Creds = { accessKeyId: string; accessKeySecret: string; securityToken?: string };

/** The official ECS client at `endpoint` (`127.0.0.1:PORT`, plain HTTP); `'v2'` makes it sign with HMAC-SHA1. */
export const officialClient = (endpoint: string, creds: Creds, signatureAlgorithm?: 'v2') =>
  new Ecs.default(new $OpenApiUtil.Config({ ...creds, endpoint, protocol: 'http', regionId: 'cn-hangzhou', ...(signatureAlgorithm ? { signatureAlgorithm } : {}) }));

/** The four signing setups, for `it.each`: a label, the credentials and the SDK's signature algorithm. */
export const sdkConfigs = (sts: Creds) =>
  [
    ['ACS3-HMAC-SHA256, AccessKey', DEFAULT_CREDENTIALS, undefined],
    ['ACS3-HMAC-SHA256, STS token', sts, undefined],
    ["HMAC-SHA1 (signatureAlgorithm 'v2'), AccessKey", DEFAULT_CREDENTIALS, 'v2'],
    ["HMAC-SHA1 (signatureAlgorithm 'v2'), STS token", sts, 'v2'],
  ] as const;
