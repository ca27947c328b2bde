// The canned DescribeImagePipelines page every throughput contender receives: ten pipelines in the real
// wire shape (typed values, list wrappers), modelled on the spec's `typed` example, so that clients which
// normalize or validate the body do their real work on every call.

/** How many pipelines the canned page holds; contenders check it to prove they parsed the body. */
export const CANNED_ITEMS = 10;

/** Builds one pipeline of the canned page; `i` makes ids and names distinct. */
function pipeline(i) {
  const n = String(i).padStart(4, '0');
  return {
    BaseImageType: 'IMAGE',
    Description: `Nightly hardened base image ${n}.`,
    ResourceGroupId: 'rg-bp67acfmxazb4p****',
    SystemDiskSize: 40,
    ImagePipelineId: `ip-2ze5tsl5bp6nf2b3${n}`,
    VSwitchId: 'vsw-bp67acfmxazb4p****',
    Name: `pipeline-${n}`,
    DeleteInstanceOnFailure: true,
    ImageName: `image-${n}`,
    InternetMaxBandwidthOut: 0,
    CreationTime: '2020-11-24T06:00:00Z',
    InstanceType: 'ecs.g6.large',
    BuildContent: 'FROM IMAGE:m-bp67acfmxazb4p****\nRUN yum -y update',
    BaseImage: 'm-bp67acfmxazb4p****',
    Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }, { TagKey: 'team', TagValue: 'platform' }] },
    AddAccounts: { AddAccount: ['1234567890'] },
    ToRegionIds: { ToRegionId: ['cn-hangzhou', 'cn-shanghai'] },
  };
}

/** The canned response body as parsed JSON. */
export const cannedBody = {
  RequestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E',
  TotalCount: 1000,
  MaxResults: CANNED_ITEMS,
  NextToken: 'AAAAAdDWBF2****',
  ImagePipeline: { ImagePipelineSet: Array.from({ length: CANNED_ITEMS }, (_, i) => pipeline(i)) },
};

/** The canned response body as the bytes the server sends. */
export const cannedBytes = new TextEncoder().encode(JSON.stringify(cannedBody));
