// Alibaba's legacy generic client, @alicloud/pop-core: HMAC-SHA1 RPC signing, its own keep-alive agent,
// json-bigint parsing, default method (GET).
import popCore from '@alicloud/pop-core';

/** Returns a call of `RPCClient.request('DescribeImagePipelines')`; resolves to the pipeline count. */
export async function create({ baseUrl, credentials }) {
  const client = new popCore.RPCClient({
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    endpoint: baseUrl,
    apiVersion: '2014-05-26',
  });
  return async () => {
    const body = await client.request('DescribeImagePipelines', { RegionId: 'cn-hangzhou', MaxResults: 10 });
    return body.ImagePipeline.ImagePipelineSet.length;
  };
}
