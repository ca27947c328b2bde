// Where requests go: an explicit endpoint, or the region's default host.

/**
 * Regions whose public endpoint is not `ecs.<regionId>.aliyuncs.com`: the `_endpointMap` of Alibaba's own
 * `@alicloud/ecs20140526` 7.11.6 (see api-facts.md §4), kept as data so a diff against a newer SDK is a data
 * change. Every other region uses `ecs.<regionId>.aliyuncs.com`.
 */
export const REGION_ENDPOINTS: Readonly<Record<string, string>> = {
  'cn-hangzhou': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shanghai-finance-1': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shenzhen-finance-1': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-north-2-gov-1': 'ecs.aliyuncs.com',
  'ap-northeast-2-pop': 'ecs.aliyuncs.com',
  'cn-beijing-finance-pop': 'ecs.aliyuncs.com',
  'cn-beijing-gov-1': 'ecs.aliyuncs.com',
  'cn-beijing-nu16-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-edge-1': 'ecs.cn-qingdao-nebula.aliyuncs.com',
  'cn-fujian': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-haidian-cm12-c01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-bj-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-finance': 'ecs.aliyuncs.com',
  'cn-hangzhou-internal-prod-1': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-internal-test-1': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-internal-test-2': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-internal-test-3': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-test-306': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hongkong-finance-pop': 'ecs.aliyuncs.com',
  'cn-huhehaote-nebula-1': 'ecs.cn-qingdao-nebula.aliyuncs.com',
  'cn-shanghai-et15-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shanghai-et2-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shanghai-inner': 'ecs.aliyuncs.com',
  'cn-shanghai-internal-test-1': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shenzhen-inner': 'ecs.aliyuncs.com',
  'cn-shenzhen-st4-d01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shenzhen-su18-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-wuhan': 'ecs.aliyuncs.com',
  'cn-yushanfang': 'ecs.aliyuncs.com',
  'cn-zhangbei': 'ecs.aliyuncs.com',
  'cn-zhangbei-na61-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-zhangjiakou-na62-a01': 'ecs.cn-zhangjiakou.aliyuncs.com',
  'cn-zhengzhou-nebula-1': 'ecs.cn-qingdao-nebula.aliyuncs.com',
  'eu-west-1-oxs': 'ecs.cn-shenzhen-cloudstone.aliyuncs.com',
  'rus-west-1-pop': 'ecs.aliyuncs.com',
};

/** Which network the default endpoint is on: the internet, or a VPC (`ecs-vpc.<regionId>.aliyuncs.com`). */
export type Network = 'public' | 'vpc';

/**
 * The HTTPS origin of the ECS endpoint for a region. The VPC endpoint always follows the
 * `ecs-vpc.<regionId>` rule: the SDK's table lists public hosts only.
 */
export function regionEndpoint(regionId: string, network: Network = 'public'): string {
  if (network === 'vpc') return `https://ecs-vpc.${regionId}.aliyuncs.com`;
  const host = Object.hasOwn(REGION_ENDPOINTS, regionId) ? REGION_ENDPOINTS[regionId] : `ecs.${regionId}.aliyuncs.com`;
  return `https://${host}`;
}

/**
 * The problem with an `endpoint` option, or undefined when it is a usable origin. RPC actions live at `/`,
 * so a path, query or fragment would change what is signed; credentials in the URL would leak into logs.
 */
export function endpointProblem(endpoint: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'is not an absolute URL (no scheme?)';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `has the scheme "${url.protocol}"`;
  if (!url.hostname) return 'has no host';
  if (url.username || url.password) return 'carries credentials';
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(endpoint)) return 'has a path, query or fragment';
  return undefined;
}

/** `endpoint` reduced to its origin (`https://host[:port]`), for a valid endpoint. */
export const endpointOrigin = (endpoint: string): string => new URL(endpoint).origin;
