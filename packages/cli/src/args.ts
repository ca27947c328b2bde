// A small command-line parser: long flags (`--name value`, `--name=value`), a few short aliases, repeatable
// flags, `--` to end flags. It reports every problem at once, with a "did you mean" for misspelt flags.
// (node:util parseArgs cannot suggest, cannot tell "missing value" from "next flag", and stops at the first error.)
import { closest } from './suggest.js';
import { UsageError, type UsageIssue } from './usage-error.js';

/** One flag a command accepts. */
export interface FlagSpec {
  /** Long name without dashes: `max-results`. */
  readonly name: string;
  readonly kind: 'string' | 'boolean';
  /** May be given more than once (`--tag a=1 --tag b=2`). */
  readonly repeatable?: boolean;
  /** One-letter alias without the dash: `o` for `-o`. */
  readonly short?: string;
  /** Placeholder shown in help: `N`, `KEY[=VALUE]`. */
  readonly value?: string;
  readonly help: string;
  /**
   * A family of string flags: `name` is a prefix (`emulator-`) and every `--<prefix><rest> VALUE` is accepted,
   * stored under its full name. Whoever reads them checks the rest (the emulator's own flags, say).
   */
  readonly prefix?: boolean;
}

/** The result of {@link parseArgs}: string values per flag (in order), boolean flags, positionals. */
export interface ParsedArgs {
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly switches: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

/** The last value of a string flag, or undefined when it was not given. */
export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.values.get(name);
  return v?.[v.length - 1];
}

/** Every value of a repeatable flag, in the order given. */
export function flagValues(args: ParsedArgs, name: string): readonly string[] {
  return args.values.get(name) ?? [];
}

/** Parses `argv` against `specs`; throws a {@link UsageError} listing every problem. */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[], command = ''): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const prefixes = specs.filter((s) => s.prefix);
  const lookup = (name: string) => byName.get(name) ?? prefixes.find((p) => name.startsWith(p.name) && name.length > p.name.length);
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  const positionals: string[] = [];
  const issues: UsageIssue[] = [];
  const allowedFlags = specs.map((s) => (s.prefix ? `--${s.name}…` : `--${s.name}`)).join(', ');

  const isKnownFlag = (arg: string) =>
    (arg.startsWith('--') && lookup(arg.slice(2).split('=')[0]!) !== undefined) || (/^-[a-zA-Z]$/.test(arg) && byShort.has(arg[1]!));

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const typed = eq >= 0 ? arg.slice(0, eq) : arg;
    const spec = long ? lookup(typed.slice(2)) : arg.length === 2 ? byShort.get(arg[1]!) : undefined;
    if (!spec) {
      const guess = closest(long ? typed.slice(2) : typed.slice(1), specs.filter((s) => !s.prefix).map((s) => s.name));
      issues.push({
        parameter: typed,
        problem: `unknown flag${guess ? ` (did you mean --${guess}?)` : ''}`,
        allowed: allowedFlags,
      });
      continue;
    }
    // A prefix family's flag is known by the name typed (`--emulator-state`), not by the prefix.
    const key = spec.prefix ? typed.slice(2) : spec.name;
    const shown = `--${key}`;
    if (spec.kind === 'boolean') {
      if (eq >= 0) issues.push({ parameter: shown, problem: 'takes no value', allowed: `${shown} alone` });
      else switches.add(key);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !isKnownFlag(argv[i + 1]!) && argv[i + 1] !== '--') value = argv[++i];
    if (value === undefined) {
      issues.push({ parameter: shown, problem: 'needs a value', allowed: `${shown} ${spec.value ?? 'VALUE'}` });
      continue;
    }
    const list = values.get(key) ?? [];
    if (list.length > 0 && !spec.repeatable) {
      issues.push({ parameter: shown, problem: 'given more than once', allowed: 'one value' });
      continue;
    }
    list.push(value);
    values.set(key, list);
  }
  if (issues.length > 0) throw new UsageError(issues, command);
  return { values, switches, positionals };
}
