// Issue 16, core half: the six write actions' rules. Flat structs (`ImageOptions`, `AdvancedOptions`,
// `ImportImageOptions`) are rebuilt from their nested wire names by the same generic code as repeat lists;
// every new parameter is refused with its flattened wire name (`ImageOptions.ImageTags.2.Key`,
// `ImportImageOptions.DiskDeviceMappings.1.OSSBucket`) and what it accepts; the tag rules; the titles that
// replace a regular expression in `allowed`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EcsValidationError } from '../src/errors.js';
import {
  CancelImagePipelineExecution,
  CreateImageComponent,
  CreateImagePipeline,
  DeleteImageComponent,
  DeleteImagePipeline,
  StartImagePipelineExecution,
} from '../src/generated/acs-operations.gen.js';
import type { OperationSpec, SchemaNode } from '../src/spec.js';
import { allowed, checkRequest, validateRequest } from '../src/validate.js';
import { fromWireParams, toWireParams } from '../src/wire/flatten.js';
import { encodeQuery, parseQuery } from '../src/wire/query.js';
import { figure, leafOf, validOf, validRequest, wireLeaves } from './fixtures/arbitraries.js';

const WRITES: OperationSpec[] = [CreateImagePipeline, DeleteImagePipeline, StartImagePipelineExecution, CancelImagePipelineExecution, CreateImageComponent, DeleteImageComponent];
const base = { RegionId: 'cn-hangzhou' };
const pipeline = { ...base, BaseImageType: 'IMAGE', BaseImage: 'm-1' };
/** The smallest valid request of each write action. */
const MINIMAL: Record<string, Record<string, unknown>> = {
  CreateImagePipeline: pipeline,
  DeleteImagePipeline: { ...base, ImagePipelineId: 'ip-1' },
  StartImagePipelineExecution: { ...base, ImagePipelineId: 'ip-1' },
  CancelImagePipelineExecution: { ...base, ExecutionId: 'exec-1' },
  CreateImageComponent: { ...base, Content: 'RUN echo hello' },
  DeleteImageComponent: { ...base, ImageComponentId: 'ic-1' },
};
const fromQuery = (op: OperationSpec, query: string) => fromWireParams(op, parseQuery(query));
const mapping = (over: Record<string, unknown> = {}) => ({ OSSBucket: 'bucket-1', OSSObject: 'images/a.qcow2', ...over });

describe('fromWireParams rebuilds the flat structs of CreateImagePipeline', () => {
  it('ImageOptions: ImageTags.N.Key/Value as an ordered list inside the object, ImageFeatures as a nested object', () => {
    const out = fromQuery(
      CreateImagePipeline,
      'RegionId=cn-hangzhou&BaseImageType=IMAGE&ImageOptions.ImageTags.2.Key=b&ImageOptions.ImageTags.10.Key=j&ImageOptions.ImageTags.1.Value=v%201' +
        '&ImageOptions.ImageTags.1.Key=a&ImageOptions.ImageName=img&ImageOptions.ImageFeatures.NvmeSupport=auto&ImageOptions.Description=d%C3%A9j%C3%A0',
    );
    expect(out).toEqual({
      RegionId: 'cn-hangzhou',
      BaseImageType: 'IMAGE',
      ImageOptions: { ImageTags: [{ Key: 'a', Value: 'v 1' }, { Key: 'b' }, { Key: 'j' }], ImageName: 'img', ImageFeatures: { NvmeSupport: 'auto' }, Description: 'déjà' },
    });
    expect(checkRequest(CreateImagePipeline, out)).toEqual([]);
  });

  it('ImportImageOptions: DiskDeviceMappings.N.* (integers as numbers), Features.*, ImportImageTags.N.*, booleans', () => {
    const out = fromQuery(
      CreateImagePipeline,
      [
        'RegionId=cn-hangzhou',
        'BaseImageType=OSS',
        'ImportImageOptions.DiskDeviceMappings.2.OSSBucket=data-bucket',
        'ImportImageOptions.DiskDeviceMappings.1.OSSObject=images%2Fsys.qcow2',
        'ImportImageOptions.DiskDeviceMappings.1.OSSBucket=sys-bucket',
        'ImportImageOptions.DiskDeviceMappings.1.DiskImageSize=40',
        'ImportImageOptions.DiskDeviceMappings.1.Format=QCOW2',
        'ImportImageOptions.DiskDeviceMappings.2.OSSObject=data.raw',
        'ImportImageOptions.DiskDeviceMappings.2.DiskImageSize=2048',
        'ImportImageOptions.Features.ImdsSupport=v2',
        'ImportImageOptions.Features.NvmeSupport=supported',
        'ImportImageOptions.ImportImageTags.1.Key=team',
        'ImportImageOptions.ImportImageTags.1.Value=',
        'ImportImageOptions.RetainImportedImage=false',
        'ImportImageOptions.Architecture=arm64',
        'ImportImageOptions.BootMode=UEFI',
        'ImportImageOptions.Platform=Rocky%20Linux',
      ].join('&'),
    );
    expect(out).toEqual({
      RegionId: 'cn-hangzhou',
      BaseImageType: 'OSS',
      ImportImageOptions: {
        DiskDeviceMappings: [
          { OSSObject: 'images/sys.qcow2', OSSBucket: 'sys-bucket', DiskImageSize: 40, Format: 'QCOW2' },
          { OSSBucket: 'data-bucket', OSSObject: 'data.raw', DiskImageSize: 2048 },
        ],
        Features: { ImdsSupport: 'v2', NvmeSupport: 'supported' },
        ImportImageTags: [{ Key: 'team', Value: '' }],
        RetainImportedImage: false,
        Architecture: 'arm64',
        BootMode: 'UEFI',
        Platform: 'Rocky Linux',
      },
    });
    expect(checkRequest(CreateImagePipeline, out)).toEqual([]);
  });

  it('AdvancedOptions.* and the top-level booleans and integers; AddAccount stays a list of strings (its items are strings)', () => {
    const out = fromQuery(
      CreateImagePipeline,
      'RegionId=cn-hangzhou&BaseImageType=IMAGE_FAMILY&BaseImage=fam&AdvancedOptions.RetainCloudAssistant=true&AdvancedOptions.ImageNameSuffix=disable' +
        '&DeleteInstanceOnFailure=false&SystemDiskSize=40&InternetMaxBandwidthOut=0&AddAccount.2=456&AddAccount.1=123&RepairItem.1=grub&ToRegionId.1=cn-beijing',
    );
    expect(out).toEqual({
      RegionId: 'cn-hangzhou',
      BaseImageType: 'IMAGE_FAMILY',
      BaseImage: 'fam',
      AdvancedOptions: { RetainCloudAssistant: true, ImageNameSuffix: 'disable' },
      DeleteInstanceOnFailure: false,
      SystemDiskSize: 40,
      InternetMaxBandwidthOut: 0,
      AddAccount: ['123', '456'],
      RepairItem: ['grub'],
      ToRegionId: ['cn-beijing'],
    });
    expect(checkRequest(CreateImagePipeline, out)).toEqual([]);
  });

  it("rebuilds the official SDK's verified wire example, and validation names what it lacks by its wire name", () => {
    // image-builder-family.md §3.1, the query Alibaba's SDK sent for CreateImagePipeline (abridged there).
    const query =
      'AddAccount.1=123&AddAccount.2=456&AdvancedOptions.ImageNameSuffix=disable&BaseImage=m-1&BaseImageType=IMAGE&BuildContent=RUN%20echo%201%0ACOMPONENT%20ic-1' +
      '&DeleteInstanceOnFailure=false&ImageOptions.ImageFeatures.NvmeSupport=supported&ImageOptions.ImageTags.1.Key=ik&ImportImageOptions.DiskDeviceMappings.1.DiskImageSize=40' +
      '&RegionId=cn-hangzhou&RepairItem.1=grub&Tag.1.Key=k1&ToRegionId.1=cn-beijing';
    const out = fromQuery(CreateImagePipeline, query);
    expect(out).toMatchObject({
      AddAccount: ['123', '456'],
      AdvancedOptions: { ImageNameSuffix: 'disable' },
      BuildContent: 'RUN echo 1\nCOMPONENT ic-1',
      DeleteInstanceOnFailure: false,
      ImageOptions: { ImageFeatures: { NvmeSupport: 'supported' }, ImageTags: [{ Key: 'ik' }] },
      ImportImageOptions: { DiskDeviceMappings: [{ DiskImageSize: 40 }] },
      Tag: [{ Key: 'k1' }],
    });
    // Flattening it again gives the same wire parameters.
    expect(toWireParams(out).sort()).toEqual(parseQuery(query).sort());
    // The example is abridged: a mapping needs its bucket and object.
    expect(checkRequest(CreateImagePipeline, out).map((i) => [i.parameter, i.problem])).toEqual([
      ['ImportImageOptions.DiskDeviceMappings.1.OSSBucket', 'is required'],
      ['ImportImageOptions.DiskDeviceMappings.1.OSSObject', 'is required'],
    ]);
  });

  it('keeps a value that is not the exact spelling of a boolean or integer as a string, so validation reports it by its wire name', () => {
    const out = fromQuery(
      CreateImagePipeline,
      'RegionId=cn-hangzhou&BaseImageType=IMAGE&AdvancedOptions.RetainCloudAssistant=True&ImportImageOptions.DiskDeviceMappings.1.OSSBucket=b' +
        '&ImportImageOptions.DiskDeviceMappings.1.OSSObject=o&ImportImageOptions.DiskDeviceMappings.1.DiskImageSize=4e1&DeleteInstanceOnFailure=1&SystemDiskSize=40.0',
    );
    expect(out).toMatchObject({ AdvancedOptions: { RetainCloudAssistant: 'True' }, ImportImageOptions: { DiskDeviceMappings: [{ DiskImageSize: '4e1' }] }, DeleteInstanceOnFailure: '1', SystemDiskSize: '40.0' });
    expect(checkRequest(CreateImagePipeline, out).map((i) => [i.parameter, i.problem])).toEqual([
      ['DeleteInstanceOnFailure', 'must be a boolean, got the string "1"'],
      ['SystemDiskSize', 'must be an integer, got the string "40.0"'],
      ['AdvancedOptions.RetainCloudAssistant', 'must be a boolean, got the string "True"'],
      ['ImportImageOptions.DiskDeviceMappings.1.DiskImageSize', 'must be an integer, got the string "4e1"'],
    ]);
  });

  it('keeps a name that does not fit the rules as it came, so it is refused as unknown; no prototype is touched', () => {
    const out = fromWireParams(CreateImagePipeline, [
      ['RegionId', 'cn-hangzhou'],
      ['BaseImageType', 'IMAGE'],
      ['ImageOptions.Colour', 'red'],
      ['ImageOptions.ImageTags.0.Key', 'zero'],
      ['ImageOptions.ImageTags.01.Key', 'lead'],
      ['AdvancedOptions.RetainCloudAssistant.1', 'true'],
      ['ImageOptions.__proto__.polluted', 'yes'],
      ['ImageOptions.ImageTags.1', 'flat'],
      ['ImageOptions.ImageTags.1.Key', 'clash'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual([
      'RegionId',
      'BaseImageType',
      'ImageOptions.Colour',
      'ImageOptions.ImageTags.0.Key',
      'ImageOptions.ImageTags.01.Key',
      'AdvancedOptions.RetainCloudAssistant.1',
      'ImageOptions.__proto__.polluted',
      'ImageOptions',
      'ImageOptions.ImageTags.1.Key',
    ]);
    expect(out.ImageOptions).toEqual({ ImageTags: ['flat'] });
    const issues = checkRequest(CreateImagePipeline, out);
    expect(issues.map((i) => i.parameter)).toEqual([
      'ImageOptions.Colour',
      'ImageOptions.ImageTags.0.Key',
      'ImageOptions.ImageTags.01.Key',
      'AdvancedOptions.RetainCloudAssistant.1',
      'ImageOptions.__proto__.polluted',
      'ImageOptions.ImageTags.1.Key',
      'ImageOptions.ImageTags.1',
    ]);
    expect(issues.slice(0, 6).every((i) => i.problem.startsWith('is unknown'))).toBe(true);
    expect(issues[6]!.problem).toBe('must be an object, got the string "flat"');
  });

  it('keeps every value of a nested name given twice, which validation refuses', () => {
    const out = fromQuery(CreateImagePipeline, 'RegionId=cn-hangzhou&BaseImageType=IMAGE&AdvancedOptions.ImageNameSuffix=disable&AdvancedOptions.ImageNameSuffix=disable');
    expect(out.AdvancedOptions).toEqual({ ImageNameSuffix: ['disable', 'disable'] });
    expect(checkRequest(CreateImagePipeline, out).map((i) => i.parameter)).toEqual(['AdvancedOptions.ImageNameSuffix']);
  });
});

describe.each(WRITES)('$action: random valid requests round-trip through the wire', (op) => {
  it('toWireParams → encodeQuery → parseQuery → fromWireParams gives the request back, still valid; every leaf of the rules is exercised', () => {
    const leaves = new Set(wireLeaves(op.request));
    const seen = new Set<string>();
    let cases = 0;
    fc.assert(
      fc.property(validRequest(op), (input) => {
        cases++;
        expect(checkRequest(op, input)).toEqual([]);
        const wire = toWireParams(input);
        for (const [name] of wire) seen.add(leafOf(name));
        const back = fromWireParams(op, parseQuery(encodeQuery(wire)));
        expect(back).toEqual(input);
        expect(checkRequest(op, back)).toEqual([]);
      }),
      { numRuns: op === CreateImagePipeline ? 400 : 150 },
    );
    figure(`write round trip (${op.action})`, cases);
    expect([...leaves].filter((leaf) => !seen.has(leaf))).toEqual([]);
    expect([...seen].filter((leaf) => !leaves.has(leaf))).toEqual([]);
  });
});

// Every leaf of every write action's rules, refused with its flattened wire name: the bad value is put in the
// second item of each list on the way (the first one valid), with valid required siblings.
const sample = <T>(arb: fc.Arbitrary<T>): T => fc.sample(arb, { numRuns: 1, seed: 16 })[0]!;

/** `bad` placed at `path` (schema nodes from the top) inside valid required siblings; the wire name it gets. */
function placeAt(rules: readonly SchemaNode[], names: readonly string[], bad: unknown): { value: unknown; wire: string } {
  const [rule, ...rest] = rules;
  if (!rest.length) return { value: bad, wire: '' };
  if (rule!.type === 'array') {
    const inner = placeAt(rest, names.slice(1), bad);
    return { value: [sample(validOf(rule!.items!)), inner.value], wire: `.2${inner.wire}` };
  }
  const field = names[0]!;
  const inner = placeAt(rest, names.slice(1), bad);
  const siblings = Object.fromEntries((rule!.required ?? []).filter((k) => k !== field).map((k) => [k, sample(validOf(rule!.properties![k]!))]));
  return { value: { ...siblings, [field]: inner.value }, wire: `.${field}${inner.wire}` };
}

/** The rule nodes and names along a leaf (`ImportImageOptions.DiskDeviceMappings.N.OSSBucket`), from the request rules. */
function pathOf(request: SchemaNode, leaf: string): { rules: SchemaNode[]; names: string[] } {
  const rules: SchemaNode[] = [request];
  const names: string[] = [];
  for (const part of leaf.split('.')) {
    const at = rules[rules.length - 1]!;
    rules.push(part === 'N' ? at.items! : at.properties![part]!);
    names.push(part);
  }
  return { rules, names };
}

/** A value of the wrong type for a leaf rule, and one out of its limits when it has any. */
function badValuesOf(rule: SchemaNode): Array<[string, unknown, RegExp]> {
  const out: Array<[string, unknown, RegExp]> = [];
  out.push(rule.type === 'string' && !rule.enum ? ['a number', 42, /must be a string, got 42/] : rule.type === 'integer' ? ['a string', '40', /must be an integer, got the string "40"/] : rule.type === 'boolean' ? ['a string', 'true', /must be a boolean, got the string "true"/] : ['a number', 42, /must be one of the allowed values, got 42/]);
  if (rule.enum) out.push(['an unknown value', 'nope', /must be one of the allowed values, got the string "nope"/]);
  if (rule.maxLength !== undefined) out.push(['one character too many', 'a'.repeat(rule.maxLength + 1), new RegExp(`is too long \\(${rule.maxLength + 1} characters\\)`)]);
  if ((rule.minLength ?? 0) > 1) out.push(['one character too few', 'a'.repeat(rule.minLength! - 1), /is too short/]);
  if (rule.minLength === 1) out.push(['an empty string', '', /must not be empty/]);
  if (rule.maximum !== undefined) out.push(['one above the maximum', rule.maximum + 1, new RegExp(`must be at most ${rule.maximum}`)]);
  if (rule.minimum !== undefined) out.push(['one below the minimum', rule.minimum - 1, new RegExp(`must be at least ${rule.minimum}`)]);
  return out;
}

const leafCases = WRITES.flatMap((op) =>
  wireLeaves(op.request)
    .filter((leaf) => leaf !== 'RegionId')
    .flatMap((leaf) => {
      const { rules, names } = pathOf(op.request, leaf);
      return badValuesOf(rules[rules.length - 1]!).map(([what, bad, problem]) => {
        const placed = placeAt(rules.slice(1), names.slice(1), bad);
        return { action: op.action, op, leaf, what, problem, input: { ...MINIMAL[op.action], [names[0]!]: placed.value }, wire: names[0]! + placed.wire, rule: rules[rules.length - 1]! };
      });
    }),
);

describe('every leaf of every write action is refused by its flattened wire name', () => {
  it.each(leafCases)('$action $leaf: $what → $wire', ({ op, input, wire, problem, rule }) => {
    const issues = checkRequest(op, input);
    expect(issues.map((i) => i.parameter)).toEqual([wire]);
    expect(issues[0]!.problem).toMatch(problem);
    expect(issues[0]!.allowed).toBe(allowed(rule));
    const error = (() => {
      try {
        validateRequest(op, input);
      } catch (e) {
        return e as EcsValidationError;
      }
    })();
    expect(error).toBeInstanceOf(EcsValidationError);
    expect(error!.parameter).toBe(wire);
    expect(error!.message).toContain(wire);
  });

  it('the catalogue reaches nested lists: second items of ImageOptions.ImageTags and DiskDeviceMappings, Features, AdvancedOptions', () => {
    const wires = new Set(leafCases.map((c) => c.wire));
    for (const name of [
      'ImageOptions.ImageTags.2.Key',
      'ImageOptions.ImageTags.2.Value',
      'ImageOptions.ImageFeatures.NvmeSupport',
      'ImportImageOptions.DiskDeviceMappings.2.OSSBucket',
      'ImportImageOptions.DiskDeviceMappings.2.DiskImageSize',
      'ImportImageOptions.ImportImageTags.2.Key',
      'ImportImageOptions.Features.ImdsSupport',
      'AdvancedOptions.RetainCloudAssistant',
      'AddAccount.2',
      'TemplateTag.2.Key',
    ]) {
      expect(wires).toContain(name);
    }
    console.log(`[figure] write-action leaves refused by wire name: ${leafCases.length} cases over ${new Set(leafCases.map((c) => `${c.action}.${c.leaf}`)).size} leaves`);
  });
});

// The rules the service documents, by the wire name the client will report.
const create = (over: Record<string, unknown>) => ({ ...pipeline, ...over });
const semanticCases: Array<[string, OperationSpec, Record<string, unknown>, string, RegExp, RegExp]> = [
  ['an image tag key starting with aliyun', CreateImagePipeline, create({ ImageOptions: { ImageTags: [{ Key: 'ok' }, { Key: 'aliyun-team' }] } }), 'ImageOptions.ImageTags.2.Key', /"aliyun-team" has the wrong format/, /not starting with aliyun or acs:/],
  ['an OSS bucket in upper case', CreateImagePipeline, create({ ImportImageOptions: { DiskDeviceMappings: [mapping({ OSSBucket: 'My_Bucket' })] } }), 'ImportImageOptions.DiskDeviceMappings.1.OSSBucket', /"My_Bucket" has the wrong format/, /matching/],
  ['an OSS bucket ending in -', CreateImagePipeline, create({ ImportImageOptions: { DiskDeviceMappings: [mapping(), mapping({ OSSBucket: 'bucket-' })] } }), 'ImportImageOptions.DiskDeviceMappings.2.OSSBucket', /wrong format/, /1 to 63 characters/],
  ['an OSS bucket starting with -', CreateImagePipeline, create({ ImportImageOptions: { DiskDeviceMappings: [mapping({ OSSBucket: '-bucket' })] } }), 'ImportImageOptions.DiskDeviceMappings.1.OSSBucket', /wrong format/, /1 to 63/],
  ['an OSS bucket of 64 characters', CreateImagePipeline, create({ ImportImageOptions: { DiskDeviceMappings: [mapping({ OSSBucket: 'b'.repeat(64) })] } }), 'ImportImageOptions.DiskDeviceMappings.1.OSSBucket', /too long \(64/, /1 to 63/],
  ['an OSS object given as a URL', CreateImagePipeline, create({ ImportImageOptions: { DiskDeviceMappings: [mapping({ OSSObject: 'https://bucket.oss/x.raw' })] } }), 'ImportImageOptions.DiskDeviceMappings.1.OSSObject', /wrong format/, /1 to 1023 characters/],
  ['a mapping without its bucket', CreateImagePipeline, create({ ImportImageOptions: { DiskDeviceMappings: [{ OSSObject: 'x.raw' }] } }), 'ImportImageOptions.DiskDeviceMappings.1.OSSBucket', /is required/, /1 to 63/],
  ['18 disk mappings', CreateImagePipeline, create({ ImportImageOptions: { DiskDeviceMappings: Array.from({ length: 18 }, () => mapping()) } }), 'ImportImageOptions.DiskDeviceMappings', /18 items, more than 17/, /at most 17 items/],
  ['a disk image of 0 GiB', CreateImagePipeline, create({ ImportImageOptions: { DiskDeviceMappings: [mapping({ DiskImageSize: 0 })] } }), 'ImportImageOptions.DiskDeviceMappings.1.DiskImageSize', /at least 1, got 0/, /an integer from 1 to 2048/],
  ['a disk image of 2049 GiB', CreateImagePipeline, create({ ImportImageOptions: { DiskDeviceMappings: [mapping({ DiskImageSize: 2049 })] } }), 'ImportImageOptions.DiskDeviceMappings.1.DiskImageSize', /at most 2048/, /1 to 2048/],
  ['a disk format in lower case', CreateImagePipeline, create({ ImportImageOptions: { DiskDeviceMappings: [mapping({ Format: 'qcow2' })] } }), 'ImportImageOptions.DiskDeviceMappings.1.Format', /one of the allowed values/, /'RAW' or 'VHD' or 'QCOW2'/],
  ['IMDS support v3', CreateImagePipeline, create({ ImportImageOptions: { Features: { ImdsSupport: 'v3' } } }), 'ImportImageOptions.Features.ImdsSupport', /allowed values/, /'v1' or 'v2'/],
  ['a misspelt Features field', CreateImagePipeline, create({ ImportImageOptions: { Features: { NVMeSupport: 'supported' } } }), 'ImportImageOptions.Features.NVMeSupport', /did you mean "NvmeSupport"\?/, /one of NvmeSupport, ImdsSupport/],
  ['an image name starting with a digit', CreateImagePipeline, create({ ImageOptions: { ImageName: '1image' } }), 'ImageOptions.ImageName', /"1image" has the wrong format/, /2 to 64 characters/],
  ['an image family starting with acs:', CreateImagePipeline, create({ ImageOptions: { ImageFamily: 'acs:family' } }), 'ImageOptions.ImageFamily', /wrong format/, /2 to 128/],
  ['an image description that is a URL', CreateImagePipeline, create({ ImageOptions: { Description: 'http://example.com' } }), 'ImageOptions.Description', /wrong format/, /2 to 256/],
  ['NVMe support yes', CreateImagePipeline, create({ ImageOptions: { ImageFeatures: { NvmeSupport: 'yes' } } }), 'ImageOptions.ImageFeatures.NvmeSupport', /allowed values/, /'supported' or 'unsupported' or 'auto'/],
  ['a misspelt ImageOptions field', CreateImagePipeline, create({ ImageOptions: { ImageTag: [{ Key: 'a' }] } }), 'ImageOptions.ImageTag', /did you mean "ImageTags"\?/, /one of ImageName, ImageFamily, Description, ImageFeatures, ImageTags/],
  ['21 image tags', CreateImagePipeline, create({ ImageOptions: { ImageTags: Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}` })) } }), 'ImageOptions.ImageTags', /21 items, more than 20/, /at most 20/],
  ['ImageNameSuffix enable', CreateImagePipeline, create({ AdvancedOptions: { ImageNameSuffix: 'enable' } }), 'AdvancedOptions.ImageNameSuffix', /allowed values/, /'disable'/],
  ['RetainCloudAssistant as a string', CreateImagePipeline, create({ AdvancedOptions: { RetainCloudAssistant: 'true' } }), 'AdvancedOptions.RetainCloudAssistant', /must be a boolean/, /a boolean/],
  ['AdvancedOptions as a list', CreateImagePipeline, create({ AdvancedOptions: [{ ImageNameSuffix: 'disable' }] }), 'AdvancedOptions', /must be an object, got a list/, /an object with ImageNameSuffix, RetainCloudAssistant/],
  ['DeleteInstanceOnFailure as a string', CreateImagePipeline, create({ DeleteInstanceOnFailure: 'false' }), 'DeleteInstanceOnFailure', /must be a boolean, got the string "false"/, /a boolean/],
  ['a 19 GiB system disk', CreateImagePipeline, create({ SystemDiskSize: 19 }), 'SystemDiskSize', /at least 20/, /an integer from 20 to 500/],
  ['101 Mbit/s of bandwidth', CreateImagePipeline, create({ InternetMaxBandwidthOut: 101 }), 'InternetMaxBandwidthOut', /at most 100/, /an integer from 0 to 100/],
  ['an account ID with a letter', CreateImagePipeline, create({ AddAccount: ['123', '12a'] }), 'AddAccount.2', /"12a" has the wrong format/, /matching \^\[0-9\]\{1,20\}\$/],
  ['21 target regions', CreateImagePipeline, create({ ToRegionId: Array.from({ length: 21 }, () => 'cn-beijing') }), 'ToRegionId', /more than 20/, /at most 20/],
  ['RepairMode Full', CreateImagePipeline, create({ RepairMode: 'Full' }), 'RepairMode', /allowed values/, /'Standard' or 'All' or 'Customized'/],
  ['an empty repair item', CreateImagePipeline, create({ RepairItem: [''] }), 'RepairItem.1', /must not be empty/, /non-empty/],
  ['BaseImageType ISO', CreateImagePipeline, create({ BaseImageType: 'ISO' }), 'BaseImageType', /allowed values/, /'IMAGE' or 'IMAGE_FAMILY' or 'OSS'/],
  ['no BaseImageType', CreateImagePipeline, { RegionId: 'cn-hangzhou' }, 'BaseImageType', /is required/, /'IMAGE'/],
  ['a build template over 16 KiB', CreateImagePipeline, create({ BuildContent: 'R'.repeat(16_385) }), 'BuildContent', /too long \(16385/, /at most 16384/],
  ['a template name starting with a digit', CreateImagePipeline, create({ Name: '2pipe' }), 'Name', /wrong format/, /starting with a letter or a Chinese character/],
  ['a template description that is a URL', CreateImagePipeline, create({ Description: 'https://example.com/p' }), 'Description', /wrong format/, /not starting with http:\/\/ or https:\/\//],
  ['a ClientToken of 65 characters', CreateImagePipeline, create({ ClientToken: 't'.repeat(65) }), 'ClientToken', /too long \(65/, /1 to 64 characters/],
  ['a ClientToken that is not ASCII', StartImagePipelineExecution, { ...MINIMAL.StartImagePipelineExecution, ClientToken: 'tökén' }, 'ClientToken', /wrong format/, /1 to 64/],
  ['an empty ClientToken', CreateImageComponent, { ...MINIMAL.CreateImageComponent, ClientToken: '' }, 'ClientToken', /must not be empty/, /1 to 64/],
  ['a task tag key with https://', StartImagePipelineExecution, { ...MINIMAL.StartImagePipelineExecution, Tag: [{ Key: 'see https://x' }] }, 'Tag.1.Key', /wrong format/, /without http:\/\/ or https:\/\//],
  ['21 template tags on Start', StartImagePipelineExecution, { ...MINIMAL.StartImagePipelineExecution, TemplateTag: Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}` })) }, 'TemplateTag', /more than 20/, /at most 20/],
  ['Start without a template', StartImagePipelineExecution, { RegionId: 'cn-hangzhou' }, 'ImagePipelineId', /is required/, /non-empty/],
  ['Delete with an empty template ID', DeleteImagePipeline, { RegionId: 'cn-hangzhou', ImagePipelineId: '' }, 'ImagePipelineId', /must not be empty/, /non-empty/],
  ['Delete with a list of IDs', DeleteImagePipeline, { RegionId: 'cn-hangzhou', ImagePipelineId: ['ip-1'] }, 'ImagePipelineId', /must be a string, got a list/, /non-empty/],
  ['Cancel without a task', CancelImagePipelineExecution, { RegionId: 'cn-hangzhou' }, 'ExecutionId', /is required/, /non-empty/],
  ['Cancel with a template tag of 129 characters', CancelImagePipelineExecution, { ...MINIMAL.CancelImagePipelineExecution, TemplateTag: [{ Key: 'k'.repeat(129) }] }, 'TemplateTag.1.Key', /too long/, /1 to 128/],
  ['a component without content', CreateImageComponent, { RegionId: 'cn-hangzhou' }, 'Content', /is required/, /1 to 16384 characters/],
  ['a component of 16385 characters', CreateImageComponent, { ...MINIMAL.CreateImageComponent, Content: 'x'.repeat(16_385) }, 'Content', /too long/, /1 to 16384/],
  ['a component version 1.0', CreateImageComponent, { ...MINIMAL.CreateImageComponent, ComponentVersion: '1.0' }, 'ComponentVersion', /wrong format/, /matching/],
  ['a component version with a wildcard (Describe only)', CreateImageComponent, { ...MINIMAL.CreateImageComponent, ComponentVersion: '1.*.0' }, 'ComponentVersion', /wrong format/, /matching/],
  ['ComponentType Deploy', CreateImageComponent, { ...MINIMAL.CreateImageComponent, ComponentType: 'Deploy' }, 'ComponentType', /allowed values/, /'Build' or 'Test'/],
  ['SystemType linux', CreateImageComponent, { ...MINIMAL.CreateImageComponent, SystemType: 'linux' }, 'SystemType', /allowed values/, /'Linux' or 'Windows'/],
  ['a component tag value starting with acs:', CreateImageComponent, { ...MINIMAL.CreateImageComponent, Tag: [{ Key: 'k', Value: 'acs:v' }] }, 'Tag.1.Value', /wrong format/, /not starting with acs:/],
  ['Delete a component without its ID', DeleteImageComponent, { RegionId: 'cn-hangzhou' }, 'ImageComponentId', /is required/, /non-empty/],
  ['a read parameter on a write', DeleteImageComponent, { ...MINIMAL.DeleteImageComponent, MaxResults: 10 }, 'MaxResults', /is unknown/, /one of RegionId, ImageComponentId/],
];

describe('the documented limits of the new parameters, by wire name', () => {
  it.each(semanticCases)('refuses %s', (_what, op, input, parameter, problem, allowedText) => {
    const issues = checkRequest(op, input);
    expect(issues.map((i) => i.parameter)).toEqual([parameter]);
    expect(issues[0]!.problem).toMatch(problem);
    expect(issues[0]!.allowed).toMatch(allowedText);
  });

  it('accepts every write action at its limits', () => {
    const full = create({
      Name: '模板:a_b.c-1',
      Description: 'ab',
      ClientToken: '~'.repeat(64),
      SystemDiskSize: 500,
      InternetMaxBandwidthOut: 100,
      AddAccount: Array.from({ length: 20 }, (_, i) => '9'.repeat(i + 1)),
      ImageOptions: { ImageName: 'a'.repeat(64), ImageFamily: '族'.repeat(128), ImageTags: Array.from({ length: 20 }, (_, i) => ({ Key: `k${i}`.padEnd(128, 'x'), Value: '' })) },
      ImportImageOptions: { DiskDeviceMappings: Array.from({ length: 17 }, (_, i) => mapping({ OSSBucket: 'b'.repeat(63), OSSObject: 'o'.repeat(1023), DiskImageSize: i ? 2048 : 1 })) },
      AdvancedOptions: { ImageNameSuffix: 'disable', RetainCloudAssistant: false },
    });
    expect(checkRequest(CreateImagePipeline, full)).toEqual([]);
    expect(checkRequest(CreateImageComponent, { ...MINIMAL.CreateImageComponent, Content: 'x'.repeat(16_384), ComponentVersion: '10.0.123' })).toEqual([]);
  });
});

// §2.6: Key 1–128 characters, not starting with `aliyun` or `acs:`, without `http://`/`https://`; Value at most
// 128, not starting with `acs:`, without `http://`/`https://`. Every tag list a write action sends has them.
const TAG_LISTS: Array<[string, OperationSpec, (tags: unknown[]) => Record<string, unknown>, string]> = [
  ['CreateImagePipeline Tag', CreateImagePipeline, (t) => create({ Tag: t }), 'Tag'],
  ['CreateImagePipeline ImageOptions.ImageTags', CreateImagePipeline, (t) => create({ ImageOptions: { ImageTags: t } }), 'ImageOptions.ImageTags'],
  ['CreateImagePipeline ImportImageOptions.ImportImageTags', CreateImagePipeline, (t) => create({ ImportImageOptions: { ImportImageTags: t } }), 'ImportImageOptions.ImportImageTags'],
  ['StartImagePipelineExecution Tag', StartImagePipelineExecution, (t) => ({ ...MINIMAL.StartImagePipelineExecution, Tag: t }), 'Tag'],
  ['CreateImageComponent Tag', CreateImageComponent, (t) => ({ ...MINIMAL.CreateImageComponent, Tag: t }), 'Tag'],
];

describe.each(TAG_LISTS)('tag rules: %s', (_name, op, withTags, wire) => {
  it.each([
    ['an ordinary key', { Key: 'env', Value: 'prod' }],
    ['a key that only contains aliyun', { Key: 'my-aliyun' }],
    ['a key acs without the colon', { Key: 'acs' }],
    ['a key with http: but no //', { Key: 'http:x' }],
    ['a key of 128 characters', { Key: '😀'.repeat(128) }],
    ['an empty value', { Key: 'k', Value: '' }],
    ['a value starting with aliyun (only keys may not)', { Key: 'k', Value: 'aliyun-v' }],
    ['a value of 128 characters', { Key: 'k', Value: 'v'.repeat(128) }],
  ])('accepts %s', (_what, tag) => {
    expect(checkRequest(op, withTags([{ Key: 'first' }, tag]))).toEqual([]);
  });

  it.each([
    ['an empty key', { Key: '' }, 'Key', /must not be empty/],
    ['a missing key', { Value: 'v' }, 'Key', /is required/],
    ['a key of 129 characters', { Key: 'k'.repeat(129) }, 'Key', /too long \(129/],
    ['a key starting with aliyun', { Key: 'aliyunTeam' }, 'Key', /wrong format/],
    ['a key starting with acs:', { Key: 'acs:team' }, 'Key', /wrong format/],
    ['a key containing http://', { Key: 'see http://x' }, 'Key', /wrong format/],
    ['a key containing https://', { Key: 'xhttps://y' }, 'Key', /wrong format/],
    ['a value starting with acs:', { Key: 'k', Value: 'acs:v' }, 'Value', /wrong format/],
    ['a value containing https://', { Key: 'k', Value: 'go to https://x' }, 'Value', /wrong format/],
    ['a value of 129 characters', { Key: 'k', Value: 'v'.repeat(129) }, 'Value', /too long/],
    ['a duplicate field spelt in lower case', { Key: 'k', value: 'v' }, 'value', /did you mean "Value"\?/],
  ])('refuses %s as <list>.2.%s', (_what, tag, field, problem) => {
    const issues = checkRequest(op, withTags([{ Key: 'first' }, tag]));
    expect(issues.map((i) => i.parameter)).toEqual([`${wire}.2.${field}`]);
    expect(issues[0]!.problem).toMatch(problem);
    if (field === 'Key' || field === 'Value') expect(issues[0]!.allowed).toMatch(field === 'Key' ? /not starting with aliyun or acs:/ : /not starting with acs:/);
  });

  it('allows 20 tags and refuses 21', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}` }));
    expect(checkRequest(op, withTags(tags(20)))).toEqual([]);
    expect(checkRequest(op, withTags(tags(21))).map((i) => [i.parameter, i.allowed])).toEqual([[wire, expect.stringMatching(/^a list of at most 20 items/)]]);
  });
});

describe('titles: a rule with a title says it in words instead of its regular expression', () => {
  const titled = WRITES.flatMap((op) =>
    wireLeaves(op.request).flatMap((leaf) => {
      const { rules } = pathOf(op.request, leaf);
      const rule = rules[rules.length - 1]!;
      return rule.title ? [{ action: op.action, op, leaf, rule }] : [];
    }),
  );

  it('the write actions have titled rules: Name, Description and the tag keys and values', () => {
    const leaves = new Set(titled.map((t) => `${t.action}.${t.leaf}`));
    for (const name of [
      'CreateImagePipeline.Name',
      'CreateImagePipeline.Description',
      'CreateImagePipeline.Tag.N.Key',
      'CreateImagePipeline.Tag.N.Value',
      'CreateImagePipeline.ImageOptions.ImageTags.N.Key',
      'CreateImagePipeline.ImportImageOptions.ImportImageTags.N.Value',
      'StartImagePipelineExecution.Tag.N.Key',
      'CreateImageComponent.Name',
      'CreateImageComponent.Description',
    ]) {
      expect(leaves).toContain(name);
    }
  });

  it.each(titled)('$action $leaf: allowed is the title', ({ rule }) => {
    expect(allowed(rule)).toBe(rule.title);
    expect(allowed(rule)).not.toMatch(/\(\?!|\^|\$/);
  });

  const NAME_TITLE = "2 to 128 characters, starting with a letter or a Chinese character, then letters, Chinese characters, digits, ':', '_', '.' or '-'";
  it.each([
    ['CreateImagePipeline', 'Name', '-bad', NAME_TITLE],
    ['CreateImagePipeline', 'Description', 'http://bad', 'a string of 2 to 256 characters, not starting with http:// or https://'],
    ['CreateImageComponent', 'Name', '-bad', NAME_TITLE],
    ['CreateImageComponent', 'Description', 'https://bad', 'a string of 2 to 256 characters, not starting with http:// or https://'],
  ])('%s.%s %j: the refusal quotes its title', (action, name, value, title) => {
    const op = WRITES.find((o) => o.action === action)!;
    const issues = checkRequest(op, { ...MINIMAL[action], [name]: value });
    expect(issues).toEqual([{ parameter: name, problem: `${JSON.stringify(value)} has the wrong format`, allowed: title }]);
  });

  it('lists the look-ahead patterns that still have no title (their refusal shows a regular expression)', () => {
    const untitled = WRITES.flatMap((op) =>
      wireLeaves(op.request).flatMap((leaf) => {
        const { rules } = pathOf(op.request, leaf);
        const rule = rules[rules.length - 1]!;
        return rule.pattern?.includes('(?!') && !rule.title ? [`${op.action}.${leaf}: ${allowed(rule)}`] : [];
      }),
    );
    console.log(`[note] look-ahead patterns without a title (${untitled.length}):\n  ${untitled.join('\n  ')}`);
    // Each still names its length limits, so the message is not a bare regular expression.
    for (const line of untitled) expect(line).toMatch(/characters/);
  });
});
