// Flags (and --file) → the request in wire spelling, for any action: the file's request first, then each
// request flag's values parsed by its rule (param-values.ts) and set at its wire path (a struct's field inside
// its struct), repeat lists as lists, the region from wherever it came. Records which flag, file or variable
// gave each wire path, so core's findings (`ImageOptions.ImageTags.2.Key`, `MaxResults`) name what the user typed.
import { flagValues, type ParsedArgs } from '../args.js';
import { UsageError, type UsageIssue } from '../usage-error.js';
import { type ParamFlag, REGION_PARAM, wireName } from './param-flags.js';
import { parseValue } from './param-values.js';

/** Where the region came from, so a bad one is reported under the name the user set it with. */
export interface RegionChoice {
  value: unknown;
  /** `--region`, `ALIBABA_CLOUD_REGION_ID`, `--file t.json` or `region_id of profile "x"`. */
  source: string;
}

/** A request and, per wire path (`Tag`, `ImageOptions.ImageName`), the flag, file or variable that set it. */
export interface BuiltRequest {
  request: Record<string, unknown>;
  sources: Map<string, string>;
}

/** What was read from files before the request is built (inputs.ts). */
export interface FileInputs {
  /** `--file`: its name as typed and the request it holds (wire spelling, nested). */
  request?: { name: string; body: Record<string, unknown> };
  /** The text of each `--<flag>-file` given, by that flag's name. */
  texts?: ReadonlyMap<string, { name: string; text: string }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets `value` at `path` in `target`, making (or replacing non-object) structs on the way. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = target;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (isRecord(next)) {
      at = next;
    } else {
      const made: Record<string, unknown> = {};
      at[key] = made;
      at = made;
    }
  }
  at[path.at(-1)!] = value;
}

/** The request for `args` in `region`; throws a {@link UsageError} for flags that collide or a missing region. */
export function buildRequest(flags: readonly ParamFlag[], args: ParsedArgs, region: RegionChoice, command: string, inputs: FileInputs = {}): BuiltRequest {
  const issues: UsageIssue[] = [];
  // A deep copy: flags set fields inside the file's structs.
  const request: Record<string, unknown> = inputs.request ? structuredClone(inputs.request.body) : {};
  const sources = new Map<string, string>();
  // Every parameter has a flag for it, so core's findings can always be named; what the file and the flags
  // gave says which. A struct is named by its fields' flags (`--image-options.*`) until something sets it.
  for (const f of flags) {
    sources.set(wireName(f), `--${f.spec.name}`);
    if (f.path.length > 1 && !sources.has(f.param)) sources.set(f.param, `--${f.spec.name.split('.')[0]}.*`);
  }
  if (inputs.request) {
    for (const key of Object.keys(inputs.request.body)) {
      for (const path of [...sources.keys()]) if (path.startsWith(`${key}.`)) sources.delete(path);
      sources.set(key, `--file ${inputs.request.name}`);
    }
  }
  if (region.value === undefined) {
    issues.push({
      parameter: '--region',
      problem: 'no region given',
      allowed: 'a region ID such as cn-hangzhou, via --region, ALIBABA_CLOUD_REGION_ID, the RegionId of --file or the region_id of a --profile',
    });
  } else {
    request[REGION_PARAM] = region.value;
  }
  sources.set(REGION_PARAM, region.source);
  for (const f of flags) {
    const wire = wireName(f);
    const given = [f.spec.name, ...f.aliases].filter((n) => args.values.has(n) || args.switches.has(n) || args.switches.has(`no-${n}`));
    const fromFile = f.fileFlag ? inputs.texts?.get(f.fileFlag) : undefined;
    const shown = [...given.map((n) => `--${n}`), ...(fromFile ? [`--${f.fileFlag}`] : [])].join(' and ');
    if (given.length === 0 && !fromFile) continue;
    sources.set(wire, fromFile && given.length === 0 ? `--${f.fileFlag} ${fromFile.name}` : shown);
    if (f.spec.kind === 'boolean') {
      const on = args.switches.has(f.spec.name);
      if (on && args.switches.has(`no-${f.spec.name}`)) issues.push({ parameter: `--${f.spec.name}`, problem: `given with --no-${f.spec.name}`, allowed: 'one of them' });
      setPath(request, f.path, on);
      continue;
    }
    const texts = [...given.flatMap((n) => flagValues(args, n)), ...(fromFile ? [fromFile.text] : [])];
    if (f.schema.type === 'array') {
      setPath(request, f.path, texts.map((t) => parseValue(f.schema.items ?? {}, t)));
    } else if (texts.length > 1) {
      issues.push({ parameter: shown, problem: 'set the same parameter', allowed: 'one of them, once' });
    } else {
      setPath(request, f.path, parseValue(f.schema, texts[0]!));
    }
  }
  if (issues.length > 0) throw new UsageError(issues, command);
  return { request, sources };
}
