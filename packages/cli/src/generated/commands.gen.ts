// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.
// One subcommand per action (kebab-case of the action, flags kebab-case of the parameters), with the spec's
// descriptions as help text. The CLI reads each parameter's type and wire style from core's rules.

/** A subcommand of `ecs-pipelines`, generated from one operation of the spec. */
export interface GeneratedCommand {
  readonly name: string;
  readonly action: string;
  readonly summary: string;
  readonly description: string;
  /** For paged actions: the path of the item list in a page. */
  readonly items?: readonly [string, string];
  /** Per request parameter; a struct's `fields` hold each field's description by wire path without list indexes. */
  readonly flags: readonly { readonly flag: string; readonly param: string; readonly required: boolean; readonly description: string; readonly fields?: Readonly<Record<string, string>> }[];
}

/** Every generated subcommand. */
export const commands: readonly GeneratedCommand[] = [
  {
    "name": "describe-image-pipelines",
    "action": "DescribeImagePipelines",
    "summary": "Query image templates",
    "description": "Returns the image templates of a region that match every given filter, one page at a time. Pass the\n`NextToken` of the previous page to get the next; the last page has no `NextToken`.",
    "items": [
      "ImagePipeline",
      "ImagePipelineSet"
    ],
    "flags": [
      {
        "flag": "--region-id",
        "param": "RegionId",
        "required": true,
        "description": "The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list."
      },
      {
        "flag": "--tag",
        "param": "Tag",
        "required": false,
        "description": "Tags that a template must all carry. A tag without `Value` matches any value of that key.\nWire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20."
      },
      {
        "flag": "--image-pipeline-id",
        "param": "ImagePipelineId",
        "required": false,
        "description": "Template IDs to return (any of them). Wire form `ImagePipelineId.N`, N from 1 to 20."
      },
      {
        "flag": "--name",
        "param": "Name",
        "required": false,
        "description": "The template name."
      },
      {
        "flag": "--resource-group-id",
        "param": "ResourceGroupId",
        "required": false,
        "description": "The resource group ID. Filtering by the default resource group is not supported."
      },
      {
        "flag": "--next-token",
        "param": "NextToken",
        "required": false,
        "description": "The `NextToken` of the previous page. Leave it out for the first page."
      },
      {
        "flag": "--max-results",
        "param": "MaxResults",
        "required": false,
        "description": "The number of entries per page."
      }
    ]
  },
  {
    "name": "describe-image-pipeline-executions",
    "action": "DescribeImagePipelineExecutions",
    "summary": "Query image build tasks",
    "description": "Returns the build tasks (executions) of one image template, or one task by its ID, one page at a time.\nGive `ImagePipelineId`, `ExecutionId` or both. An unknown `ExecutionId` gives an empty page.",
    "items": [
      "ImagePipelineExecution",
      "ImagePipelineExecutionSet"
    ],
    "flags": [
      {
        "flag": "--region-id",
        "param": "RegionId",
        "required": true,
        "description": "The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list."
      },
      {
        "flag": "--image-pipeline-id",
        "param": "ImagePipelineId",
        "required": false,
        "description": "The template whose build tasks to return. Give it, `ExecutionId`, or both."
      },
      {
        "flag": "--execution-id",
        "param": "ExecutionId",
        "required": false,
        "description": "The build task to return. Give it, `ImagePipelineId`, or both."
      },
      {
        "flag": "--status",
        "param": "Status",
        "required": false,
        "description": "Task states to return, comma-separated (`BUILDING,DISTRIBUTING`): `PREPARING`, `REPAIRING`, `BUILDING`,\n`TESTING`, `DISTRIBUTING`, `RELEASING`, `CANCELLING`, `SUCCESS`, `PARTITION_SUCCESS`, `FAILED`,\n`TEST_FAILED`, `CANCELLED`. Leave it out for every state."
      },
      {
        "flag": "--tag",
        "param": "Tag",
        "required": false,
        "description": "Tags that a template must all carry. A tag without `Value` matches any value of that key.\nWire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20."
      },
      {
        "flag": "--next-token",
        "param": "NextToken",
        "required": false,
        "description": "The `NextToken` of the previous page. Leave it out for the first page."
      },
      {
        "flag": "--max-results",
        "param": "MaxResults",
        "required": false,
        "description": "The number of entries per page."
      }
    ]
  },
  {
    "name": "describe-image-components",
    "action": "DescribeImageComponents",
    "summary": "Query image components",
    "description": "Returns image components (your own, `Owner=SELF`, and Alibaba Cloud's, `Owner=ALIYUN`) that match every\ngiven filter, one page at a time.",
    "items": [
      "ImageComponent",
      "ImageComponentSet"
    ],
    "flags": [
      {
        "flag": "--region-id",
        "param": "RegionId",
        "required": true,
        "description": "The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list."
      },
      {
        "flag": "--image-component-id",
        "param": "ImageComponentId",
        "required": false,
        "description": "Component IDs to return (any of them). Wire form `ImageComponentId.N`, N from 1 to 20."
      },
      {
        "flag": "--name",
        "param": "Name",
        "required": false,
        "description": "The component name (exact match)."
      },
      {
        "flag": "--component-version",
        "param": "ComponentVersion",
        "required": false,
        "description": "The component version, `major.minor.patch`; one part may be the wildcard `*` (`1.0.*`). Applies only\ntogether with `Name`."
      },
      {
        "flag": "--component-type",
        "param": "ComponentType",
        "required": false,
        "description": "The component type."
      },
      {
        "flag": "--system-type",
        "param": "SystemType",
        "required": false,
        "description": "The operating system the component is for."
      },
      {
        "flag": "--owner",
        "param": "Owner",
        "required": false,
        "description": "`SELF` for your own components, `ALIYUN` for the system components of Alibaba Cloud."
      },
      {
        "flag": "--resource-group-id",
        "param": "ResourceGroupId",
        "required": false,
        "description": "The resource group ID. Filtering by the default resource group is not supported."
      },
      {
        "flag": "--tag",
        "param": "Tag",
        "required": false,
        "description": "Tags that a template must all carry. A tag without `Value` matches any value of that key.\nWire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20."
      },
      {
        "flag": "--next-token",
        "param": "NextToken",
        "required": false,
        "description": "The `NextToken` of the previous page. Leave it out for the first page."
      },
      {
        "flag": "--max-results",
        "param": "MaxResults",
        "required": false,
        "description": "The number of entries per page."
      }
    ]
  },
  {
    "name": "create-image-pipeline",
    "action": "CreateImagePipeline",
    "summary": "Create an image template",
    "description": "Creates a custom image template: the source image, build and test content, the intermediate instance's\nsettings and where the image is distributed. Returns the template ID. Idempotent with `ClientToken` (the\nclient fills one in when none is given and reuses it on every retry).",
    "flags": [
      {
        "flag": "--region-id",
        "param": "RegionId",
        "required": true,
        "description": "The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list."
      },
      {
        "flag": "--base-image-type",
        "param": "BaseImageType",
        "required": true,
        "description": "The kind of source image: `IMAGE` (an image ID), `IMAGE_FAMILY` (an image family) or `OSS` (imported from OSS, see `ImportImageOptions`)."
      },
      {
        "flag": "--base-image",
        "param": "BaseImage",
        "required": false,
        "description": "The source image: an image ID with `IMAGE`, an image family name with `IMAGE_FAMILY`; leave it out with `OSS`."
      },
      {
        "flag": "--name",
        "param": "Name",
        "required": false,
        "description": "The template name, 2 to 128 characters: starts with a letter or a Chinese character, then letters, Chinese characters, digits, `:`, `_`, `.` or `-`. Defaults to the template ID."
      },
      {
        "flag": "--description",
        "param": "Description",
        "required": false,
        "description": "The template description, 2 to 256 characters; must not start with `http://` or `https://`."
      },
      {
        "flag": "--build-content",
        "param": "BuildContent",
        "required": false,
        "description": "The build template: Dockerfile-style commands or `COMPONENT ic-…` references, at most 16 KB."
      },
      {
        "flag": "--test-content",
        "param": "TestContent",
        "required": false,
        "description": "The test template (test components), at most 16 KB."
      },
      {
        "flag": "--client-token",
        "param": "ClientToken",
        "required": false,
        "description": "A token that makes the request idempotent: ASCII, at most 64 characters, unique per request. The client fills in a UUID when none is given and sends the same one on every retry."
      },
      {
        "flag": "--delete-instance-on-failure",
        "param": "DeleteInstanceOnFailure",
        "required": false,
        "description": "Whether the intermediate instance is released when the build fails. Default `true`."
      },
      {
        "flag": "--instance-type",
        "param": "InstanceType",
        "required": false,
        "description": "The instance type of the intermediate instance. Default: the smallest type in stock."
      },
      {
        "flag": "--internet-max-bandwidth-out",
        "param": "InternetMaxBandwidthOut",
        "required": false,
        "description": "The outbound public bandwidth of the intermediate instance, in Mbit/s (0 to 100, default 0)."
      },
      {
        "flag": "--system-disk-size",
        "param": "SystemDiskSize",
        "required": false,
        "description": "The system disk size of the intermediate instance, in GiB (20 to 500, default 40)."
      },
      {
        "flag": "--v-switch-id",
        "param": "VSwitchId",
        "required": false,
        "description": "The vSwitch of the intermediate instance. Default: a new VPC and vSwitch are created."
      },
      {
        "flag": "--resource-group-id",
        "param": "ResourceGroupId",
        "required": false,
        "description": "The resource group ID. Filtering by the default resource group is not supported."
      },
      {
        "flag": "--add-account",
        "param": "AddAccount",
        "required": false,
        "description": "Alibaba Cloud account IDs to share the new image with. Wire form `AddAccount.N`, N from 1 to 20."
      },
      {
        "flag": "--to-region-id",
        "param": "ToRegionId",
        "required": false,
        "description": "Regions to copy the new image to. Wire form `ToRegionId.N`, N from 1 to 20."
      },
      {
        "flag": "--tag",
        "param": "Tag",
        "required": false,
        "description": "Tags of the new resource. Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20; keys must be unique."
      },
      {
        "flag": "--repair-mode",
        "param": "RepairMode",
        "required": false,
        "description": "How the source image is repaired before the build: `Standard`, `All`, or `Customized` (the items in `RepairItem`)."
      },
      {
        "flag": "--repair-item",
        "param": "RepairItem",
        "required": false,
        "description": "The repair items of `RepairMode=Customized` (`fstab`, `grub`, `dhcp`, …). Wire form `RepairItem.N`."
      },
      {
        "flag": "--image-name",
        "param": "ImageName",
        "required": false,
        "description": "Deprecated: use `ImageOptions.ImageName`."
      },
      {
        "flag": "--image-family",
        "param": "ImageFamily",
        "required": false,
        "description": "Deprecated: use `ImageOptions.ImageFamily`."
      },
      {
        "flag": "--nvme-support",
        "param": "NvmeSupport",
        "required": false,
        "description": "Deprecated: use `ImageOptions.ImageFeatures.NvmeSupport`."
      },
      {
        "flag": "--image-options",
        "param": "ImageOptions",
        "required": false,
        "description": "Properties of the image to build. Wire form `ImageOptions.ImageName`, `ImageOptions.ImageTags.N.Key`, ….",
        "fields": {
          "ImageOptions.ImageName": "The image name prefix; the image is named `{ImageName}_{ExecutionId}` unless `AdvancedOptions.ImageNameSuffix=disable`.",
          "ImageOptions.ImageFamily": "The image family of the new image.",
          "ImageOptions.Description": "The description of the new image.",
          "ImageOptions.ImageFeatures": "Features of the new image.",
          "ImageOptions.ImageFeatures.NvmeSupport": "Whether the image supports NVMe (`auto` detects the driver before the build).",
          "ImageOptions.ImageTags": "Tags put on the new image. Wire form `ImageOptions.ImageTags.N.Key`, N from 1 to 20.",
          "ImageOptions.ImageTags.Key": "The tag key; must not start with `aliyun` or `acs:` nor contain `http://` or `https://`.",
          "ImageOptions.ImageTags.Value": "The tag value; must not start with `acs:` nor contain `http://` or `https://`."
        }
      },
      {
        "flag": "--advanced-options",
        "param": "AdvancedOptions",
        "required": false,
        "description": "Advanced build options. Wire form `AdvancedOptions.ImageNameSuffix`, ….",
        "fields": {
          "AdvancedOptions.ImageNameSuffix": "`disable` turns off the `_{ExecutionId}` suffix of the image name.",
          "AdvancedOptions.RetainCloudAssistant": "Whether the Cloud Assistant agent the build installs is kept (default `false`)."
        }
      },
      {
        "flag": "--import-image-options",
        "param": "ImportImageOptions",
        "required": false,
        "description": "How to import the source image from OSS; required with `BaseImageType=OSS`. Wire form `ImportImageOptions.DiskDeviceMappings.N.OSSBucket`, ….",
        "fields": {
          "ImportImageOptions.DiskDeviceMappings": "The disks of the image file; the first is the system disk. Wire form `ImportImageOptions.DiskDeviceMappings.N.OSSBucket`, N from 1 to 17.",
          "ImportImageOptions.DiskDeviceMappings.OSSBucket": "The OSS bucket holding the image file.",
          "ImportImageOptions.DiskDeviceMappings.OSSObject": "The object name of the image file.",
          "ImportImageOptions.DiskDeviceMappings.Format": "The image file format; detected when left out.",
          "ImportImageOptions.DiskDeviceMappings.DiskImageSize": "The disk size, in GiB.",
          "ImportImageOptions.Architecture": "The architecture (default `x86_64`).",
          "ImportImageOptions.OSType": "The OS type (default `linux`).",
          "ImportImageOptions.Platform": "The OS distribution.",
          "ImportImageOptions.BootMode": "The boot mode (default `BIOS`; `UEFI` with `arm64`).",
          "ImportImageOptions.LicenseType": "Where the OS licence comes from (default `Auto`).",
          "ImportImageOptions.Description": "The description of the imported image.",
          "ImportImageOptions.ImageName": "The name of the imported image.",
          "ImportImageOptions.Features": "Features of the imported image.",
          "ImportImageOptions.Features.NvmeSupport": "NVMe support (default `unsupported`).",
          "ImportImageOptions.Features.ImdsSupport": "The metadata access mode (default `v1`).",
          "ImportImageOptions.ImportImageTags": "Tags of the imported image.",
          "ImportImageOptions.ImportImageTags.Key": "The tag key; must not start with `aliyun` or `acs:` nor contain `http://` or `https://`.",
          "ImportImageOptions.ImportImageTags.Value": "The tag value; must not start with `acs:` nor contain `http://` or `https://`.",
          "ImportImageOptions.RetentionStrategy": "Whether the imported intermediate image is kept (default `RetainNever`).",
          "ImportImageOptions.RetainImportedImage": "Deprecated; use `RetentionStrategy`.",
          "ImportImageOptions.RoleName": "The RAM role used for the import."
        }
      }
    ]
  },
  {
    "name": "delete-image-pipeline",
    "action": "DeleteImagePipeline",
    "summary": "Delete an image template",
    "description": "Deletes an image template and its build tasks. Refused while a build task of the template is still running.\nNot idempotent: deleting again answers `InvalidImagePipeline.NotFound`, so the client retries it only when\nthe request cannot have been executed.",
    "flags": [
      {
        "flag": "--region-id",
        "param": "RegionId",
        "required": true,
        "description": "The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list."
      },
      {
        "flag": "--image-pipeline-id",
        "param": "ImagePipelineId",
        "required": true,
        "description": "The template ID."
      }
    ]
  },
  {
    "name": "start-image-pipeline-execution",
    "action": "StartImagePipelineExecution",
    "summary": "Start an image build",
    "description": "Starts a build task (execution) of a template: the image is built, tested, copied and shared as the template\nsays. One running task per template. Idempotent with `ClientToken` (filled in and reused by the client).",
    "flags": [
      {
        "flag": "--region-id",
        "param": "RegionId",
        "required": true,
        "description": "The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list."
      },
      {
        "flag": "--image-pipeline-id",
        "param": "ImagePipelineId",
        "required": true,
        "description": "The template ID."
      },
      {
        "flag": "--client-token",
        "param": "ClientToken",
        "required": false,
        "description": "A token that makes the request idempotent: ASCII, at most 64 characters, unique per request. The client fills in a UUID when none is given and sends the same one on every retry."
      },
      {
        "flag": "--tag",
        "param": "Tag",
        "required": false,
        "description": "Tags of the new resource. Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20; keys must be unique."
      },
      {
        "flag": "--template-tag",
        "param": "TemplateTag",
        "required": false,
        "description": "Deprecated; not publicly available. Wire form `TemplateTag.N.Key` / `TemplateTag.N.Value`."
      }
    ]
  },
  {
    "name": "cancel-image-pipeline-execution",
    "action": "CancelImagePipelineExecution",
    "summary": "Cancel an image build",
    "description": "Cancels a build task while it is `PREPARING`, `REPAIRING` or `BUILDING`; it goes to `CANCELLING`, then\n`CANCELLED`. Not idempotent: the client retries it only when the request cannot have been executed.",
    "flags": [
      {
        "flag": "--region-id",
        "param": "RegionId",
        "required": true,
        "description": "The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list."
      },
      {
        "flag": "--execution-id",
        "param": "ExecutionId",
        "required": true,
        "description": "The build task ID."
      },
      {
        "flag": "--template-tag",
        "param": "TemplateTag",
        "required": false,
        "description": "Deprecated; not publicly available. Wire form `TemplateTag.N.Key` / `TemplateTag.N.Value`."
      }
    ]
  },
  {
    "name": "create-image-component",
    "action": "CreateImageComponent",
    "summary": "Create an image component",
    "description": "Creates a custom image component: a reusable, versioned block of build or test commands that templates\nreference with `COMPONENT ic-…`. Idempotent with `ClientToken` (filled in and reused by the client).",
    "flags": [
      {
        "flag": "--region-id",
        "param": "RegionId",
        "required": true,
        "description": "The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list."
      },
      {
        "flag": "--content",
        "param": "Content",
        "required": true,
        "description": "The component body: YAML (`Parameters:`, `Tasks:`) or Dockerfile-style commands, at most 16 KB; no `FROM` or `COMPONENT` commands."
      },
      {
        "flag": "--name",
        "param": "Name",
        "required": false,
        "description": "The component name (shared by its versions), 2 to 128 characters: starts with a letter or a Chinese character, then letters, Chinese characters, digits, `:`, `_`, `.` or `-`. Defaults to the component ID."
      },
      {
        "flag": "--component-version",
        "param": "ComponentVersion",
        "required": false,
        "description": "The version, `major.minor.patch`. Default: one major version above the highest of that name (`(x+1).0.0`)."
      },
      {
        "flag": "--component-type",
        "param": "ComponentType",
        "required": false,
        "description": "`Build` (for build templates, the default) or `Test` (for test templates)."
      },
      {
        "flag": "--system-type",
        "param": "SystemType",
        "required": false,
        "description": "The operating system: `Linux` (default) or `Windows`."
      },
      {
        "flag": "--description",
        "param": "Description",
        "required": false,
        "description": "The component description, 2 to 256 characters; must not start with `http://` or `https://`."
      },
      {
        "flag": "--resource-group-id",
        "param": "ResourceGroupId",
        "required": false,
        "description": "The resource group ID. Filtering by the default resource group is not supported."
      },
      {
        "flag": "--tag",
        "param": "Tag",
        "required": false,
        "description": "Tags of the new resource. Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20; keys must be unique."
      },
      {
        "flag": "--client-token",
        "param": "ClientToken",
        "required": false,
        "description": "A token that makes the request idempotent: ASCII, at most 64 characters, unique per request. The client fills in a UUID when none is given and sends the same one on every retry."
      }
    ]
  },
  {
    "name": "delete-image-component",
    "action": "DeleteImageComponent",
    "summary": "Delete an image component",
    "description": "Deletes one of your own (`Owner=SELF`) image components. Refused while a template uses it. Not idempotent:\nthe client retries it only when the request cannot have been executed.",
    "flags": [
      {
        "flag": "--region-id",
        "param": "RegionId",
        "required": true,
        "description": "The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list."
      },
      {
        "flag": "--image-component-id",
        "param": "ImageComponentId",
        "required": true,
        "description": "The component ID."
      }
    ]
  }
];
