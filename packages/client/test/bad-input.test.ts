// Issue 9, client half of the bad-input catalogue: every bad input is refused with a typed error that names
// the parameter and what it accepts, and nothing reaches the server (the emulator's request log stays empty).
import { EcsValidationError, operations } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  type ClientOptions,
  createBareClient,
  createClient,
  DescribeImageComponents,
  DescribeImagePipelineExecutions,
  describeImageComponents,
  describeImagePipelineExecutions,
  fromEnv,
  listItems,
  paginateDescribeImageComponents,
  paginateDescribeImagePipelineExecutions,
  paginateDescribeImagePipelines,
  CancelImagePipelineExecution,
  CreateImageComponent,
  CreateImagePipeline,
  DeleteImagePipeline,
  cancelImagePipelineExecution,
  createImageComponent,
  createImagePipeline,
  deleteImageComponent,
  startImagePipelineExecution,
  waitUntilImagePipelineExecutionComplete,
} from '../src/node/index.js';
import { leafOf, wireLeaves } from '../../core/test/fixtures/arbitraries.js';
import { DEFAULT_CREDENTIALS, type EmulatorServer, startEmulator } from './helpers/emulator.js';

let server: EmulatorServer;
let sent = 0;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(async () => {
  console.log(`bad-input catalogue: ${cases.length} bad inputs refused, ${server.emulator.log.length} requests reached the emulator, ${sent} attempts started`);
  await server.close();
});

const base = (): ClientOptions => ({
  regionId: 'cn-hangzhou',
  credentials: DEFAULT_CREDENTIALS,
  endpoint: server.url,
  onRequest: () => void sent++,
});
const make = (over: Record<string, unknown>) => () => createClient({ ...base(), ...over } as ClientOptions);
const call = (input: unknown, options?: unknown, over: Record<string, unknown> = {}) => () =>
  createClient({ ...base(), ...over } as ClientOptions).describeImagePipelines(input as never, options as never);
const drain = async (it: AsyncIterable<unknown>) => {
  for await (const _ of it) void _;
};
const paginate = (options: unknown) => () => drain(paginateDescribeImagePipelines(createClient(base()), {}, options as never));
const list = (options: unknown) => () => drain(createClient(base()).listImagePipelines({}, options as never));
const creds = (credentials: unknown) => make({ credentials });
// The other actions, through each surface: the full client's method, the standalone command on a bare client,
// `send`, the paginators and item iterators.
const exec = (input: unknown) => () => createClient(base()).describeImagePipelineExecutions(input as never);
const comp = (input: unknown) => () => createClient(base()).describeImageComponents(input as never);
const bare = createBareClient;
const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
// The write actions (issue 16): the full client's method, the standalone command, `send`, and the waiter.
const pipe = (over: Record<string, unknown>) => () => createClient(base()).createImagePipeline({ BaseImageType: 'IMAGE', BaseImage: 'm-1', ...over } as never);
const pipeVia = (over: Record<string, unknown>) => () => createImagePipeline(bare(base()), { BaseImageType: 'IMAGE', BaseImage: 'm-1', ...over } as never);
const pipeSend = (over: Record<string, unknown>) => () => bare(base()).send(CreateImagePipeline, { BaseImageType: 'OSS', ...over } as never);
const oss = (mapping: Record<string, unknown>, second = false) => ({
  ImportImageOptions: { DiskDeviceMappings: second ? [{ OSSBucket: 'b', OSSObject: 'o' }, { OSSBucket: 'b', OSSObject: 'o', ...mapping }] : [{ OSSBucket: 'b', OSSObject: 'o', ...mapping }] },
});
const start = (input: Record<string, unknown>) => () => createClient(base()).startImagePipelineExecution({ ImagePipelineId: 'ip-1', ...input } as never);
const cancel = (input: Record<string, unknown>) => () => cancelImagePipelineExecution(bare(base()), { ExecutionId: 'exec-1', ...input } as never);
const component = (input: Record<string, unknown>) => () => createImageComponent(bare(base()), { Content: 'RUN echo', ...input } as never);
const wait = (input: unknown, options?: unknown) => () => waitUntilImagePipelineExecutionComplete(bare(base()), input as never, options as never);

// [what, run, parameter the error names, a phrase of the allowed values]
const cases: Array<[string, () => unknown, string, string]> = [
  // createClient options
  ['no options at all', () => createClient(undefined as never), 'options', 'credentials'],
  ['options not an object', () => createClient('cn-hangzhou' as never), 'options', 'credentials'],
  ['missing credentials', make({ credentials: undefined }), 'credentials', 'accessKeyId'],
  ['credentials as a string', creds('id:secret'), 'credentials', 'accessKeyId'],
  ['empty credentials object', creds({}), 'credentials.accessKeyId', 'non-empty string'],
  ['empty access key id', creds({ accessKeyId: '', accessKeySecret: 'x' }), 'credentials.accessKeyId', 'non-empty string'],
  ['empty access key secret', creds({ accessKeyId: 'id', accessKeySecret: '' }), 'credentials.accessKeySecret', 'non-empty string'],
  ['a token without a key', creds({ accessKeySecret: 'x', securityToken: 't' }), 'credentials.accessKeyId', 'non-empty string'],
  ['an empty security token', creds({ ...DEFAULT_CREDENTIALS, securityToken: '' }), 'credentials.securityToken', 'non-empty string'],
  ['a numeric secret', creds({ accessKeyId: 'id', accessKeySecret: 42 }), 'credentials.accessKeySecret', 'non-empty string'],
  ['fromEnv without variables', () => fromEnv({}), 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'non-empty'],
  ['fromEnv with a token but no key', () => fromEnv({ ALIBABA_CLOUD_SECURITY_TOKEN: 't' }), 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'non-empty'],
  ['empty region', make({ regionId: '' }), 'regionId', '1 to 64 characters'],
  ['malformed region', make({ regionId: 'CN_Hangzhou' }), 'regionId', '1 to 64 characters'],
  ['numeric region', make({ regionId: 42 }), 'regionId', '1 to 64 characters'],
  ['endpoint without a scheme', make({ endpoint: 'ecs.cn-hangzhou.aliyuncs.com' }), 'endpoint', 'http(s) origin'],
  ['endpoint host:port without a scheme', make({ endpoint: 'localhost:8787' }), 'endpoint', 'http(s) origin'],
  ['endpoint with a path', make({ endpoint: 'https://example.com/ecs' }), 'endpoint', 'http(s) origin'],
  ['endpoint with credentials', make({ endpoint: 'https://u:p@example.com' }), 'endpoint', 'http(s) origin'],
  ['signature version v2', make({ signatureVersion: 'v2' }), 'signatureVersion', "'v3' or 'v1'"],
  ['network private', make({ network: 'private' }), 'network', "'public' or 'vpc'"],
  ['method PUT', make({ method: 'PUT' }), 'method', "'GET' or 'POST'"],
  ['timeoutMs 0', make({ timeoutMs: 0 }), 'timeoutMs', 'integer from 1'],
  ['timeoutMs NaN', make({ timeoutMs: Number.NaN }), 'timeoutMs', 'integer from 1'],
  ['timeoutMs Infinity', make({ timeoutMs: Number.POSITIVE_INFINITY }), 'timeoutMs', 'integer from 1'],
  ['timeoutMs as a string', make({ timeoutMs: '100' }), 'timeoutMs', 'integer from 1'],
  ['retry.maxAttempts 0', make({ retry: { maxAttempts: 0 } }), 'retry.maxAttempts', 'integer from 1 to 100'],
  ['retry.maxAttempts 1.5', make({ retry: { maxAttempts: 1.5 } }), 'retry.maxAttempts', 'integer from 1 to 100'],
  ['retry.baseDelayMs negative', make({ retry: { baseDelayMs: -5 } }), 'retry.baseDelayMs', 'integer from 0'],
  ['retry misspelt option', make({ retry: { maxAttempt: 3 } }), 'retry.maxAttempt', 'maxAttempts'],
  ['retry as a number', make({ retry: 3 }), 'retry', 'maxAttempts'],
  ['misspelt option regionID', make({ regionID: 'cn-hangzhou' }), 'regionID', 'regionId'],
  ['unknown option', make({ colour: 'blue' }), 'colour', 'credentials'],
  ['fetch not a function', make({ fetch: 'yes' }), 'fetch', 'a function'],
  ['appId with a newline', make({ appId: 'app\nX-Evil: 1' }), 'appId', 'printable ASCII'],
  ['logger without debug', make({ logger: {} }), 'logger.debug', 'a function'],
  ['hook not a function', make({ onRequest: true }), 'onRequest', 'a function'],
  // request parameters
  ['MaxResults 0', call({ MaxResults: 0 }), 'MaxResults', 'integer from 1 to 500'],
  ['MaxResults 501', call({ MaxResults: 501 }), 'MaxResults', 'integer from 1 to 500'],
  ['MaxResults 1.5', call({ MaxResults: 1.5 }), 'MaxResults', 'integer from 1 to 500'],
  ['MaxResults "50"', call({ MaxResults: '50' }), 'MaxResults', 'integer from 1 to 500'],
  ['MaxResults NaN', call({ MaxResults: Number.NaN }), 'MaxResults', 'integer from 1 to 500'],
  ['21 tags', call({ Tag: tags(21) }), 'Tag', 'at most 20'],
  ['an empty tag key', call({ Tag: [{ Key: '', Value: 'x' }] }), 'Tag.1.Key', '1 to 128 characters'],
  ['a tag key of 129 characters', call({ Tag: [{ Key: 'k'.repeat(129) }] }), 'Tag.1.Key', '1 to 128 characters'],
  ['a tag with an unknown field', call({ Tag: [{ Key: 'a', Colour: 'x' }] }), 'Tag.1.Colour', 'Key, Value'],
  ['Tag not a list', call({ Tag: { Key: 'a' } }), 'Tag', 'list of at most 20'],
  ['a lone surrogate in Name', call({ Name: 'pipe\uD800line' }), 'Name', 'well-formed Unicode'],
  ['a lone surrogate in a tag value', call({ Tag: [{ Key: 'k', Value: '\uDC00' }] }), 'Tag.1.Value', 'well-formed Unicode'],
  ['21 pipeline ids', call({ ImagePipelineId: Array.from({ length: 21 }, (_, i) => `ip-${i}`) }), 'ImagePipelineId', 'at most 20'],
  ['ImagePipelineId not a list', call({ ImagePipelineId: 'ip-1' }), 'ImagePipelineId', 'list'],
  ['an empty pipeline id', call({ ImagePipelineId: [''] }), 'ImagePipelineId.1', 'non-empty'],
  ['an unknown parameter', call({ Foo: 1 }), 'Foo', 'MaxResults'],
  ['a misspelt parameter', call({ MaxResult: 10 }), 'MaxResult', 'MaxResults'],
  ['NextToken as a number', call({ NextToken: 5 }), 'NextToken', 'a string'],
  ['no RegionId anywhere', call({}, undefined, { regionId: undefined }), 'RegionId', 'matching'],
  ['an empty RegionId', call({ RegionId: '' }), 'RegionId', 'matching'],
  ['a malformed RegionId', call({ RegionId: 'cn hangzhou' }), 'RegionId', 'matching'],
  ['input null', call(null), 'input', 'object'],
  ['input a string', call('cn-hangzhou'), 'input', 'object'],
  // DescribeImagePipelineExecutions: ImagePipelineId or ExecutionId (x-acs-any-required), Status's pattern
  ['executions without ImagePipelineId or ExecutionId', exec({}), 'ImagePipelineId', 'at least one of ImagePipelineId, ExecutionId'],
  ['… through the standalone command', () => describeImagePipelineExecutions(bare(base()), { Status: 'BUILDING' }), 'ImagePipelineId', 'at least one of'],
  ['… through send', () => bare(base()).send(DescribeImagePipelineExecutions, {}), 'ImagePipelineId', 'at least one of'],
  ['… through the paginator', () => drain(paginateDescribeImagePipelineExecutions(bare(base()), {})), 'ImagePipelineId', 'at least one of'],
  ['… through listImagePipelineExecutions', () => drain(createClient(base()).listImagePipelineExecutions({ MaxResults: 5 })), 'ImagePipelineId', 'at least one of'],
  ['… with both given empty', exec({ ImagePipelineId: undefined, ExecutionId: null }), 'ImagePipelineId', 'at least one of'],
  ['Status in lower case', exec({ ImagePipelineId: 'ip-1', Status: 'building' }), 'Status', 'a string matching'],
  ['Status with a trailing comma', exec({ ImagePipelineId: 'ip-1', Status: 'BUILDING,' }), 'Status', 'a string matching'],
  ['Status joined by a comma and a space', exec({ ImagePipelineId: 'ip-1', Status: 'BUILDING, SUCCESS' }), 'Status', 'a string matching'],
  ['an unknown Status', exec({ ExecutionId: 'exec-1', Status: 'DONE' }), 'Status', 'a string matching'],
  ['Status as a list', exec({ ExecutionId: 'exec-1', Status: ['BUILDING'] }), 'Status', 'a string matching'],
  ['an executions ImagePipelineId given as a list', exec({ ImagePipelineId: ['ip-1'] }), 'ImagePipelineId', 'a non-empty string'],
  ['an empty ExecutionId', exec({ ExecutionId: '' }), 'ExecutionId', 'a non-empty string'],
  ['a pipelines-only parameter on executions', exec({ ImagePipelineId: 'ip-1', Name: 'x' }), 'Name', 'ImagePipelineId'],
  ['executions MaxResults 501', exec({ ImagePipelineId: 'ip-1', MaxResults: 501 }), 'MaxResults', 'integer from 1 to 500'],
  // DescribeImageComponents: enums, ComponentVersion's pattern, the ImageComponentId list
  ['ComponentType build', comp({ ComponentType: 'build' }), 'ComponentType', "'Build' or 'Test'"],
  ['SystemType Mac', comp({ SystemType: 'Mac' }), 'SystemType', "'Linux' or 'Windows'"],
  ['Owner self', comp({ Owner: 'self' }), 'Owner', "'SELF' or 'ALIYUN'"],
  ['Owner through the standalone command', () => describeImageComponents(bare(base()), { Owner: 'ALL' as never }), 'Owner', "'SELF' or 'ALIYUN'"],
  ['ComponentVersion 1.0', comp({ Name: 'c', ComponentVersion: '1.0' }), 'ComponentVersion', 'a string matching'],
  ['ComponentVersion 1.0.x', comp({ Name: 'c', ComponentVersion: '1.0.x' }), 'ComponentVersion', 'a string matching'],
  ['ComponentVersion v1.0.0', comp({ Name: 'c', ComponentVersion: 'v1.0.0' }), 'ComponentVersion', 'a string matching'],
  ['ComponentVersion 1.0.0.0', comp({ Name: 'c', ComponentVersion: '1.0.0.0' }), 'ComponentVersion', 'a string matching'],
  ['ComponentVersion 1.*.', comp({ Name: 'c', ComponentVersion: '1.*.' }), 'ComponentVersion', 'a string matching'],
  ['ComponentVersion as a number', comp({ Name: 'c', ComponentVersion: 1 }), 'ComponentVersion', 'a string matching'],
  ['21 component ids', comp({ ImageComponentId: ids(21, 'ic') }), 'ImageComponentId', 'at most 20'],
  ['21 component ids through send', () => bare(base()).send(DescribeImageComponents, { ImageComponentId: ids(21, 'ic') }), 'ImageComponentId', 'at most 20'],
  ['21 component ids through listItems', () => drain(listItems(bare(base()), DescribeImageComponents, { ImageComponentId: ids(21, 'ic') })), 'ImageComponentId', 'at most 20'],
  ['ImageComponentId not a list', comp({ ImageComponentId: 'ic-1' }), 'ImageComponentId', 'list'],
  ['an empty component id', comp({ ImageComponentId: ['ic-1', ''] }), 'ImageComponentId.2', 'a non-empty string'],
  ['21 tags on components', comp({ Tag: tags(21) }), 'Tag', 'at most 20'],
  ['components pageSize 501', () => drain(paginateDescribeImageComponents(bare(base()), {}, { pageSize: 501 })), 'pageSize', 'integer from 1 to 500'],
  ['components maxItems 0', () => drain(createClient(base()).listImageComponents({}, { maxItems: 0 })), 'maxItems', 'integer from 1'],
  // CreateImagePipeline: every parameter, nested ones by their flattened wire name
  ['no BaseImageType', () => createClient(base()).createImagePipeline({} as never), 'BaseImageType', "'IMAGE' or 'IMAGE_FAMILY' or 'OSS'"],
  ['BaseImageType image', pipe({ BaseImageType: 'image' }), 'BaseImageType', "'IMAGE' or 'IMAGE_FAMILY' or 'OSS'"],
  ['an empty BaseImage', pipe({ BaseImage: '' }), 'BaseImage', 'a non-empty string'],
  ['a template Name starting with a digit', pipe({ Name: '9lives' }), 'Name', 'starting with a letter or a Chinese character'],
  ['a template Name of one character', pipeVia({ Name: 'a' }), 'Name', '2 to 128 characters'],
  ['a template Description that is a URL', pipe({ Description: 'https://example.com' }), 'Description', 'not starting with http:// or https://'],
  ['a BuildContent over 16 KiB', pipe({ BuildContent: 'R'.repeat(16_385) }), 'BuildContent', 'at most 16384 characters'],
  ['a TestContent over 16 KiB', pipeSend({ TestContent: 'T'.repeat(16_385) }), 'TestContent', 'at most 16384 characters'],
  ['a ClientToken of 65 characters', pipe({ ClientToken: 'c'.repeat(65) }), 'ClientToken', '1 to 64 characters'],
  ['a ClientToken with a non-ASCII character', pipeVia({ ClientToken: 'tökén' }), 'ClientToken', 'matching'],
  ['DeleteInstanceOnFailure "false"', pipe({ DeleteInstanceOnFailure: 'false' }), 'DeleteInstanceOnFailure', 'a boolean'],
  ['an empty InstanceType', pipe({ InstanceType: '' }), 'InstanceType', 'a non-empty string'],
  ['InternetMaxBandwidthOut 101', pipe({ InternetMaxBandwidthOut: 101 }), 'InternetMaxBandwidthOut', 'integer from 0 to 100'],
  ['SystemDiskSize 19', pipe({ SystemDiskSize: 19 }), 'SystemDiskSize', 'integer from 20 to 500'],
  ['SystemDiskSize 40.5', pipeSend({ SystemDiskSize: 40.5 }), 'SystemDiskSize', 'integer from 20 to 500'],
  ['an empty VSwitchId', pipe({ VSwitchId: '' }), 'VSwitchId', 'a non-empty string'],
  ['ResourceGroupId as a number', pipe({ ResourceGroupId: 7 }), 'ResourceGroupId', 'a string'],
  ['an AddAccount that is not digits', pipe({ AddAccount: ['123', 'acct-1'] }), 'AddAccount.2', 'matching ^[0-9]{1,20}$'],
  ['AddAccount as numbers', pipeVia({ AddAccount: [123] }), 'AddAccount.1', 'a string'],
  ['21 AddAccount', pipe({ AddAccount: Array.from({ length: 21 }, (_, i) => String(i)) }), 'AddAccount', 'at most 20'],
  ['an empty ToRegionId', pipe({ ToRegionId: [''] }), 'ToRegionId.1', 'a non-empty string'],
  ['21 template tags', pipe({ Tag: tags(21) }), 'Tag', 'at most 20'],
  ['a template tag key starting with aliyun', pipe({ Tag: [{ Key: 'aliyun-x' }] }), 'Tag.1.Key', 'not starting with aliyun or acs:'],
  ['a template tag value with https://', pipeVia({ Tag: [{ Key: 'k', Value: 'at https://x' }] }), 'Tag.1.Value', 'without http:// or https://'],
  ['RepairMode standard', pipe({ RepairMode: 'standard' }), 'RepairMode', "'Standard' or 'All' or 'Customized'"],
  ['an empty RepairItem', pipe({ RepairMode: 'Customized', RepairItem: ['grub', ''] }), 'RepairItem.2', 'a non-empty string'],
  ['a deprecated ImageName of 65 characters', pipe({ ImageName: 'i'.repeat(65) }), 'ImageName', '2 to 64 characters'],
  ['a deprecated ImageFamily of one character', pipe({ ImageFamily: 'f' }), 'ImageFamily', '2 to 128 characters'],
  ['a deprecated NvmeSupport yes', pipe({ NvmeSupport: 'yes' }), 'NvmeSupport', "'supported' or 'unsupported' or 'auto'"],
  ['ImageOptions.ImageName starting with a digit', pipe({ ImageOptions: { ImageName: '1img' } }), 'ImageOptions.ImageName', '2 to 64 characters'],
  ['ImageOptions.ImageFamily starting with aliyun', pipeVia({ ImageOptions: { ImageFamily: 'aliyun_family' } }), 'ImageOptions.ImageFamily', '2 to 128 characters'],
  ['ImageOptions.Description that is a URL', pipe({ ImageOptions: { Description: 'http://x.y' } }), 'ImageOptions.Description', '2 to 256 characters'],
  ['ImageOptions.ImageFeatures.NvmeSupport on', pipe({ ImageOptions: { ImageFeatures: { NvmeSupport: 'on' } } }), 'ImageOptions.ImageFeatures.NvmeSupport', "'supported' or 'unsupported' or 'auto'"],
  ['an image tag key starting with acs: (second tag)', pipe({ ImageOptions: { ImageTags: [{ Key: 'ok' }, { Key: 'acs:x' }] } }), 'ImageOptions.ImageTags.2.Key', 'not starting with aliyun or acs:'],
  ['an image tag value of 129 characters', pipeSend({ ImageOptions: { ImageTags: [{ Key: 'k', Value: 'v'.repeat(129) }] } }), 'ImageOptions.ImageTags.1.Value', 'at most 128 characters'],
  ['a misspelt ImageOptions field', pipe({ ImageOptions: { Name: 'img' } }), 'ImageOptions.Name', 'one of ImageName, ImageFamily'],
  ['AdvancedOptions.ImageNameSuffix enable', pipe({ AdvancedOptions: { ImageNameSuffix: 'enable' } }), 'AdvancedOptions.ImageNameSuffix', "'disable'"],
  ['AdvancedOptions.RetainCloudAssistant "yes"', pipeVia({ AdvancedOptions: { RetainCloudAssistant: 'yes' } }), 'AdvancedOptions.RetainCloudAssistant', 'a boolean'],
  ['AdvancedOptions as a string', pipe({ AdvancedOptions: 'disable' }), 'AdvancedOptions', 'an object with ImageNameSuffix'],
  ['an OSS bucket in upper case', pipeSend(oss({ OSSBucket: 'MyBucket' })), 'ImportImageOptions.DiskDeviceMappings.1.OSSBucket', '1 to 63 characters'],
  ['a second mapping without its object', pipeSend(oss({ OSSObject: undefined }, true)), 'ImportImageOptions.DiskDeviceMappings.2.OSSObject', '1 to 1023 characters'],
  ['an OSS object given as a URL', pipeSend(oss({ OSSObject: 'https://b.oss/x.raw' })), 'ImportImageOptions.DiskDeviceMappings.1.OSSObject', '1 to 1023 characters'],
  ['a disk format raw', pipeSend(oss({ Format: 'raw' })), 'ImportImageOptions.DiskDeviceMappings.1.Format', "'RAW' or 'VHD' or 'QCOW2'"],
  ['a disk image of 2049 GiB', pipeSend(oss({ DiskImageSize: 2049 }, true)), 'ImportImageOptions.DiskDeviceMappings.2.DiskImageSize', 'integer from 1 to 2048'],
  ['18 disk mappings', pipeSend({ ImportImageOptions: { DiskDeviceMappings: Array.from({ length: 18 }, () => ({ OSSBucket: 'b', OSSObject: 'o' })) } }), 'ImportImageOptions.DiskDeviceMappings', 'at most 17'],
  ['Architecture amd64', pipeSend({ ImportImageOptions: { Architecture: 'amd64' } }), 'ImportImageOptions.Architecture', "'x86_64' or 'arm64'"],
  ['OSType Linux (capitalised)', pipeSend({ ImportImageOptions: { OSType: 'Linux' } }), 'ImportImageOptions.OSType', "'windows' or 'linux'"],
  ['Platform Ubuntu 22.04', pipeSend({ ImportImageOptions: { Platform: 'Ubuntu 22.04' } }), 'ImportImageOptions.Platform', "'Aliyun'"],
  ['BootMode EFI', pipeSend({ ImportImageOptions: { BootMode: 'EFI' } }), 'ImportImageOptions.BootMode', "'BIOS' or 'UEFI'"],
  ['LicenseType BYO', pipeSend({ ImportImageOptions: { LicenseType: 'BYO' } }), 'ImportImageOptions.LicenseType', "'Auto' or 'Aliyun' or 'BYOL'"],
  ['an imported image Description as a number', pipeSend({ ImportImageOptions: { Description: 1 } }), 'ImportImageOptions.Description', 'a string'],
  ['an imported ImageName as a list', pipeSend({ ImportImageOptions: { ImageName: ['a'] } }), 'ImportImageOptions.ImageName', 'a string'],
  ['Features.NvmeSupport auto (import allows two)', pipeSend({ ImportImageOptions: { Features: { NvmeSupport: 'auto' } } }), 'ImportImageOptions.Features.NvmeSupport', "'supported' or 'unsupported'"],
  ['Features.ImdsSupport v3', pipeSend({ ImportImageOptions: { Features: { ImdsSupport: 'v3' } } }), 'ImportImageOptions.Features.ImdsSupport', "'v1' or 'v2'"],
  ['an import tag key starting with aliyun', pipeSend({ ImportImageOptions: { ImportImageTags: [{ Key: 'aliyunx' }] } }), 'ImportImageOptions.ImportImageTags.1.Key', 'not starting with aliyun or acs:'],
  ['an import tag value starting with acs:', pipeSend({ ImportImageOptions: { ImportImageTags: [{ Key: 'k' }, { Key: 'k2', Value: 'acs:v' }] } }), 'ImportImageOptions.ImportImageTags.2.Value', 'not starting with acs:'],
  ['RetentionStrategy Always', pipeSend({ ImportImageOptions: { RetentionStrategy: 'Always' } }), 'ImportImageOptions.RetentionStrategy', "'RetainOnlySuccessful'"],
  ['RetainImportedImage "true"', pipeSend({ ImportImageOptions: { RetainImportedImage: 'true' } }), 'ImportImageOptions.RetainImportedImage', 'a boolean'],
  ['RoleName as a number', pipeSend({ ImportImageOptions: { RoleName: 42 } }), 'ImportImageOptions.RoleName', 'a string'],
  ['no RegionId for a create', () => createClient({ ...base(), regionId: undefined }).createImagePipeline({ BaseImageType: 'IMAGE' }), 'RegionId', 'matching'],
  // DeleteImagePipeline, StartImagePipelineExecution, CancelImagePipelineExecution
  ['a delete without its template', () => createClient(base()).deleteImagePipeline({} as never), 'ImagePipelineId', 'a non-empty string'],
  ['a delete with a list of templates', () => bare(base()).send(DeleteImagePipeline, { ImagePipelineId: ['ip-1'] } as never), 'ImagePipelineId', 'a non-empty string'],
  ['a start without its template', () => startImagePipelineExecution(bare(base()), {} as never), 'ImagePipelineId', 'a non-empty string'],
  ['a start with an empty ClientToken', start({ ClientToken: '' }), 'ClientToken', '1 to 64 characters'],
  ['a task tag key with http://', start({ Tag: [{ Key: 'http://x' }] }), 'Tag.1.Key', 'without http:// or https://'],
  ['a task tag value of 129 characters', start({ Tag: [{ Key: 'k', Value: 'v'.repeat(129) }] }), 'Tag.1.Value', 'at most 128'],
  ['21 template tags on a start', start({ TemplateTag: tags(21) }), 'TemplateTag', 'at most 20'],
  ['an empty template tag key on a start', start({ TemplateTag: [{ Key: '' }] }), 'TemplateTag.1.Key', '1 to 128 characters'],
  ['a start with a parameter of the create', start({ BaseImageType: 'IMAGE' }), 'BaseImageType', 'one of RegionId, ImagePipelineId'],
  ['a cancel without its task', () => bare(base()).send(CancelImagePipelineExecution, {} as never), 'ExecutionId', 'a non-empty string'],
  ['a cancel template tag value of 129 characters', cancel({ TemplateTag: [{ Key: 'k', Value: 'v'.repeat(129) }] }), 'TemplateTag.1.Value', 'at most 128'],
  // CreateImageComponent, DeleteImageComponent
  ['a component without Content', () => createClient(base()).createImageComponent({} as never), 'Content', '1 to 16384 characters'],
  ['a component of 16385 characters', component({ Content: 'x'.repeat(16_385) }), 'Content', '1 to 16384 characters'],
  ['a component Name with a space', component({ Name: 'my component' }), 'Name', 'starting with a letter'],
  ['a component version with a wildcard', component({ Name: 'comp', ComponentVersion: '1.0.*' }), 'ComponentVersion', 'matching'],
  ['a component type deploy', () => bare(base()).send(CreateImageComponent, { Content: 'x', ComponentType: 'Deploy' } as never), 'ComponentType', "'Build' or 'Test'"],
  ['a component system type linux', component({ SystemType: 'linux' }), 'SystemType', "'Linux' or 'Windows'"],
  ['a component Description of one character', component({ Description: 'd' }), 'Description', '2 to 256 characters'],
  ['a component ResourceGroupId as a number', component({ ResourceGroupId: 1 }), 'ResourceGroupId', 'a string'],
  ['a component tag key starting with acs:', component({ Tag: [{ Key: 'acs:x', Value: 'v' }] }), 'Tag.1.Key', 'not starting with aliyun or acs:'],
  ['a component tag value with http://', component({ Tag: [{ Key: 'k', Value: 'http://v' }] }), 'Tag.1.Value', 'without http:// or https://'],
  ['a component ClientToken of 65 characters', component({ ClientToken: 'c'.repeat(65) }), 'ClientToken', '1 to 64 characters'],
  ['a component delete without its ID', () => deleteImageComponent(bare(base()), {} as never), 'ImageComponentId', 'a non-empty string'],
  // waitUntilImagePipelineExecutionComplete
  ['a wait without ExecutionId', wait({ ImagePipelineId: 'ip-1' }), 'ExecutionId', 'a non-empty string'],
  ['a wait with an empty ExecutionId', wait({ ExecutionId: '' }), 'ExecutionId', 'a non-empty string'],
  ['a wait with maxWaitMs -1', wait({ ExecutionId: 'exec-1' }, { maxWaitMs: -1 }), 'maxWaitMs', 'integer from 0'],
  ['a wait with a misspelt option', wait({ ExecutionId: 'exec-1' }, { delayMs: 5 }), 'delayMs', 'maxDelayMs'],
  ['a wait through the method with onPoll not a function', () => createClient(base()).waitUntilImagePipelineExecutionComplete({ ExecutionId: 'e' }, { onPoll: 'log' } as never), 'onPoll', 'a function'],
  // call and pagination options
  ['call options misspelt timeout', call({}, { timeout: 5 }), 'timeout', 'timeoutMs'],
  ['call timeoutMs 0', call({}, { timeoutMs: 0 }), 'timeoutMs', 'integer from 1'],
  ['signal not an AbortSignal', call({}, { signal: 'stop' }), 'signal', 'AbortSignal'],
  ['call retry.maxAttempts 0', call({}, { retry: { maxAttempts: 0 } }), 'retry.maxAttempts', 'integer from 1'],
  ['pageSize 0', paginate({ pageSize: 0 }), 'pageSize', 'integer from 1 to 500'],
  ['pageSize 501', paginate({ pageSize: 501 }), 'pageSize', 'integer from 1 to 500'],
  ['pageSize "100"', paginate({ pageSize: '100' }), 'pageSize', 'integer from 1 to 500'],
  ['empty startingToken', paginate({ startingToken: '' }), 'startingToken', 'non-empty string'],
  ['maxItems 0', list({ maxItems: 0 }), 'maxItems', 'integer from 1'],
  ['maxItems 1.5', list({ maxItems: 1.5 }), 'maxItems', 'integer from 1'],
  ['maxItems on paginate', paginate({ maxItems: 5 }), 'maxItems', 'pageSize'],
  ['a provider returning no secret', creds(async () => ({ accessKeyId: 'id' })), 'credentials().accessKeySecret', 'non-empty string'],
];

test.each(cases)('%s → EcsValidationError naming the parameter, nothing sent', async (_what, run, parameter, allowed) => {
  let error: unknown;
  try {
    const client = await run();
    // A provider's answer is checked when a call needs it: still before anything is sent.
    if (client && typeof client === 'object' && 'describeImagePipelines' in client) {
      await (client as ReturnType<typeof createClient>).describeImagePipelines({});
    }
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(EcsValidationError);
  const v = error as EcsValidationError;
  expect(v.parameter).toBe(parameter);
  expect(v.message).toContain(parameter);
  expect(v.issues[0]?.allowed).toContain(allowed);
  expect(v.retryable).toBe(false);
  expect(server.emulator.log).toHaveLength(0);
  expect(sent).toBe(0);
});

test('the catalogue has at least 30 bad inputs, and covers every parameter of every action', () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
  const named = new Set(cases.map(([, , parameter]) => parameter.split('.')[0]));
  const untested = Object.values(operations).flatMap((op) => Object.keys(op.request.properties!).filter((p) => !named.has(p)).map((p) => `${op.action}.${p}`));
  // NextToken is any string (a wrong type is in the catalogue once, for DescribeImagePipelines); the others must be tried.
  expect(untested.filter((p) => !p.endsWith('.NextToken') && !p.endsWith('.ResourceGroupId'))).toEqual([]);
});

test('the catalogue names every leaf of every write action by its flattened wire name (ImageOptions.ImageTags.N.Key, …)', () => {
  const named = new Set(cases.map(([, , parameter]) => leafOf(parameter)));
  const writes = Object.values(operations).filter((op) => !op.readOnly);
  const untested = writes.flatMap((op) => wireLeaves(op.request).filter((leaf) => !named.has(leaf)).map((leaf) => `${op.action}.${leaf}`));
  expect(untested).toEqual([]);
  console.log(`bad-input catalogue: ${new Set(writes.flatMap((op) => wireLeaves(op.request).map((l) => `${op.action}.${l}`))).size} leaves of the ${writes.length} write actions, all named`);
});
