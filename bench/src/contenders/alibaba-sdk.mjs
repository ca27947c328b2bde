// Alibaba's official SDK, @alicloud/ecs20140526 (on @alicloud/openapi-core), with its defaults:
// ACS3-HMAC-SHA256 signing, model casting of the response, Node's global keep-alive agent.
import ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';

/** Returns a call of `describeImagePipelines`; resolves to the pipeline count. */
export async function create({ port, credentials }) {
  const Client = ecs.default;
  const client = new Client(
    new $OpenApiUtil.Config({
      accessKeyId: credentials.accessKeyId,
      accessKeySecret: credentials.accessKeySecret,
      regionId: 'cn-hangzhou',
      endpoint: `127.0.0.1:${port}`,
      protocol: 'http',
    }),
  );
  return async () => {
    const res = await client.describeImagePipelines(
      new ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou', maxResults: 10 }),
    );
    return res.body.imagePipeline.imagePipelineSet.length;
  };
}
