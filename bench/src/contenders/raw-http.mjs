// Floor 2: node:http with a keep-alive agent and no signing: the fastest transport Node offers here.
import { Agent, request } from 'node:http';

/** Returns a call that POSTs over a keep-alive socket and parses the body; resolves to the pipeline count. */
export async function create({ port }) {
  const agent = new Agent({ keepAlive: true });
  const options = {
    host: '127.0.0.1',
    port,
    path: '/?Action=DescribeImagePipelines&RegionId=cn-hangzhou&MaxResults=10',
    method: 'POST',
    headers: { 'content-length': '0' },
    agent,
  };
  return () =>
    new Promise((resolve, reject) => {
      const req = request(options, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')).ImagePipeline.ImagePipelineSet.length);
          } catch (err) {
            reject(err);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
}
