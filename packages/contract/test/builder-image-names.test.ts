// InvalidImageName.Duplicated (family reference §10.3 item 5), answered by StartImagePipelineExecution (our
// inference: the reference does not say which call): with AdvancedOptions.ImageNameSuffix=disable the image is
// named exactly as the template says, and a name an image of the region holds — or a running build will
// create — is refused. With the suffix (the default) the ExecutionId keeps names apart.
import { afterAll, describe, expect, it } from 'vitest';
import { builder } from './helpers.js';

const audits: Array<ReturnType<typeof builder>['audit']> = [];
afterAll(() => expect(audits.flatMap((a) => a.problems)).toEqual([]));

const DUPLICATED = [400, 'InvalidImageName.Duplicated', 'The specified image name is already in use in the target region. Please try a different one.'];
const NO_SUFFIX = { AdvancedOptions: { ImageNameSuffix: 'disable' } };

const setup = (options: Parameters<typeof builder>[0] = {}) => {
  const b = builder({ pipelines: 0, ...options });
  audits.push(b.audit);
  const template = async (input: Record<string, unknown>) => (await b.send('CreateImagePipeline', { BaseImageType: 'IMAGE', BaseImage: 'm-1', ...input })).body.ImagePipelineId as string;
  const start = async (pipeline: string, region?: string) => {
    const res = await b.send('StartImagePipelineExecution', { ImagePipelineId: pipeline, ...(region ? { RegionId: region } : {}) });
    return { ...res, answer: res.status === 200 ? [200] : [res.status, res.body.Code, res.body.Message] };
  };
  const status = async (id: string) => (await b.send('DescribeImagePipelineExecutions', { ExecutionId: id })).body.ImagePipelineExecution.ImagePipelineExecutionSet[0].Status as string;
  return { ...b, template, start, status };
};

describe('InvalidImageName.Duplicated on StartImagePipelineExecution', () => {
  it('an image of the region with the name refuses a build of any template that would name its image so', async () => {
    const b = setup();
    const first = await b.template({ ImageOptions: { ImageName: 'web' }, ...NO_SUFFIX });
    const id = (await b.start(first)).body.ExecutionId;
    b.emulator.advanceClock(60_000);
    expect(await b.status(id)).toBe('SUCCESS');
    expect((await b.start(first)).answer).toEqual(DUPLICATED);
    // The deprecated top-level ImageName names the image too.
    expect((await b.start(await b.template({ ImageName: 'web', ...NO_SUFFIX }))).answer).toEqual(DUPLICATED);
    // Another name, the suffix kept, or another region: no collision.
    expect((await b.start(await b.template({ ImageOptions: { ImageName: 'api' }, ...NO_SUFFIX }))).answer).toEqual([200]);
    expect((await b.start(await b.template({ ImageOptions: { ImageName: 'web' } }))).answer).toEqual([200]);
    const elsewhere = (await b.send('CreateImagePipeline', { RegionId: 'cn-beijing', BaseImageType: 'IMAGE', BaseImage: 'm-1', ImageOptions: { ImageName: 'web' }, ...NO_SUFFIX })).body.ImagePipelineId;
    expect((await b.start(elsewhere, 'cn-beijing')).answer).toEqual([200]);
  });

  it('a running build holds the name from its start; a cancelled one gives it back', async () => {
    const b = setup();
    const one = await b.template({ ImageOptions: { ImageName: 'web' }, ...NO_SUFFIX });
    const two = await b.template({ ImageOptions: { ImageName: 'web' }, ...NO_SUFFIX });
    const id = (await b.start(one)).body.ExecutionId;
    expect(await b.status(id)).toBe('PREPARING');
    expect((await b.start(two)).answer).toEqual(DUPLICATED);
    expect((await b.send('CancelImagePipelineExecution', { ExecutionId: id })).status).toBe(200);
    expect((await b.start(two)).answer).toEqual([200]);
  });

  it('a build that failed before its image existed gives the name back; one whose tests failed keeps it', async () => {
    const b = setup({ buildFailureRate: 1, seed: 'image-names' });
    const ended = { FAILED: 0, TEST_FAILED: 0 } as Record<string, number>;
    for (let i = 0; i < 12; i++) {
      const pipeline = await b.template({ ImageOptions: { ImageName: `img-${i}` }, TestContent: 'RUN true', ...NO_SUFFIX });
      const id = (await b.start(pipeline)).body.ExecutionId;
      b.emulator.advanceClock(60_000);
      const status = await b.status(id);
      ended[status]!++;
      expect((await b.start(pipeline)).answer).toEqual(status === 'FAILED' ? [200] : DUPLICATED);
    }
    expect(ended.FAILED! * ended.TEST_FAILED!).toBeGreaterThan(0);
  });
});
