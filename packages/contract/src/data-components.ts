// Deterministic image components for the emulator: your own (`Owner=SELF`, several versions under one name,
// with tags and resource groups) and Alibaba Cloud's system ones (`Owner=ALIYUN`), of both types (Build,
// Test) and both systems (Linux, Windows), each with the parameters its YAML body declares.
import type { ImageComponent } from '@org/ecs-pipelines-core';
import { RESOURCE_GROUPS, TAG_VALUES } from './data.js';
import { pick, randomInt, randomString, seededRandom, type Random } from './random.js';

/** Components by region ID, newest first (the order the emulator pages in). */
export type ComponentData = Record<string, ImageComponent[]>;

type Parameter = { Name: string; Type: string; DefaultValue: string };

// Alibaba Cloud's own components: the same in every region, read-only, in no resource group.
const SYSTEM: ReadonlyArray<{ name: string; type: 'Build' | 'Test'; system: 'Linux' | 'Windows'; params: Parameter[] }> = [
  { name: 'aliyun-cloud-assistant-agent', type: 'Build', system: 'Linux', params: [] },
  { name: 'aliyun-security-hardening', type: 'Build', system: 'Linux', params: [{ Name: 'level', Type: 'String', DefaultValue: 'standard' }] },
  { name: 'aliyun-windows-update', type: 'Build', system: 'Windows', params: [{ Name: 'reboot', Type: 'Boolean', DefaultValue: 'true' }] },
  { name: 'aliyun-network-check', type: 'Test', system: 'Linux', params: [{ Name: 'timeout', Type: 'Number', DefaultValue: '30' }] },
  { name: 'aliyun-windows-smoke-test', type: 'Test', system: 'Windows', params: [] },
];
const WORDS = ['nginx', 'jdk', 'python', 'docker', 'monitoring', 'cis-baseline', 'node', 'redis-client'];
const PARAMS: readonly Parameter[] = [
  { Name: 'version', Type: 'String', DefaultValue: 'latest' },
  { Name: 'port', Type: 'Number', DefaultValue: '8080' },
  { Name: 'enabled', Type: 'Boolean', DefaultValue: 'true' },
  { Name: 'mirror', Type: 'String', DefaultValue: 'https://mirrors.aliyun.com' },
];
// 2021-03-01T00:00:00Z: components came after templates.
const EPOCH_MS = Date.UTC(2021, 2, 1);

/**
 * Generates about `perRegion` components per region (the system ones, then your own in versions of a few
 * names), deterministically from `seed`, with a stream per region of its own.
 */
export function generateComponents(regions: readonly string[], options: { perRegion: number; seed: number | string }): ComponentData {
  const out: ComponentData = {};
  for (const region of regions) {
    const random = seededRandom(`${String(options.seed)}/${region}/components`);
    let time = EPOCH_MS;
    const list: ImageComponent[] = [];
    const system = SYSTEM.slice(0, Math.min(SYSTEM.length, Math.ceil(options.perRegion / 3)));
    for (const s of system) {
      time += randomInt(random, 3600, 10 * 86_400) * 1000;
      list.push(component(random, { name: s.name, version: '1.0.0', type: s.type, system: s.system, owner: 'ALIYUN', params: s.params, time, group: '', tags: [] }));
    }
    const versions = new Map<string, number>();
    while (list.length < options.perRegion) {
      time += randomInt(random, 600, 5 * 86_400) * 1000;
      const name = pick(random, WORDS);
      const n = (versions.get(name) ?? 0) + 1;
      versions.set(name, n);
      const version = `${1 + Math.floor((n - 1) / 3)}.${(n - 1) % 3}.${randomInt(random, 0, 2)}`;
      const params = PARAMS.filter(() => random() < 0.4);
      const tags = random() < 0.7 ? [{ TagKey: 'team', TagValue: pick(random, TAG_VALUES.team!) }] : [];
      if (random() < 0.4) tags.push({ TagKey: 'env', TagValue: pick(random, TAG_VALUES.env!) });
      const type = random() < 0.7 ? 'Build' : 'Test';
      const system = random() < 0.75 ? 'Linux' : 'Windows';
      list.push(component(random, { name, version, type, system, owner: 'SELF', params, time, group: pick(random, RESOURCE_GROUPS), tags }));
    }
    out[region] = list.reverse();
  }
  return out;
}

interface Shape {
  name: string;
  version: string;
  type: string;
  system: string;
  owner: 'SELF' | 'ALIYUN';
  params: readonly Parameter[];
  time: number;
  group: string;
  tags: Array<{ TagKey: string; TagValue: string }>;
}

function component(random: Random, s: Shape): ImageComponent {
  return {
    ImageComponentId: `ic-${randomString(random, 20)}`,
    Name: s.name,
    ComponentVersion: s.version,
    ComponentType: s.type,
    SystemType: s.system,
    Owner: s.owner,
    Content: yaml(s),
    Description: `${s.type === 'Build' ? 'Installs' : 'Checks'} ${s.name} (${s.system}).`,
    CreationTime: new Date(s.time).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ResourceGroupId: s.group,
    Tags: { Tag: s.tags },
    Parameters: { Parameter: s.params.map((p) => ({ ...p })) },
  };
}

// The YAML form of a component (family reference §12): `Parameters:` declares what `Parameters.Parameter` lists.
function yaml(s: Shape): string {
  const params = s.params.length ? `Parameters:\n${s.params.map((p) => `  ${p.Name}:\n    Type: ${p.Type}\n    DefaultValue: ${p.DefaultValue}\n`).join('')}` : '';
  const command = s.system === 'Windows' ? 'RunPowerShellCommand' : 'RunShellCommand';
  return `${params}Tasks:\n  - Name: ${s.name.replace(/[^a-z0-9]/g, '_')}\n    Action: ${command}\n    Properties:\n      commandContent: echo ${s.name} ${s.version}\n`;
}
