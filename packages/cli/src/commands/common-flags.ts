// The flags of `ecs-pipelines describe`, grouped as the help prints them.
import type { FlagSpec } from '../args.js';

/** Flags that become request parameters (wire names in the help, so users can match the API page). */
export const requestFlags: readonly FlagSpec[] = [
  { name: 'region', kind: 'string', value: 'REGION', help: 'RegionId, e.g. cn-hangzhou (default: $ALIBABA_CLOUD_REGION_ID, then the profile\'s region)' },
  { name: 'tag', kind: 'string', repeatable: true, value: 'KEY[=VALUE]', help: 'Tag.N: only pipelines with this tag; KEY alone matches any value (repeatable)' },
  { name: 'id', kind: 'string', repeatable: true, value: 'ID', help: 'ImagePipelineId.N: only these pipelines (repeatable)' },
  { name: 'name', kind: 'string', value: 'NAME', help: 'Name: only the pipeline with this name' },
  { name: 'resource-group-id', kind: 'string', value: 'ID', help: 'ResourceGroupId: only pipelines in this resource group' },
  { name: 'max-results', kind: 'string', value: 'N', help: 'MaxResults: page size' },
  { name: 'next-token', kind: 'string', value: 'TOKEN', help: 'NextToken: start from this page (printed after a page that has more)' },
];

/** Flags that steer paging. */
export const pagingFlags: readonly FlagSpec[] = [
  { name: 'all', kind: 'boolean', help: 'follow NextToken to the last page' },
  { name: 'max-items', kind: 'string', value: 'N', help: 'stop after N pipelines (follows NextToken as --all does)' },
];

/** Flags that steer the transport and credentials. */
export const transportFlags: readonly FlagSpec[] = [
  { name: 'profile', kind: 'string', value: 'NAME', help: 'credentials and region from this profile of ~/.aliyun/config.json (AK or StsToken mode)' },
  { name: 'endpoint', kind: 'string', value: 'URL', help: 'send requests here instead of the region\'s endpoint (http:// or https://)' },
  { name: 'signature-version', kind: 'string', value: 'v3|v1', help: 'v3 = ACS3-HMAC-SHA256 (default), v1 = HMAC-SHA1' },
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

/** Every flag of `describe`. */
export const describeFlags: readonly FlagSpec[] = [...requestFlags, ...pagingFlags, ...transportFlags, ...outputFlags];
