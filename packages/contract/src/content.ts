// Template and component content as the service reads it (family reference §12): the 16 KB limit in bytes
// (the spec's maxLength counts characters, so a value of multi-byte characters can pass it and still be too
// large), Dockerfile-style command lines (a trailing `\` continues a line), `COMPONENT` references by ID or
// by name and version pattern, and the `Parameters:` section of a YAML component.
import type { ImageComponent } from '@org/ecs-pipelines-core';

/** The largest BuildContent, TestContent or component Content: 16 KB, in UTF-8 bytes. */
export const MAX_CONTENT_BYTES = 16 * 1024;

/** The size of `text` in UTF-8 bytes. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** One command line: its keyword (upper-cased) and the rest. */
export interface Command {
  keyword: string;
  argument: string;
}

/** The command lines of Dockerfile-style content; blank lines and `#` comments are skipped. */
export function commands(content: string): Command[] {
  const out: Command[] = [];
  let pending = '';
  for (const raw of content.split(/\r?\n/)) {
    const line = pending + raw;
    if (/\\\s*$/.test(line)) {
      pending = `${line.replace(/\\\s*$/, '')} `;
      continue;
    }
    pending = '';
    const text = line.trim();
    if (!text || text.startsWith('#')) continue;
    const m = /^(\S+)\s*(.*)$/s.exec(text)!;
    out.push({ keyword: m[1]!.toUpperCase(), argument: m[2]!.trim() });
  }
  if (pending.trim()) out.push({ keyword: pending.trim().split(/\s+/)[0]!.toUpperCase(), argument: pending.trim().replace(/^\S+\s*/, '') });
  return out;
}

/** A `COMPONENT` line: by ID (`COMPONENT ic-…`) or by name and version pattern (`COMPONENT acs:ecs:…:imagecomponent/Name/1.*.*`). */
export interface ComponentRef {
  /** The text after `COMPONENT`, for messages. */
  text: string;
  id?: string;
  name?: string;
  /** A `major.minor.patch` pattern where a part may be `*`; without one, any version (the newest is used). */
  version?: string;
}

const BY_NAME = /^acs:ecs:[^:]*:[^:]*:imagecomponent\/([^/\s]+)(?:\/(\S+))?$/;

/** The components `content` references, in order. */
export function componentRefs(content: string): ComponentRef[] {
  return commands(content)
    .filter((c) => c.keyword === 'COMPONENT')
    .map((c) => {
      const text = c.argument.split(/\s+/)[0] ?? '';
      const m = BY_NAME.exec(text);
      if (m) return m[2] ? { text, name: m[1]!, version: m[2] } : { text, name: m[1]! };
      return { text, id: text };
    });
}

/** True when `version` fits `pattern` (`1.*.*` fits 1.0.0 and 1.2.3). */
export function versionMatcher(pattern: string): (version: string) => boolean {
  const want = pattern.split('.');
  return (version) => {
    const have = version.split('.');
    return have.length === want.length && want.every((part, i) => part === '*' || part === have[i]);
  };
}

/** The component a reference names among `components`: the one with its ID, or the newest version of its name that fits. */
export function resolveRef(ref: ComponentRef, components: readonly ImageComponent[]): ImageComponent | undefined {
  if (ref.id !== undefined) return components.find((c) => c.ImageComponentId === ref.id);
  const fits = ref.version ? versionMatcher(ref.version) : () => true;
  const named = components.filter((c) => c.Name === ref.name && fits(c.ComponentVersion ?? ''));
  return named.sort((a, b) => compareVersions(b.ComponentVersion ?? '', a.ComponentVersion ?? ''))[0];
}

/** Orders `major.minor.patch` versions numerically. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** A parameter a YAML component declares. */
export interface ComponentParameter {
  Name: string;
  Type: string;
  DefaultValue: string;
}

/**
 * The parameters of a YAML component's `Parameters:` section (`<name>:` with `Type:` and `DefaultValue:`
 * under it), as DescribeImageComponents lists them; none for Dockerfile-style content.
 */
export function componentParameters(content: string): ComponentParameter[] {
  const lines = content.split(/\r?\n/);
  const start = lines.findIndex((l) => /^Parameters:\s*$/.test(l));
  if (start < 0) return [];
  const out: ComponentParameter[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const name = /^ {2}([^\s:][^:]*):\s*$/.exec(line);
    const field = /^ {4,}(Type|DefaultValue):\s*(.*?)\s*$/.exec(line);
    if (name) out.push({ Name: name[1]!, Type: 'String', DefaultValue: '' });
    else if (field && out.length) out[out.length - 1]![field[1] as 'Type' | 'DefaultValue'] = field[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}
