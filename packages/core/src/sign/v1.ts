// HMAC-SHA1 with SignatureVersion 1.0: the legacy RPC signature ("signature V2" in newer Alibaba docs).
// Pure: clock and nonce are inputs. Checked against vectors from @alicloud/openapi-util and @alicloud/pop-core.
import type { Credentials, WireParams } from '../types.js';
import { percentEncode } from '../wire/percent.js';
import { canonicalQuery } from '../wire/query.js';
import { credentialsSchema, invalid, refuse, type SignCrypto, webCrypto } from './crypto.js';

/** What `signV1` signs: the API's wire parameters plus the common parameters it adds. */
export interface SignV1Input {
  method: string;
  params: WireParams;
  credentials: Credentials;
  action: string;
  version: string;
  timestamp: string;
  nonce: string;
  /** The response format; the service's default is XML, so the SDK asks for JSON. */
  format?: 'JSON' | 'XML';
  /** Hash and HMAC primitives; WebCrypto when absent. */
  crypto?: SignCrypto;
}

/** Parameters to send (in the query or a form body) and the string that was signed. */
export interface SignV1Result {
  /** Common parameters, then the API parameters, then `Signature`: the wire order. */
  params: WireParams;
  /** Contains the security token (percent-encoded) when there is one: never log it unredacted. */
  stringToSign: string;
}

/** Names `signV1` sets itself; an API parameter may not use them. */
export const V1_COMMON_PARAMS = ['Action', 'Version', 'Format', 'AccessKeyId', 'SecurityToken', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Signature'];

// In the query every value can be sent, so only presence is checked.
const CREDENTIALS = { type: 'object', required: ['credentials'], properties: { credentials: credentialsSchema() } };

/** Signs RPC parameters with HMAC-SHA1, on WebCrypto unless `crypto` is given. */
export async function signV1(req: SignV1Input): Promise<SignV1Result> {
  const { credentials } = req;
  refuse(CREDENTIALS, { credentials });
  invalid(
    req.params
      .filter(([name]) => V1_COMMON_PARAMS.includes(name))
      .map(([name]) => [name, 'is a common parameter that signV1 sets itself', 'API parameters only']),
  );
  const { accessKeyId, accessKeySecret, securityToken } = credentials;
  const params: WireParams = [
    ['Action', req.action],
    ['Version', req.version],
    ['Format', req.format ?? 'JSON'],
    ['AccessKeyId', accessKeyId],
    ['SignatureMethod', 'HMAC-SHA1'],
    ['SignatureVersion', '1.0'],
    ['SignatureNonce', req.nonce],
    ['Timestamp', req.timestamp],
    ...(securityToken ? [['SecurityToken', securityToken] as [string, string]] : []),
    ...req.params,
  ];
  const stringToSign = v1StringToSign(req.method, params);
  return { params: [...params, ['Signature', await v1Signature(accessKeySecret, stringToSign, req.crypto)]], stringToSign };
}

/**
 * `METHOD&%2F&` + the percent-encoded canonical query: the canonical string is encoded a second time, so
 * `=` becomes `%3D` and an encoded `%2B` becomes `%252B`.
 */
export function v1StringToSign(method: string, params: WireParams): string {
  return `${method.toUpperCase()}&%2F&${percentEncode(canonicalQuery(params))}`;
}

/** base64 HMAC-SHA1 keyed with `secret + "&"`. */
export async function v1Signature(accessKeySecret: string, stringToSign: string, c: SignCrypto = webCrypto): Promise<string> {
  return c.hmac('SHA-1', `${accessKeySecret}&`, stringToSign, 'base64');
}
