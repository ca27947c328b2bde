// Help texts, built from the flag specs so a new flag cannot be missing from --help.
import type { FlagSpec } from './args.js';
import { outputFlags, pagingFlags, requestFlags, transportFlags } from './commands/describe-flags.js';

function flagLines(flags: readonly FlagSpec[]): string[] {
  const left = flags.map((f) => `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? ` ${f.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return flags.map((f, i) => `  ${left[i]!.padEnd(width)}${f.help}`);
}

/** `ecs-pipelines --help` */
export function mainHelp(): string {
  return [
    'ecs-pipelines — query Alibaba Cloud ECS image pipelines (DescribeImagePipelines)',
    '',
    'Usage:',
    '  ecs-pipelines describe [flags]     list image pipelines (see: ecs-pipelines describe --help)',
    '  ecs-pipelines emulator [flags]     run a local emulator of the API (see: ecs-pipelines emulator --help)',
    '  ecs-pipelines --version            print the version',
    '  ecs-pipelines --help               print this help',
    '',
    'Try it without an account:',
    '  ecs-pipelines describe --emulator --all',
    '',
    'Exit codes: 0 success, 1 the service or the network failed, 2 bad usage (nothing was sent), 130 interrupted.',
    '',
  ].join('\n');
}

/** `ecs-pipelines describe --help` */
export function describeHelp(): string {
  return [
    'ecs-pipelines describe — list ECS image pipelines (DescribeImagePipelines)',
    '',
    'Usage: ecs-pipelines describe [--region REGION] [filters] [--all | --max-items N] [-o table|json|ndjson]',
    '',
    'Filters and request parameters:',
    ...flagLines(requestFlags),
    '',
    'Paging:',
    ...flagLines(pagingFlags),
    '',
    'Credentials and transport:',
    ...flagLines(transportFlags),
    '',
    'Output:',
    ...flagLines(outputFlags),
    '',
    'Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and (for STS)',
    'ALIBABA_CLOUD_SECURITY_TOKEN, or from --profile NAME (or ALIBABA_CLOUD_PROFILE) in ~/.aliyun/config.json.',
    '',
    'Output formats:',
    '  table   the columns ImagePipelineId, Name, BaseImage, InstanceType, ToRegionIds, CreationTime, fitted to',
    '          the terminal, then "N of TotalCount"',
    '  json    one page: the response body (wire field names); with --all or --max-items: an array of pipelines',
    '  ndjson  one pipeline per line, printed as pages arrive',
    '',
    'Examples:',
    '  ecs-pipelines describe --emulator --all',
    '  ecs-pipelines describe --region cn-hangzhou --tag env=prod --all -o ndjson | jq .Name',
    '  ecs-pipelines describe --profile prod --region cn-shanghai --name nightly-build -o json',
    '',
    'Exit codes: 0 success, 1 the service or the network failed (Code, Message, RequestId, HTTP status and',
    'the Recommend link on stderr), 2 bad usage or input (nothing was sent), 130 interrupted.',
    '',
  ].join('\n');
}
