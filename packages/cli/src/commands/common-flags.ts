// The flags every subcommand has, whatever its action: where to send and as whom, paging, output, the request
// from a file. Request parameters come from the spec (param-flags.ts); these are the CLI's own. Waiting and
// confirming belong to the actions their rules pick (wait.ts, confirm.ts), never to named actions.
import type { FlagSpec } from '../args.js';

/** Flags that steer paging (paged actions only). */
export const pagingFlags: readonly FlagSpec[] = [
  { name: 'all', kind: 'boolean', help: 'follow the next-page token to the last page' },
  { name: 'max-items', kind: 'string', value: 'N', help: 'stop after N items, without fetching another page (follows pages as --all does)' },
];

/** Flags that give the request itself, besides one flag per parameter. */
export const requestFlags: readonly FlagSpec[] = [
  { name: 'file', kind: 'string', value: 'FILE', help: 'the request as JSON, in wire spelling ({"BaseImageType": "IMAGE", "ImageOptions": {"ImageName": "web"}}); flags override its values' },
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
  {
    name: 'emulator-',
    prefix: true,
    kind: 'string',
    value: 'VALUE',
    help: 'with --emulator: any flag of "ecs-pipelines emulator" for the embedded one (--emulator-state FILE keeps what you create between runs, --emulator-build-step-ms MS, …)',
  },
];

/** Flags that steer what is printed. */
export const outputFlags: readonly FlagSpec[] = [
  { name: 'output', short: 'o', kind: 'string', value: 'table|json|ndjson', help: 'output format (default: table on a terminal, json otherwise)' },
  { name: 'verbose', kind: 'boolean', help: 'print each request and response on stderr (secrets redacted)' },
  { name: 'help', short: 'h', kind: 'boolean', help: 'show this help' },
];

/** Flags of an action whose answer names something a waiter can follow (wait.ts). */
export const waitFlags: readonly FlagSpec[] = [
  { name: 'wait', kind: 'boolean', help: 'poll until it ends: exit 0 on success, 1 on failure; a live status line on a terminal' },
  { name: 'max-wait', kind: 'string', value: 'DURATION', help: 'give up waiting after this long (90s, 30m, 2h; default 60m); the work keeps running' },
  { name: 'poll-interval', kind: 'string', value: 'DURATION', help: 'pause between polls (default: from 5s growing to 30s; 250ms to 1s with --emulator)' },
];

/** Flags of an action that asks before it runs (confirm.ts). */
export const confirmFlags: readonly FlagSpec[] = [
  { name: 'yes', short: 'y', kind: 'boolean', help: 'do not ask for confirmation (required when stdin or stderr is not a terminal)' },
];
