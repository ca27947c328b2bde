// Deterministic, realistic image pipelines for the emulator, and the loader for explicit data sets.
import type { ImagePipeline } from '@org/ecs-pipelines-core';
import { pick, randomInt, randomString, seededRandom, type Random } from './random.js';
import { isRecord } from './util.js';

/** Pipelines by region ID, in the order the emulator returns them. */
export type PipelineData = Record<string, ImagePipeline[]>;

/**
 * The regions the emulator serves when none are configured: ECS's public regions (reference/api-facts.md §4),
 * so a client pointed at any real region ID gets data, and an invented one gets `InvalidRegionId.NotFound`.
 */
export const DEFAULT_REGIONS: readonly string[] = [
  'cn-hangzhou',
  'cn-shanghai',
  'cn-beijing',
  'cn-shenzhen',
  'cn-qingdao',
  'cn-zhangjiakou',
  'cn-huhehaote',
  'cn-wulanchabu',
  'cn-nanjing',
  'cn-fuzhou',
  'cn-heyuan',
  'cn-guangzhou',
  'cn-chengdu',
  'cn-hongkong',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-3',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'us-east-1',
  'us-west-1',
  'eu-west-1',
  'eu-central-1',
  'me-east-1',
  'me-central-1',
];

/** Options of {@link generatePipelines}. */
export interface GenerateOptions {
  /** Regions to fill; defaults to {@link DEFAULT_REGIONS}. */
  regions?: readonly string[];
  /** Pipelines per region (default 20). */
  perRegion?: number;
  /** Seed: the same seed gives the same pipelines, byte for byte (default `'ecs-pipelines'`). */
  seed?: number | string;
}

// One account's resource groups, shared by every region like the real service's account-wide groups.
export const RESOURCE_GROUPS: readonly string[] = ['rg-acfmzw2jz2z5xxa', 'rg-acfmvj3kxh2mnzq', 'rg-aek2q7cc4x5yjra', 'rg-aekzbq6ny3m7h4y'];
/** Tag keys and their values, shared by the generated pipelines and components. */
export const TAG_VALUES: Readonly<Record<string, readonly string[]>> = {
  env: ['prod', 'staging', 'dev'],
  team: ['platform', 'data', 'web', 'security'],
  owner: ['alice', 'bob', 'carol', 'dave'],
  'cost-center': ['cc-1001', 'cc-2002', 'cc-3003'],
  'acs:image-builder': ['managed'],
};
const TAG_KEYS = Object.keys(TAG_VALUES);
const WORDS = ['web', 'api', 'batch', 'gpu', 'base', 'golden', 'hardened', 'ml', 'edge', 'cache', 'db', 'ci'];
const OS = ['ubuntu_22_04_x64_20G_alibase_20240130.vhd', 'aliyun_3_x64_20G_alibase_20240528.vhd', 'centos_7_9_x64_20G_alibase_20240120.vhd', 'debian_12_5_x64_20G_alibase_20240430.vhd'];
const FAMILIES = ['acs:ubuntu_22_04_x64', 'acs:alibaba_cloud_linux_3_2104_lts_x64', 'acs:debian_12_x64'];
const INSTANCE_TYPES = ['ecs.g6.large', 'ecs.g7.large', 'ecs.c7.xlarge', 'ecs.g8i.large', 'ecs.u1-c1m2.large'];
// 2020-11-24T06:00:00Z, the date of the API page's example; every template is created after it.
const EPOCH_MS = Date.UTC(2020, 10, 24, 6, 0, 0);

/**
 * Generates `perRegion` pipelines for each region, deterministically from `seed`. Each region has its own
 * stream, so adding a region does not change the others. Values look like the real service's: `ip-…` IDs,
 * tags on most templates, several resource groups, `CreationTime` as `2020-11-24T06:00:00Z`, every list
 * wrapper present (empty when there is nothing). Newest first, the order the emulator pages in.
 */
export function generatePipelines(options: GenerateOptions = {}): PipelineData {
  const regions = options.regions ?? DEFAULT_REGIONS;
  const perRegion = options.perRegion ?? 20;
  const seed = options.seed ?? 'ecs-pipelines';
  const out: PipelineData = {};
  for (const region of regions) {
    const random = seededRandom(`${String(seed)}/${region}`);
    let time = EPOCH_MS;
    const list: ImagePipeline[] = [];
    for (let i = 0; i < perRegion; i++) {
      time += randomInt(random, 60, 3 * 86_400) * 1000;
      list.push(makePipeline(random, region, i, time));
    }
    out[region] = list.reverse();
  }
  return out;
}

function makePipeline(random: Random, region: string, index: number, time: number): ImagePipeline {
  const id = `ip-${randomString(random, 20)}`;
  const family = random() < 0.3;
  const baseImage = family ? pick(random, FAMILIES) : `m-${randomString(random, 20)}`;
  const name = `${pick(random, WORDS)}-${pick(random, WORDS)}-${String(index + 1).padStart(4, '0')}`;
  const imageName = `${name}-image`;
  const tags = random() < 0.85 ? makeTags(random) : [];
  const accounts = random() < 0.3 ? [String(randomInt(random, 1e11, 1e12 - 1))] : [];
  // Copy targets come from a fixed list, so a region's stream never depends on which other regions are served.
  const copies = random() < 0.2 ? [pick(random, DEFAULT_REGIONS.filter((r) => r !== region))] : [];
  const nvme = pick(random, ['auto', 'supported', 'unsupported']);
  return {
    ImagePipelineId: id,
    Name: name,
    Description: `Builds the ${name} image from ${family ? 'an image family' : 'a custom image'}.`,
    BaseImageType: family ? 'IMAGE_FAMILY' : 'IMAGE',
    BaseImage: baseImage,
    ImageName: imageName,
    ImageFamily: random() < 0.4 ? `family-${name.split('-')[0]}` : '',
    InstanceType: pick(random, INSTANCE_TYPES),
    VSwitchId: `vsw-${randomString(random, 20)}`,
    ResourceGroupId: pick(random, RESOURCE_GROUPS),
    CreationTime: new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    BuildContent: `FROM IMAGE:${family ? 'm-familylatest' : baseImage}\nRUN yum update -y\nRUN echo ${name} > /etc/motd`,
    TestContent: random() < 0.5 ? 'RUN test -f /etc/motd' : '',
    RepairMode: random() < 0.5 ? 'Standard' : '',
    NvmeSupport: nvme,
    SystemDiskSize: pick(random, [20, 40, 40, 40, 60, 80, 100, 500]),
    InternetMaxBandwidthOut: pick(random, [0, 0, 0, 5, 10, 100]),
    DeleteInstanceOnFailure: random() < 0.7,
    AddAccounts: { AddAccount: accounts },
    ToRegionIds: { ToRegionId: copies },
    Tags: { Tag: tags },
    RepairItems: { RepairItem: [] },
    AdvancedOptions: { ImageNameSuffix: random() < 0.5 ? 'timestamp' : '', RetainCloudAssistant: random() < 0.8 },
    ImageOptions: {
      ImageName: imageName,
      ImageFamily: '',
      Description: `Image built by ${name}.`,
      ImageFeatures: { NvmeSupport: nvme },
      ImageTags: { ImageTag: tags.slice(0, 1) },
    },
  };
}

function makeTags(random: Random): Array<{ TagKey: string; TagValue: string }> {
  const keys = TAG_KEYS.filter(() => random() < 0.45);
  if (keys.length === 0) keys.push('env');
  return keys.map((k) => ({ TagKey: k, TagValue: pick(random, TAG_VALUES[k]!) }));
}

const WRAPPERS = [
  ['AddAccounts', 'AddAccount'],
  ['ToRegionIds', 'ToRegionId'],
  ['Tags', 'Tag'],
] as const;

/**
 * Checks and completes an explicit data set (`{ "cn-hangzhou": [ {...}, ... ] }`, for example read from the
 * command's `--data` file): every pipeline needs a string `ImagePipelineId`, IDs are unique per region, and
 * the list wrappers are filled in when missing so responses keep their shape. Throws a `TypeError` naming
 * the first problem.
 */
export function loadPipelineData(input: unknown): PipelineData {
  if (!isRecord(input)) throw new TypeError('pipeline data must be an object of region ID → array of pipelines');
  const out: PipelineData = {};
  for (const [region, list] of Object.entries(input)) {
    if (!Array.isArray(list)) throw new TypeError(`pipeline data for region "${region}" must be an array`);
    const seen = new Set<string>();
    out[region] = list.map((item, i) => {
      if (!isRecord(item) || typeof item.ImagePipelineId !== 'string' || item.ImagePipelineId === '') {
        throw new TypeError(`pipeline data ${region}[${i}] needs a non-empty string ImagePipelineId`);
      }
      if (seen.has(item.ImagePipelineId)) throw new TypeError(`pipeline data ${region}[${i}]: duplicate ImagePipelineId "${item.ImagePipelineId}"`);
      seen.add(item.ImagePipelineId);
      const p: Record<string, unknown> = { ...item };
      for (const [wrapper, key] of WRAPPERS) {
        const w = p[wrapper];
        if (!isRecord(w) || !Array.isArray(w[key])) p[wrapper] = { [key]: [] };
      }
      return p as ImagePipeline;
    });
  }
  return out;
}
