// The subcommands: one per action of the generated table (src/generated/commands.gen.ts), plus the friendly
// short forms. Nothing here names an action except the short forms, which exist for people, not for the API.
import { commands, type GeneratedCommand } from '../generated/commands.gen.js';

/** A short form of a generated subcommand: another name, a few shorter flag names, a preferred table. */
export interface ShortForm {
  readonly name: string;
  /** The generated subcommand it stands for. */
  readonly command: string;
  /** Shorter flag names (without dashes) → the generated flag they stand for. */
  readonly flagAliases: Readonly<Record<string, string>>;
  /**
   * The item fields its table shows, when the documented output (README.md) predates the generic column
   * choice of output/columns.ts. A test checks each one is a field of the item schema.
   */
  readonly columns?: readonly string[];
}

/**
 * `describe` is the short form of `describe-image-pipelines` that README.md and `npm run demo` document,
 * with its `--id` and its table as they were before the subcommands were generated. `start` and `cancel` are
 * the build workflow's verbs (`ecs-pipelines start ip-… --wait`, `ecs-pipelines cancel exec-…`); their ID
 * argument is the rule of every action with one required ID (param-flags.ts `positionalFlag`).
 */
export const SHORT_FORMS: readonly ShortForm[] = [
  {
    name: 'describe',
    command: 'describe-image-pipelines',
    flagAliases: { id: '--image-pipeline-id' },
    columns: ['ImagePipelineId', 'Name', 'BaseImage', 'InstanceType', 'ToRegionIds', 'CreationTime'],
  },
  { name: 'start', command: 'start-image-pipeline-execution', flagAliases: {} },
  { name: 'cancel', command: 'cancel-image-pipeline-execution', flagAliases: {} },
];

/** What a subcommand runs: the generated command, and the short form it was called by, if any. */
export interface Resolved {
  /** The name it was called by (for messages and help). */
  readonly name: string;
  readonly command: GeneratedCommand;
  readonly shortForm?: ShortForm;
}

/** The subcommand called `name`, or undefined. */
export function findCommand(name: string): Resolved | undefined {
  const generated = commands.find((c) => c.name === name);
  if (generated) return { name, command: generated };
  const short = SHORT_FORMS.find((s) => s.name === name);
  const target = short && commands.find((c) => c.name === short.command);
  return short && target ? { name, command: target, shortForm: short } : undefined;
}

/** Every name a subcommand can be called by (generated ones first, in spec order). */
export function commandNames(): string[] {
  return [...commands.map((c) => c.name), ...SHORT_FORMS.filter((s) => commands.some((c) => c.name === s.command)).map((s) => s.name)];
}

export { commands };
export type { GeneratedCommand };
