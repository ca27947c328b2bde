// Where requests go: an explicit endpoint, or the region's default host.

// `_endpointMap` of Alibaba's own `@alicloud/ecs20140526` 7.11.6 (see api-facts.md §4), grouped by host
// (`host:region,region;…`, hosts without `.aliyuncs.com`): data, so a diff against a newer SDK is a data change.
const TABLE =
  'ecs-cn-hangzhou:cn-hangzhou,cn-shanghai-finance-1,cn-shenzhen-finance-1,cn-beijing-nu16-b01,cn-fujian,' +
  'cn-haidian-cm12-c01,cn-hangzhou-bj-b01,cn-hangzhou-internal-prod-1,cn-hangzhou-internal-test-1,' +
  'cn-hangzhou-internal-test-2,cn-hangzhou-internal-test-3,cn-hangzhou-test-306,cn-shanghai-et15-b01,' +
  'cn-shanghai-et2-b01,cn-shanghai-internal-test-1,cn-shenzhen-st4-d01,cn-shenzhen-su18-b01,cn-zhangbei-na61-b01;' +
  'ecs:cn-north-2-gov-1,ap-northeast-2-pop,cn-beijing-finance-pop,cn-beijing-gov-1,cn-hangzhou-finance,' +
  'cn-hongkong-finance-pop,cn-shanghai-inner,cn-shenzhen-inner,cn-wuhan,cn-yushanfang,cn-zhangbei,rus-west-1-pop;' +
  'ecs.cn-qingdao-nebula:cn-edge-1,cn-huhehaote-nebula-1,cn-zhengzhou-nebula-1;' +
  'ecs.cn-zhangjiakou:cn-zhangjiakou-na62-a01;ecs.cn-shenzhen-cloudstone:eu-west-1-oxs';

/**
 * Regions whose public endpoint is not `ecs.<regionId>.aliyuncs.com`, and their host. Every other region
 * uses `ecs.<regionId>.aliyuncs.com`.
 */
export const REGION_ENDPOINTS: Readonly<Record<string, string>> = Object.fromEntries(
  TABLE.split(';').flatMap((group) => {
    const [host, regions] = group.split(':');
    return regions!.split(',').map((region) => [region, `${host}.aliyuncs.com`]);
  }),
);

/** Which network the default endpoint is on: the internet, or a VPC (`ecs-vpc.<regionId>.aliyuncs.com`). */
export type Network = 'public' | 'vpc';

/**
 * The HTTPS origin of the ECS endpoint for a region. The VPC endpoint always follows the
 * `ecs-vpc.<regionId>` rule: the SDK's table lists public hosts only.
 */
export function regionEndpoint(regionId: string, network: Network = 'public'): string {
  return `https://${network === 'vpc' ? `ecs-vpc.${regionId}.aliyuncs.com` : Object.hasOwn(REGION_ENDPOINTS, regionId) ? REGION_ENDPOINTS[regionId] : `ecs.${regionId}.aliyuncs.com`}`;
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
  const { protocol } = url;
  if (!/^https?:$/.test(protocol)) return `has the scheme "${protocol}"`;
  if (url.username || url.password) return 'carries credentials';
  if (url.pathname !== '/' || /[?#]/.test(endpoint)) return 'has a path, query or fragment';
}

/** `endpoint` reduced to its origin (`https://host[:port]`), for a valid endpoint. */
export const endpointOrigin = (endpoint: string): string => new URL(endpoint).origin;
