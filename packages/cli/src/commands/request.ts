// Flags → the request in wire spelling, for any action: each request flag's values parsed by its rule
// (param-values.ts), repeat lists as lists, the region from wherever it came. Records which flag (or
// variable) gave each parameter, so core's findings (`Tag.3.Key`, `MaxResults`) name what the user typed.
import { flagValues, type ParsedArgs } from '../args.js';
import { UsageError, type UsageIssue } from '../usage-error.js';
import { type ParamFlag, REGION_PARAM } from './param-flags.js';
import { parseValue } from './param-values.js';

/** Where the region came from, so a bad one is reported under the name the user set it with. */
export interface RegionChoice {
  value: string | undefined;
  /** `--region`, `ALIBABA_CLOUD_REGION_ID` or `region_id of profile "x"`. */
  source: string;
}

/** A request and, per wire parameter, the flag or variable that set it. */
export interface BuiltRequest {
  request: Record<string, unknown>;
  sources: Map<string, string>;
}

/** The request for `args` in `region`; throws a {@link UsageError} for flags that collide or a missing region. */
export function buildRequest(flags: readonly ParamFlag[], args: ParsedArgs, region: RegionChoice, command: string): BuiltRequest {
  const issues: UsageIssue[] = [];
  const request: Record<string, unknown> = {};
  const sources = new Map<string, string>();
  // Every parameter has a flag for it, so core's findings can always be named; the ones given say which.
  for (const f of flags) sources.set(f.param, `--${f.spec.name}`);
  if (region.value === undefined) {
    issues.push({
      parameter: '--region',
      problem: 'no region given',
      allowed: 'a region ID such as cn-hangzhou, via --region, ALIBABA_CLOUD_REGION_ID or the region_id of a --profile',
    });
  } else {
    request[REGION_PARAM] = region.value;
  }
  sources.set(REGION_PARAM, region.source);
  for (const f of flags) {
    const given = [f.spec.name, ...f.aliases].filter((n) => args.values.has(n) || args.switches.has(n) || args.switches.has(`no-${n}`));
    if (given.length === 0) continue;
    const shown = given.map((n) => `--${n}`).join(' and ');
    sources.set(f.param, shown);
    if (f.spec.kind === 'boolean') {
      const on = args.switches.has(f.spec.name);
      if (on && args.switches.has(`no-${f.spec.name}`)) issues.push({ parameter: `--${f.spec.name}`, problem: `given with --no-${f.spec.name}`, allowed: 'one of them' });
      request[f.param] = on;
      continue;
    }
    const texts = given.flatMap((n) => flagValues(args, n));
    if (f.schema.type === 'array') {
      request[f.param] = texts.map((t) => parseValue(f.schema.items ?? {}, t));
    } else if (texts.length > 1) {
      issues.push({ parameter: shown, problem: 'set the same parameter', allowed: 'one of them, once' });
    } else {
      request[f.param] = parseValue(f.schema, texts[0]!);
    }
  }
  if (issues.length > 0) throw new UsageError(issues, command);
  return { request, sources };
}
