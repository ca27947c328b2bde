// The flags every subcommand has, whatever its action: where to send and as whom, paging, output. Request
// parameters come from the spec (param-flags.ts); these are the CLI's own.
import type { FlagSpec } from '../args.js';

/** Flags that steer paging (paged actions only). */
export const pagingFlags: readonly FlagSpec[] = [
  { name: 'all', kind: 'boolean', help: 'follow the next-page token to the last page' },
  { name: 'max-items', kind: 'string', value: 'N', help: 'stop after N items, without fetching another page (follows pages as --all does)' },
];

/** Flags that steer the target, the credentials and the transport. */
export const transportFlags: readonly FlagSpec[] = [
  { name: 'region', kind: 'string', value: 'REGION', help: 'RegionId, e.g. cn-hangzhou (default: $ALIBABA_CLOUD_REGION_ID, then the profile\'s region)' },
  { name: 'profile', kind: 'string', value: 'NAME', help: 'credentials and region from this profile of ~/.aliyun/config.json (AK or StsToken mode)' },
  { name: 'endpoint', kind: 'string', value: 'URL', help: 'send requests to this http(s) origin instead of the region\'s endpoint' },
  { name: 'signature-version', kind: 'string', value: 'v3|v1', help: 'v3 = ACS3-HMAC-SHA256 (default), v1 = HMAC-SHA1' },
  { name: 'method', kind: 'string', value: 'GET|POST', help: 'the HTTP method (default GET; the parameters stay in the query)' },
  { name: 'timeout', kind: 'string', value: 'MS', help: 'give up on an attempt after MS milliseconds' },
  { name: 'max-attempts', kind: 'string', value: 'N', help: 'attempts per request, retries included' },
  { name: 'emulator', kind: 'boolean', help: 'run against an embedded emulator with demo data and its default credentials' },
];

/** Flags that steer what is printed. */
export const outputFlags: readonly FlagSpec[] = [
  { name: 'output', short: 'o', kind: 'string', value: 'table|json|ndjson', help: 'output format (default: table on a terminal, json otherwise)' },
  { name: 'verbose', kind: 'boolean', help: 'print each request and response on stderr (secrets redacted)' },
  { name: 'help', short: 'h', kind: 'boolean', help: 'show this help' },
];
