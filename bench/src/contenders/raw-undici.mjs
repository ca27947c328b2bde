// Floor 3: an undici `Pool` for the server's origin, `request()` + `body.json()`, no signing: the transport
// our Node path sends with, used the way undici's documentation shows.
import { Pool } from 'undici';

/** Returns a call that POSTs through the pool and parses the body; resolves to the pipeline count. */
export async function create({ baseUrl }) {
  const pool = new Pool(baseUrl, { connections: null, pipelining: 1 });
  const options = { path: '/?Action=DescribeImagePipelines&RegionId=cn-hangzhou&MaxResults=10', method: 'POST' };
  return async () => {
    const { body } = await pool.request(options);
    return (await body.json()).ImagePipeline.ImagePipelineSet.length;
  };
}
