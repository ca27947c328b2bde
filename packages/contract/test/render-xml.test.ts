import { describe, expect, it } from 'vitest';
import { escapeXml, renderXml } from '../src/render-xml.js';

describe('renderXml', () => {
  it('writes list wrappers as repeated elements under the action root', () => {
    const xml = renderXml('DescribeImagePipelinesResponse', {
      RequestId: 'R1',
      TotalCount: 2,
      ImagePipeline: { ImagePipelineSet: [{ ImagePipelineId: 'ip-1', Tags: { Tag: [{ TagKey: 'a', TagValue: 'b' }] }, AddAccounts: { AddAccount: [] } }, { ImagePipelineId: 'ip-2' }] },
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<DescribeImagePipelinesResponse><RequestId>R1</RequestId><TotalCount>2</TotalCount><ImagePipeline>' +
        '<ImagePipelineSet><ImagePipelineId>ip-1</ImagePipelineId><Tags><Tag><TagKey>a</TagKey><TagValue>b</TagValue></Tag></Tags><AddAccounts></AddAccounts></ImagePipelineSet>' +
        '<ImagePipelineSet><ImagePipelineId>ip-2</ImagePipelineId></ImagePipelineSet></ImagePipeline></DescribeImagePipelinesResponse>',
    );
  });

  it('escapes markup and replaces characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0007c\td\ud800e😀')).toBe('a\uFFFDb\uFFFDc\td\uFFFDe😀');
  });
});
