// The hosts the in-process adapters (/msw, /undici) answer: every endpoint this project's client can pick by
// default (its region table, the regional and VPC forms) and the SDK's shared host, and nothing else.
import { describe, expect, it } from 'vitest';
import { REGION_ENDPOINTS, regionEndpoint } from '@org/ecs-pipelines-client';
import { DEFAULT_REGIONS } from '../src/index.js';
import { ECS_HOSTS, urlMatcher } from '../src/ecs-endpoint.js';

const matches = urlMatcher();
const regions = [...new Set([...DEFAULT_REGIONS, ...Object.keys(REGION_ENDPOINTS)])];

describe('ECS_HOSTS', () => {
  it(`matches the client's default endpoint of ${regions.length} regions, public and VPC, and the shared host`, () => {
    const urls = [...regions.flatMap((r) => [regionEndpoint(r), regionEndpoint(r, 'vpc')]), 'https://ecs.aliyuncs.com', 'http://ECS.CN-HANGZHOU.ALIYUNCS.COM:8080'];
    expect(urls.filter((u) => !matches(new URL(u)))).toEqual([]);
    expect(matches(new URL('https://ecs-cn-hangzhou.aliyuncs.com/?Action=DescribeImagePipelines'))).toBe(true);
  });

  it('leaves other services, look-alike hosts and other schemes alone', () => {
    const others = [
      'https://rds.aliyuncs.com/',
      'https://ecs-workbench.aliyuncs.com/',
      'https://vpc.cn-hangzhou.aliyuncs.com/',
      'https://ecs.cn-hangzhou.aliyuncs.com.evil.test/',
      'https://myecs.aliyuncs.com/',
      'https://ecs.a.b.aliyuncs.com/',
      'ws://ecs.cn-hangzhou.aliyuncs.com/',
      'http://127.0.0.1:8787/',
    ];
    expect(others.filter((u) => matches(new URL(u)))).toEqual([]);
  });

  it('takes other hosts, and a global RegExp does not alternate between calls', () => {
    const local = urlMatcher(/^ecs\.test$/g);
    expect([1, 2, 3].map(() => local(new URL('http://ecs.test/')))).toEqual([true, true, true]);
    expect(local(new URL('https://ecs.cn-hangzhou.aliyuncs.com/'))).toBe(false);
    expect(ECS_HOSTS.flags).not.toMatch(/[gy]/);
  });
});
