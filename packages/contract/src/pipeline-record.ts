// A template as DescribeImagePipelines lists it, built from a CreateImagePipeline request: the request's flat
// and list parameters in the response's shape (list wrappers, `TagKey`/`TagValue`), the documented defaults
// (family reference §3.1: Name = the ID, SystemDiskSize 40, InternetMaxBandwidthOut 0,
// DeleteInstanceOnFailure true), and the deprecated top-level ImageName/ImageFamily/NvmeSupport as fallbacks
// of their ImageOptions replacements.
import type { ImagePipeline, RequestOf, ResourceTag } from '@org/ecs-pipelines-core';

type CreateRequest = RequestOf<'CreateImagePipeline'>;

/** Request tags (`Key`/`Value`) as resources carry them (`TagKey`/`TagValue`). */
export function resourceTags(tags: ReadonlyArray<{ Key: string; Value?: string }> | undefined): ResourceTag[] {
  return (tags ?? []).map((t) => ({ TagKey: t.Key, TagValue: t.Value ?? '' }));
}

/** The template `input` creates, with `id` and `creationTime` (ISO 8601). */
export function pipelineRecord(input: CreateRequest, id: string, creationTime: string): ImagePipeline {
  const image = input.ImageOptions ?? {};
  const nvme = image.ImageFeatures?.NvmeSupport ?? input.NvmeSupport ?? '';
  const record: ImagePipeline = {
    ImagePipelineId: id,
    Name: input.Name ?? id,
    Description: input.Description ?? '',
    BaseImageType: input.BaseImageType,
    BaseImage: input.BaseImage ?? '',
    ImageName: image.ImageName ?? input.ImageName ?? '',
    ImageFamily: image.ImageFamily ?? input.ImageFamily ?? '',
    InstanceType: input.InstanceType ?? '',
    VSwitchId: input.VSwitchId ?? '',
    ResourceGroupId: input.ResourceGroupId ?? '',
    CreationTime: creationTime,
    BuildContent: input.BuildContent ?? '',
    TestContent: input.TestContent ?? '',
    RepairMode: input.RepairMode ?? '',
    NvmeSupport: nvme,
    SystemDiskSize: input.SystemDiskSize ?? 40,
    InternetMaxBandwidthOut: input.InternetMaxBandwidthOut ?? 0,
    DeleteInstanceOnFailure: input.DeleteInstanceOnFailure ?? true,
    AddAccounts: { AddAccount: [...(input.AddAccount ?? [])] },
    ToRegionIds: { ToRegionId: [...(input.ToRegionId ?? [])] },
    Tags: { Tag: resourceTags(input.Tag) },
    RepairItems: { RepairItem: [...(input.RepairItem ?? [])] },
    AdvancedOptions: { ImageNameSuffix: input.AdvancedOptions?.ImageNameSuffix ?? '', RetainCloudAssistant: input.AdvancedOptions?.RetainCloudAssistant ?? false },
    ImageOptions: {
      ImageName: image.ImageName ?? input.ImageName ?? '',
      ImageFamily: image.ImageFamily ?? input.ImageFamily ?? '',
      Description: image.Description ?? '',
      ImageFeatures: { NvmeSupport: nvme },
      ImageTags: { ImageTag: resourceTags(image.ImageTags) },
    },
  };
  const imported = input.ImportImageOptions;
  if (imported) {
    const { DiskDeviceMappings, Features, ImportImageTags, ...rest } = imported;
    record.ImportImageOptions = {
      ...rest,
      Features: { ...Features },
      DiskDeviceMappings: { DiskDeviceMapping: (DiskDeviceMappings ?? []).map((d) => ({ ...d })) },
      ImportImageTags: { ImportImageTag: (ImportImageTags ?? []).map((t) => ({ Key: t.Key, Value: t.Value ?? '' })) },
    };
  }
  return record;
}
