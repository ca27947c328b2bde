import { expect, test } from 'vitest';
import { endpointOrigin, endpointProblem, REGION_ENDPOINTS, regionEndpoint } from '../src/endpoint.js';

test.each([
  ['cn-beijing', 'public', 'https://ecs.cn-beijing.aliyuncs.com'],
  ['ap-southeast-1', 'public', 'https://ecs.ap-southeast-1.aliyuncs.com'],
  ['cn-hangzhou', 'public', 'https://ecs-cn-hangzhou.aliyuncs.com'],
  ['cn-shanghai-finance-1', 'public', 'https://ecs-cn-hangzhou.aliyuncs.com'],
  ['cn-wuhan', 'public', 'https://ecs.aliyuncs.com'],
  ['cn-hangzhou', 'vpc', 'https://ecs-vpc.cn-hangzhou.aliyuncs.com'],
  ['eu-central-1', 'vpc', 'https://ecs-vpc.eu-central-1.aliyuncs.com'],
] as const)('%s on %s → %s', (region, network, expected) => {
  expect(regionEndpoint(region, network)).toBe(expected);
});

test('the table is data: every host is an aliyuncs.com host name', () => {
  expect(Object.keys(REGION_ENDPOINTS).length).toBeGreaterThan(30);
  for (const host of Object.values(REGION_ENDPOINTS)) expect(host).toMatch(/^[a-z0-9.-]+\.aliyuncs\.com$/);
  expect(regionEndpoint('constructor-x')).toBe('https://ecs.constructor-x.aliyuncs.com');
});

test.each([
  ['https://ecs.cn-hangzhou.aliyuncs.com', undefined],
  ['http://127.0.0.1:8787', undefined],
  ['http://127.0.0.1:8787/', undefined],
  ['ecs.cn-hangzhou.aliyuncs.com', 'is not an absolute URL (no scheme?)'],
  ['127.0.0.1:8787', 'is not an absolute URL (no scheme?)'],
  ['localhost:8787', 'has the scheme "localhost:"'],
  ['ftp://example.com', 'has the scheme "ftp:"'],
  ['https://user:pw@example.com', 'carries credentials'],
  ['https://example.com/api', 'has a path, query or fragment'],
  ['https://example.com/?a=1', 'has a path, query or fragment'],
  ['https://example.com/#x', 'has a path, query or fragment'],
  ['', 'is not an absolute URL (no scheme?)'],
])('endpointProblem(%j) = %j', (endpoint, problem) => {
  expect(endpointProblem(endpoint)).toBe(problem);
});

test('endpointOrigin drops the trailing slash', () => {
  expect(endpointOrigin('http://127.0.0.1:8787/')).toBe('http://127.0.0.1:8787');
});
