// The emulator's CreateImageComponent (family reference §8, §12): Content at most 16 KB in bytes, without
// FROM or COMPONENT commands; the version defaults to one major above the name's highest ((x+1).0.0) and must
// be new for the name; ComponentType Build and SystemType Linux by default; the region's quota of your own
// components. The parameters a YAML body declares are listed as `Parameters`.
import { operations, type ImageComponent } from '@org/ecs-pipelines-core';
import { componentCommand, contentTooLong, duplicateTagKey, fromNotSupported, quotaExceeded, versionExists } from '../builder-errors.js';
import { isoSeconds } from '../clock.js';
import { byteLength, commands, compareVersions, componentParameters, MAX_CONTENT_BYTES } from '../content.js';
import type { Handler } from '../handler.js';
import { newComponentId } from '../ids.js';
import { resourceTags } from '../pipeline-record.js';
import { duplicateKey } from '../template-rules.js';

const op = operations.CreateImageComponent;

/** Create an image component. */
export const handleCreateImageComponent: Handler<'CreateImageComponent'> = (input, { region, data, state, now }) => {
  const bytes = byteLength(input.Content);
  if (bytes > MAX_CONTENT_BYTES) return { ok: false, error: contentTooLong('InvalidContent.LengthExceeded', 'Content', bytes, MAX_CONTENT_BYTES) };
  const keywords = new Set(commands(input.Content).map((c) => c.keyword));
  if (keywords.has('FROM')) return { ok: false, error: fromNotSupported() };
  if (keywords.has('COMPONENT')) return { ok: false, error: componentCommand() };
  const key = duplicateKey(input.Tag);
  if (key !== undefined) return { ok: false, error: duplicateTagKey(op, 'Tag', key) };

  const id = newComponentId();
  const name = input.Name ?? id;
  const mine = data.components.filter((c) => c.Owner === 'SELF');
  const versions = mine.filter((c) => c.Name === name).map((c) => c.ComponentVersion ?? '0.0.0');
  const major = Math.max(0, ...versions.map((v) => Number(v.split('.')[0]) || 0));
  const version = input.ComponentVersion ?? `${major + 1}.0.0`;
  if (versions.some((v) => compareVersions(v, version) === 0)) return { ok: false, error: versionExists(name, version) };
  const quota = state.settings.quotas.components;
  if (mine.length >= quota) return { ok: false, error: quotaExceeded('QuotaExceed.ImageComponent', 'image component', quota) };

  const component: ImageComponent = {
    ImageComponentId: id,
    Name: name,
    ComponentVersion: version,
    ComponentType: input.ComponentType ?? 'Build',
    SystemType: input.SystemType ?? 'Linux',
    Owner: 'SELF',
    Content: input.Content,
    Description: input.Description ?? '',
    CreationTime: isoSeconds(now),
    ResourceGroupId: input.ResourceGroupId ?? '',
    Tags: { Tag: resourceTags(input.Tag) },
    Parameters: { Parameter: componentParameters(input.Content) },
  };
  state.add('components', region, component);
  return { ok: true, body: { ImageComponentId: id } };
};
