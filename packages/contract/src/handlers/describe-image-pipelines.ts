// The emulator's DescribeImagePipelines: the region's image templates that match the filters (Tag.N,
// ImagePipelineId.N, Name, ResourceGroupId), newest first. Checks and paging are the router's.
import type { Handler } from '../handler.js';
import { filterPipelines } from '../filter.js';

/** Query image templates. */
export const handleDescribeImagePipelines: Handler<'DescribeImagePipelines'> = (input, { data }) => ({ ok: true, items: filterPipelines(data.pipelines, input) });
