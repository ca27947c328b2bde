// The explorer's generated code, in-process: the CLI command's flags parse back (with the CLI's own parser and
// request builder) to exactly the request they were made from, for random requests of every action; words are
// quoted for sh; Alibaba's SDK names (properties, nested classes, number lists) match the SDK's own metadata
// for every parameter of the nine actions; our client's code calls a method the client has.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { type OperationSpec, operations, type SchemaNode } from '@org/ecs-pipelines-core';
import { createClient } from '@org/ecs-pipelines-client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/args.js';
import { commands, findCommand } from '../src/commands/catalog.js';
import { outputFlags, transportFlags } from '../src/commands/common-flags.js';
import { paramFlags, paramFlagSpecs } from '../src/commands/param-flags.js';
import { buildRequest } from '../src/commands/request.js';
import { cliCode, cliFlags, clientCode, literal, SDK_NUMBER_LISTS, sdkClass, sdkCode, sdkName, shellQuote } from '../src/explore/page/codegen.js';

const actions = Object.keys(operations) as Array<keyof typeof operations>;
const opOf = (action: string) => (operations as Record<string, OperationSpec>)[action]!;

/** The request the CLI builds from `words` (the words after the subcommand's name). */
function parseBack(action: string, words: string[]): Record<string, unknown> {
  const resolved = findCommand(commands.find((c) => c.action === action)!.name)!;
  const flags = paramFlags(resolved);
  const args = parseArgs(words, [...paramFlagSpecs(flags), ...transportFlags, ...outputFlags], resolved.name);
  const region = args.values.get('region')?.[0];
  return buildRequest(flags, args, { value: region, source: '--region' }, resolved.name).request;
}

// Text the CLI must carry through unchanged: separators, quotes, a leading dash, flag look-alikes, non-ASCII.
const tricky = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('a=b', 'x,y', '-neg', '--all', "it's", 'two words', 'line\nbreak', '$HOME', '`id`', '标签', ''),
);

/** Random values of a rule: valid or not (core judges them later; the CLI must only carry them). */
function arbitraryOf(schema: SchemaNode, depth = 0): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'integer':
      return fc.integer({ min: -5, max: 600 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arbitraryOf(schema.items ?? {}, depth + 1), { minLength: 1, maxLength: 3 });
    case 'object': {
      const props = schema.properties ?? {};
      const required = Object.keys(props).filter((k) => schema.required?.includes(k) && depth > 0);
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, arbitraryOf(s, depth + 1)])), { requiredKeys: required }).filter((o) => Object.keys(o).length > 0);
    }
    default:
      return tricky;
  }
}

const requestOf = (action: string) =>
  // RegionId always: the CLI takes it from --region, the environment or a profile, never leaves it out.
  fc.record(Object.fromEntries(Object.entries(opOf(action).request.properties ?? {}).map(([k, s]) => [k, arbitraryOf(s)])), { requiredKeys: ['RegionId'] });

/** Whether flags cannot say a value: a pair's key with `=`, a struct item's value with `,`. */
function needsFile(schema: SchemaNode, value: unknown): boolean {
  if (Array.isArray(value)) return value.some((v) => needsFile(schema.items ?? {}, v));
  if (typeof value !== 'object' || value === null) return false;
  const props = schema.properties ?? {};
  const fields = Object.keys(props);
  const pair = fields.length === 2 && fields.every((f) => props[f]!.type === 'string');
  return Object.entries(value).some(([k, v]) =>
    schema['x-acs-style'] === 'flat' ? needsFile(props[k] ?? {}, v) : pair ? k === fields[0] && String(v).includes('=') : typeof v !== 'object' && String(v).includes(','));
}

describe('the CLI command', () => {
  it.each(actions)('%s: random requests parse back through the CLI to the same request', (action) => {
    const request = opOf(action).request;
    let flagged = 0;
    fc.assert(
      fc.property(requestOf(action), (value) => {
        const words = cliFlags(action, value);
        const expectFile = Object.entries(value).some(([k, v]) => needsFile(request.properties?.[k] ?? {}, v));
        expect(words === undefined).toBe(expectFile);
        if (words === undefined) {
          expect(cliCode(action, value)).toContain(`--file request.json`);
          return;
        }
        flagged++;
        expect(parseBack(action, words)).toEqual(value);
      }),
      { numRuns: 60, seed: 19 },
    );
    expect(flagged).toBeGreaterThan(10);
  });

  it('quotes every word so that sh hands the CLI exactly the text', () => {
    const words = ["it's", 'two words', 'line\nbreak', '$HOME', '`id`', '"q"', '标签', '', 'plain-1.2:3', 'a=b,c', '*', '~x'];
    const out = execFileSync('sh', ['-c', `printf '%s\\0' ${words.map(shellQuote).join(' ')}`], { encoding: 'utf8' });
    expect(out.split('\0').slice(0, -1)).toEqual(words);
  });

  it('spells a request with tags, a struct and a list as flags, with --endpoint and the signature options', () => {
    const text = cliCode('CreateImagePipeline', {
      RegionId: 'cn-hangzhou',
      BaseImageType: 'IMAGE',
      DeleteInstanceOnFailure: false,
      ImageOptions: { ImageName: 'web', ImageTags: [{ Key: 'team', Value: 'web' }], ImageFeatures: { NvmeSupport: 'auto' } },
      ToRegionId: ['cn-shanghai', 'cn-beijing'],
    }, { endpoint: 'http://127.0.0.1:4000', signatureVersion: 'v1', method: 'POST' }, 'demo key');
    expect(text).toBe(
      '# credentials: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (demo key)\n'
        + 'ecs-pipelines create-image-pipeline --region cn-hangzhou --base-image-type IMAGE --no-delete-instance-on-failure --to-region-id cn-shanghai '
        + '--to-region-id cn-beijing --image-options.image-name web --image-options.image-features.nvme-support auto --image-options.image-tags team=web '
        + '--endpoint http://127.0.0.1:4000 --signature-version v1 --method POST -o json\n',
    );
  });

  it('falls back to --file with the request as JSON when a value cannot be a flag', () => {
    const text = cliCode('DescribeImagePipelines', { RegionId: 'cn-hangzhou', Tag: [{ Key: 'a=b', Value: 'c' }] });
    expect(text).toContain("cat > request.json <<'EOF'\n{\n  \"RegionId\": \"cn-hangzhou\",\n  \"Tag\": [");
    expect(text).toMatch(/ecs-pipelines describe-image-pipelines --file request\.json -o json\n$/);
  });
});

describe("Alibaba's SDK code", () => {
  const require = createRequire(import.meta.url);
  const sdk = require('@alicloud/ecs20140526') as Record<string, { names(): Record<string, string>; types(): Record<string, unknown> }>;

  /** Every wire path of a rule with the SDK class that should hold it. */
  function check(action: string, cls: { names(): Record<string, string>; types(): Record<string, unknown> }, schema: SchemaNode, path: string[], problems: string[]) {
    const names = cls.names();
    const types = cls.types();
    for (const [wire, rule] of Object.entries(schema.properties ?? {})) {
      const at = [...path, wire];
      const prop = sdkName(wire);
      if (names[prop] !== wire) {
        problems.push(`${action} ${at.join('.')}: sdkName gives ${prop}, the SDK has ${Object.entries(names).find(([, w]) => w === wire)?.[0]}`);
        continue;
      }
      const type = types[prop] as { name?: string; type?: string; itemType?: unknown } | string;
      const item = rule.type === 'array' ? rule.items ?? {} : undefined;
      if (rule.type === 'object') {
        if ((type as { name?: string }).name !== sdkClass(action, at)) problems.push(`${action} ${at.join('.')}: class ${(type as { name?: string }).name}, sdkClass gives ${sdkClass(action, at)}`);
        else check(action, type as never, rule, at, problems);
      } else if (item?.type === 'object') {
        const itemType = (type as { itemType?: { name?: string } }).itemType;
        if (itemType?.name !== sdkClass(action, at)) problems.push(`${action} ${at.join('.')}: item class ${itemType?.name}, sdkClass gives ${sdkClass(action, at)}`);
        else check(action, itemType as never, item, at, problems);
      } else if (item) {
        const numeric = (type as { itemType?: unknown }).itemType === 'number';
        if (numeric !== SDK_NUMBER_LISTS.has(at.join('.'))) problems.push(`${action} ${at.join('.')}: the SDK's items are ${(type as { itemType?: unknown }).itemType}`);
      }
    }
  }

  it('names every parameter, struct and list item of the nine actions as the SDK does', () => {
    const problems: string[] = [];
    for (const action of actions) check(action, sdk[`${action}Request`]!, opOf(action).request, [], problems);
    expect(problems).toEqual([]);
  });

  it('writes the request as nested SDK classes, the endpoint as the SDK takes it', () => {
    const text = sdkCode('CreateImagePipeline', { RegionId: 'cn-hangzhou', AddAccount: ['123'], ImageOptions: { ImageTags: [{ Key: 'k' }] }, ImportImageOptions: { OSType: 'linux' } }, { endpoint: 'http://127.0.0.1:4000' });
    expect(text).toContain('  addAccount: [123],');
    expect(text).toContain('  imageOptions: new $Ecs.CreateImagePipelineRequestImageOptions({\n    imageTags: [\n      new $Ecs.CreateImagePipelineRequestImageOptionsImageTags({\n        key: "k",\n      }),\n    ],\n  }),');
    expect(text).toContain('OSType: "linux"');
    expect(text).toContain('  endpoint: "127.0.0.1:4000",\n  protocol: "http",');
    expect(sdkCode('DescribeImagePipelines', { RegionId: 'cn-hangzhou' }, { regionEndpoint: 'https://ecs-cn-hangzhou.aliyuncs.com', signatureVersion: 'v1' }))
      .toContain('  endpoint: "ecs-cn-hangzhou.aliyuncs.com",\n  signatureAlgorithm: \'v2\', // HMAC-SHA1');
  });
});

describe('our client\'s code', () => {
  it.each(actions)('%s: calls a method the client has', (action) => {
    const client = createClient({ credentials: { accessKeyId: 'id', accessKeySecret: 'secret' } }) as unknown as Record<string, unknown>;
    const method = /await client\.(\w+)\(/.exec(clientCode(action, { RegionId: 'cn-hangzhou' }))![1]!;
    expect(typeof client[method]).toBe('function');
  });

  it('writes the request as a literal, options only when they differ from the defaults', () => {
    expect(literal({ RegionId: 'cn-hangzhou', Tag: [{ Key: 'k', Value: 'v' }], 'Odd-Name': 1 })).toBe('{ RegionId: "cn-hangzhou", Tag: [{ Key: "k", Value: "v" }], "Odd-Name": 1 }');
    const code = clientCode('DescribeImagePipelines', { RegionId: 'cn-hangzhou' });
    expect(code).not.toMatch(/endpoint|signatureVersion|method:/);
    expect(clientCode('DescribeImagePipelines', {}, { endpoint: 'http://127.0.0.1:1', signatureVersion: 'v1', method: 'POST' }))
      .toContain("  endpoint: \"http://127.0.0.1:1\",\n  signatureVersion: 'v1',\n  method: 'POST',");
  });
});
