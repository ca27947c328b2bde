// The emulator's DescribeImageComponents: the region's image components (Alibaba Cloud's and your own) that
// match every filter, newest first (family reference §9.2). Checks and paging are the router's.
import type { Handler } from '../handler.js';
import { versionMatcher } from '../content.js';
import { matchesTags } from '../filter.js';

/**
 * Query image components.
 * - `ImageComponentId.N`: any of the IDs; `Name`: exact match;
 * - `ComponentVersion`: `major.minor.patch` where a part may be `*`; it applies only together with `Name`
 *   (as documented) and is ignored without it;
 * - `ComponentType`, `SystemType`, `ResourceGroupId`: equal; `Tag.N`: every tag must be on the component;
 * - `Owner`: `SELF` or `ALIYUN`. When it is left out both are returned: the default is undocumented today
 *   (family reference §13 Q14; a 2021 page said "your own"), and returning both hides nothing.
 */
export const handleDescribeImageComponents: Handler<'DescribeImageComponents'> = (input, { data }) => {
  const ids = input.ImageComponentId?.length ? new Set(input.ImageComponentId) : undefined;
  const version = input.Name && input.ComponentVersion ? versionMatcher(input.ComponentVersion) : undefined;
  const items = data.components.filter(
    (c) =>
      (ids === undefined || ids.has(c.ImageComponentId ?? '')) &&
      (input.Name === undefined || c.Name === input.Name) &&
      (version === undefined || version(c.ComponentVersion ?? '')) &&
      (input.ComponentType === undefined || c.ComponentType === input.ComponentType) &&
      (input.SystemType === undefined || c.SystemType === input.SystemType) &&
      (input.Owner === undefined || c.Owner === input.Owner) &&
      (input.ResourceGroupId === undefined || c.ResourceGroupId === input.ResourceGroupId) &&
      matchesTags(c.Tags, input.Tag),
  );
  return { ok: true, items };
};
