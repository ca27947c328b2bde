// Floor 1: global fetch with no signing, reading and parsing the body as any caller would.
/** Returns a call that fetches and parses the canned page; resolves to the pipeline count. */
export async function create({ baseUrl }) {
  const url = `${baseUrl}/?Action=DescribeImagePipelines&RegionId=cn-hangzhou&MaxResults=10`;
  return async () => {
    const res = await fetch(url, { method: 'POST' });
    const body = await res.json();
    return body.ImagePipeline.ImagePipelineSet.length;
  };
}
