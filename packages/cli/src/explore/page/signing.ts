// The canonical request and the string to sign of a request the client signed. The client's signer returns
// only the headers, so they are recomputed here with core's own signers from what was sent (its date, nonce,
// headers and query) and the same credentials; the signature they give is compared with the one sent, so what
// the page shows is what was signed, not a guess.
import { type Credentials, canonicalQuery, parseQuery, redact, signV1, signV3, V1_COMMON_PARAMS, type WireParams } from '@org/ecs-pipelines-core';

/** A request as the client handed it to fetch. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** What was signed, as the service rebuilds it. */
export interface SignatureView {
  algorithm: 'ACS3-HMAC-SHA256' | 'HMAC-SHA1';
  /** ACS3: the canonical request; HMAC-SHA1: the canonical query string. Security token redacted. */
  canonicalRequest: string;
  /** Security token redacted (it is part of an HMAC-SHA1 string to sign). */
  stringToSign: string;
  /** The recomputed signature is the one that was sent. */
  reproduced: boolean;
}

const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

/** Recomputes the signing strings of `sent` (signed with `credentials`). */
export async function explainSignature(sent: SentRequest, credentials: Credentials): Promise<SignatureView> {
  const h = lower(sent.headers);
  const hide = (text: string) => redact(text, [credentials.securityToken]);
  const authorization = h['authorization'];
  if (authorization !== undefined) {
    const { authorization: _, ...rest } = h;
    const result = await signV3({
      method: sent.method,
      url: sent.url,
      headers: rest,
      credentials,
      action: h['x-acs-action'] ?? '',
      version: h['x-acs-version'] ?? '',
      timestamp: h['x-acs-date'] ?? '',
      nonce: h['x-acs-signature-nonce'] ?? '',
    });
    return { algorithm: 'ACS3-HMAC-SHA256', canonicalRequest: hide(result.canonicalRequest), stringToSign: hide(result.stringToSign), reproduced: result.headers.authorization === authorization };
  }
  const params: WireParams = parseQuery(new URL(sent.url).search);
  const get = (name: string) => params.find(([k]) => k === name)?.[1] ?? '';
  const format = get('Format') === 'XML' ? 'XML' : 'JSON';
  const result = await signV1({
    method: sent.method,
    params: params.filter(([k]) => !V1_COMMON_PARAMS.includes(k)),
    credentials,
    action: get('Action'),
    version: get('Version'),
    timestamp: get('Timestamp'),
    nonce: get('SignatureNonce'),
    format,
  });
  const signature = result.params.find(([k]) => k === 'Signature')?.[1];
  return {
    algorithm: 'HMAC-SHA1',
    canonicalRequest: hide(canonicalQuery(params.filter(([k]) => k !== 'Signature'))),
    stringToSign: hide(result.stringToSign),
    reproduced: signature !== undefined && signature === get('Signature'),
  };
}

/** The server's string to sign in a SignatureDoesNotMatch message (`… server string to sign is:…`), as Alibaba's gateway words it. */
export function serverStringToSign(message: string): string | undefined {
  const m = /server string to sign is:([\s\S]*)$/i.exec(message);
  return m ? m[1]!.trim() : undefined;
}
