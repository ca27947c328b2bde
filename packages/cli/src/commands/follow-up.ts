// Commands to suggest after a run: how to look at what a write touched (its outcome is unknown, or a wait was
// cut short) and how to cancel what still runs, sent where this run went. Derived from the generated
// subcommands and core's rules, so nothing names an action: the lookup is the paged read whose items are
// identified by the parameter (`ExecutionId` → describe-image-pipeline-executions), the cancel is the Cancel…
// action that takes exactly those parameters (by its short form when it has one).
import { idField, itemTypeOf } from '../output/columns.js';
import { commands, findCommand, SHORT_FORMS } from './catalog.js';
import type { RunOptions } from './options.js';
import { operationOf, paramFlags, positionalFlag, REGION_PARAM } from './param-flags.js';

/** `text` as one shell word: as it is when safe, else single-quoted. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The flags that send a follow-up where this run went: its region, endpoint, profile or embedded emulator's state. */
export function targetWords(options: RunOptions, region: unknown): string[] {
  return [
    ...(typeof region === 'string' ? ['--region', region] : []),
    ...(options.endpoint !== undefined ? ['--endpoint', options.endpoint] : []),
    ...(options.profile !== undefined ? ['--profile', options.profile] : []),
    ...(options.emulator ? ['--emulator', ...[...options.emulatorFlags].flatMap(([k, v]) => [`--emulator-${k}`, v])] : []),
  ];
}

const line = (words: readonly string[]) => ['ecs-pipelines', ...words].map(shellWord).join(' ');

/** `ecs-pipelines describe-image-pipelines --image-pipeline-id ip-1 …`: the read that shows the item `param` names. */
export function lookupCommand(param: string, value: string, target: readonly string[]): string | undefined {
  for (const command of commands) {
    const paging = operationOf(command.action).pagination;
    const item = paging && operationOf(command.action).response.properties?.[paging.items[0]]?.properties?.[paging.items[1]]?.items;
    if (!paging || idField(Object.keys(item?.properties ?? {}), itemTypeOf(paging.items[1])) !== param) continue;
    const flag = paramFlags({ name: command.name, command }).find((f) => f.param === param);
    if (flag) return line([command.name, `--${flag.spec.name}`, value, ...target]);
  }
  return undefined;
}

/** `ecs-pipelines cancel exec-1 …`: the Cancel… action whose required parameters are exactly `params`. */
export function cancelCommand(params: Readonly<Record<string, string>>, target: readonly string[]): string | undefined {
  const wanted = Object.keys(params).sort().join(',');
  for (const command of commands) {
    if (!command.action.startsWith('Cancel')) continue;
    const required = command.flags.filter((f) => f.required && f.param !== REGION_PARAM);
    if (required.map((f) => f.param).sort().join(',') !== wanted) continue;
    const name = SHORT_FORMS.find((s) => s.command === command.name)?.name ?? command.name;
    const flags = paramFlags(findCommand(name)!);
    const positional = positionalFlag(flags);
    const words = flags.filter((f) => Object.hasOwn(params, f.param)).flatMap((f) => (f === positional ? [params[f.param]!] : [`--${f.spec.name}`, params[f.param]!]));
    return line([name, ...words, ...target]);
  }
  return undefined;
}
