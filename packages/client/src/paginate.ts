// Pagination: follow NextToken until it is absent or empty; a token seen before ends with an error, not a loop.
import { EcsResponseError, type ImagePipeline } from '@org/ecs-pipelines-core';
import { assertCallOptions } from './check-options.js';
import type { DescribeImagePipelinesInput, DescribeImagePipelinesOutput, EcsPipelinesClient } from './client.js';
import type { ListOptions, PaginateOptions } from './options.js';

/**
 * Every page of a query, in order. `pageSize` sets `MaxResults`; `startingToken` resumes where a previous
 * run stopped (a page's `NextToken`). Throws `EcsResponseError` if the service hands out a `NextToken` it
 * already gave in this run, instead of asking for the same pages forever.
 */
export async function* paginateDescribeImagePipelines(
  client: Pick<EcsPipelinesClient, 'describeImagePipelines'>,
  input: DescribeImagePipelinesInput,
  options?: PaginateOptions,
): AsyncGenerator<DescribeImagePipelinesOutput, void, undefined> {
  assertCallOptions(options, 'page');
  const { pageSize, startingToken, ...call } = options ?? {};
  const seen = new Set<string | undefined>();
  let token = startingToken ?? input?.NextToken;
  for (;;) {
    seen.add(token);
    const page = await client.describeImagePipelines({ ...input, MaxResults: pageSize ?? input?.MaxResults, NextToken: token || undefined }, call);
    yield page;
    token = page.NextToken;
    if (!token) return;
    if (seen.has(token)) {
      throw new EcsResponseError('NextToken repeated a token of an earlier page: stopped instead of looping', {
        httpStatus: page.$metadata.httpStatusCode,
        path: 'NextToken',
      });
    }
  }
}

/** Pipelines one at a time across pages; stops after `maxItems` without fetching another page. */
export async function* listItems(
  client: Pick<EcsPipelinesClient, 'describeImagePipelines'>,
  input: DescribeImagePipelinesInput,
  options?: ListOptions,
): AsyncGenerator<ImagePipeline, void, undefined> {
  assertCallOptions(options, 'list');
  const { maxItems = Infinity, ...rest } = options ?? {};
  let count = 0;
  for await (const page of paginateDescribeImagePipelines(client, input, rest)) {
    for (const item of page.ImagePipeline?.ImagePipelineSet ?? []) {
      yield item;
      if (++count >= maxItems) return;
    }
  }
}
