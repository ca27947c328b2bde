// A Cloudflare-Worker-style entry that lists pipelines with Alibaba's official SDK (bundle-size input).
import ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';

export default {
  async fetch(_request, env) {
    const client = new ecs.default(
      new $OpenApiUtil.Config({
        accessKeyId: env.ALIBABA_CLOUD_ACCESS_KEY_ID,
        accessKeySecret: env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
        regionId: 'cn-hangzhou',
      }),
    );
    const res = await client.describeImagePipelines(new ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou' }));
    return Response.json(res.body.toMap());
  },
};
