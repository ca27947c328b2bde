// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.
export type ClientOptions = {
    baseUrl: 'https://ecs.{regionId}.aliyuncs.com' | 'https://ecs-vpc.{regionId}.aliyuncs.com' | (string & {});
};

/**
 * A tag filter. Without `Value` it matches any value of `Key`.
 */
export type RequestTag = {
    /**
     * The tag key.
     */
    Key: string;
    /**
     * The tag value.
     */
    Value?: string;
};

/**
 * One page of the result.
 */
export type DescribeImagePipelinesResponseBody = {
    /**
     * The request ID.
     */
    RequestId: string;
    /**
     * The number of templates that match the filters (all pages).
     */
    TotalCount?: number;
    /**
     * The page size used.
     */
    MaxResults?: number;
    /**
     * The token of the next page; absent or empty on the last page.
     */
    NextToken?: string;
    /**
     * The templates of this page.
     */
    ImagePipeline?: {
        ImagePipelineSet?: Array<ImagePipeline>;
    };
};

/**
 * One image template.
 */
export type ImagePipeline = {
    /**
     * The template ID.
     */
    ImagePipelineId?: string;
    /**
     * The template name.
     */
    Name?: string;
    /**
     * The description.
     */
    Description?: string;
    /**
     * The source image type: `IMAGE` (a custom image) or `IMAGE_FAMILY` (an image family).
     */
    BaseImageType?: string;
    /**
     * The source image, an image ID or an image family name depending on `BaseImageType`.
     */
    BaseImage?: string;
    /**
     * The name prefix of the image to build.
     */
    ImageName?: string;
    /**
     * The image family of the image to build.
     */
    ImageFamily?: string;
    /**
     * The instance type of the intermediate build instance.
     */
    InstanceType?: string;
    /**
     * The vSwitch ID of the VPC the build instance runs in.
     */
    VSwitchId?: string;
    /**
     * The resource group ID.
     */
    ResourceGroupId?: string;
    /**
     * When the template was created, ISO 8601 in UTC (`2020-11-24T06:00:00Z`).
     */
    CreationTime?: string;
    /**
     * The template content (build commands).
     */
    BuildContent?: string;
    /**
     * The test commands run on the built image.
     */
    TestContent?: string;
    /**
     * The repair mode of the image check.
     */
    RepairMode?: string;
    /**
     * Whether the built image supports NVMe.
     */
    NvmeSupport?: string;
    /**
     * The system disk size of the build instance, in GiB.
     */
    SystemDiskSize?: number;
    /**
     * The outbound public bandwidth of the build instance, in Mbit/s.
     */
    InternetMaxBandwidthOut?: number;
    /**
     * Whether the build instance is released when the build fails.
     */
    DeleteInstanceOnFailure?: boolean;
    /**
     * The Alibaba Cloud account IDs the image is shared with.
     */
    AddAccounts?: {
        AddAccount?: Array<string>;
    };
    /**
     * The regions the image is copied to.
     */
    ToRegionIds?: {
        ToRegionId?: Array<string>;
    };
    /**
     * The tags of the template.
     */
    Tags?: {
        Tag?: Array<ResourceTag>;
    };
    /**
     * The check items that the repair mode fixes.
     */
    RepairItems?: {
        RepairItem?: Array<string>;
    };
    /**
     * Advanced build options.
     */
    AdvancedOptions?: {
        /**
         * The suffix appended to the image name.
         */
        ImageNameSuffix?: string;
        /**
         * Whether Cloud Assistant is kept in the built image.
         */
        RetainCloudAssistant?: boolean;
    };
    ImageOptions?: ImageOptions;
    ImportImageOptions?: ImportImageOptions;
};

/**
 * One page of build tasks.
 */
export type DescribeImagePipelineExecutionsResponseBody = {
    /**
     * The request ID.
     */
    RequestId: string;
    /**
     * The number of tasks that match the filters (all pages).
     */
    TotalCount?: number;
    /**
     * The page size used.
     */
    MaxResults?: number;
    /**
     * The token of the next page; absent or empty on the last page.
     */
    NextToken?: string;
    /**
     * The tasks of this page.
     */
    ImagePipelineExecution?: {
        ImagePipelineExecutionSet?: Array<ImagePipelineExecution>;
    };
};

/**
 * One image build task.
 */
export type ImagePipelineExecution = {
    /**
     * The task ID.
     */
    ExecutionId?: string;
    /**
     * The template the task builds.
     */
    ImagePipelineId?: string;
    /**
     * The state: `PREPARING`, `REPAIRING`, `BUILDING`, `TESTING`, `DISTRIBUTING`, `RELEASING`, `CANCELLING`,
     * or a final one, `SUCCESS`, `PARTITION_SUCCESS`, `FAILED`, `TEST_FAILED`, `CANCELLED`.
     *
     */
    Status?: string;
    /**
     * The ID of the image built, once it exists.
     */
    ImageId?: string;
    /**
     * Progress or result text.
     */
    Message?: string;
    /**
     * Why the task failed.
     */
    ErrorCode?: string;
    /**
     * Details of the failure.
     */
    ErrorInfo?: string;
    /**
     * When the task was created, ISO 8601 in UTC.
     */
    CreationTime?: string;
    /**
     * When the task last changed, ISO 8601 in UTC.
     */
    ModifiedTime?: string;
    /**
     * The resource group ID.
     */
    ResourceGroupId?: string;
    /**
     * The tags of the task.
     */
    Tags?: {
        Tag?: Array<ResourceTag>;
    };
};

/**
 * One page of image components.
 */
export type DescribeImageComponentsResponseBody = {
    /**
     * The request ID.
     */
    RequestId: string;
    /**
     * The number of components that match the filters (all pages).
     */
    TotalCount?: number;
    /**
     * The page size used.
     */
    MaxResults?: number;
    /**
     * The token of the next page; absent or empty on the last page.
     */
    NextToken?: string;
    /**
     * The components of this page.
     */
    ImageComponent?: {
        ImageComponentSet?: Array<ImageComponent>;
    };
};

/**
 * One image component.
 */
export type ImageComponent = {
    /**
     * The component ID.
     */
    ImageComponentId?: string;
    /**
     * The component name.
     */
    Name?: string;
    /**
     * The component version, `major.minor.patch`.
     */
    ComponentVersion?: string;
    /**
     * `Build` or `Test`.
     */
    ComponentType?: string;
    /**
     * `Linux` or `Windows`.
     */
    SystemType?: string;
    /**
     * `SELF` or `ALIYUN`.
     */
    Owner?: string;
    /**
     * The component body.
     */
    Content?: string;
    /**
     * The description.
     */
    Description?: string;
    /**
     * When the component was created, ISO 8601 in UTC.
     */
    CreationTime?: string;
    /**
     * The resource group ID.
     */
    ResourceGroupId?: string;
    /**
     * The tags of the component.
     */
    Tags?: {
        Tag?: Array<ResourceTag>;
    };
    /**
     * The parameters the component declares.
     */
    Parameters?: {
        Parameter?: Array<ComponentParameter>;
    };
};

/**
 * A parameter a component declares.
 */
export type ComponentParameter = {
    /**
     * The parameter name.
     */
    Name?: string;
    /**
     * `String`, `Number` or `Boolean`.
     */
    Type?: string;
    /**
     * The default value.
     */
    DefaultValue?: string;
};

/**
 * A tag to put on a new resource.
 */
export type ResourceTagInput = {
    /**
     * a string of 1 to 128 characters, not starting with aliyun or acs:, without http:// or https://
     *
     * The tag key; must not start with `aliyun` or `acs:` nor contain `http://` or `https://`.
     */
    Key: string;
    /**
     * a string of at most 128 characters, not starting with acs:, without http:// or https://
     *
     * The tag value; must not start with `acs:` nor contain `http://` or `https://`.
     */
    Value?: string;
};

/**
 * Properties of the image to build.
 */
export type ImageOptionsInput = {
    /**
     * 2 to 64 characters, starting with a letter or a Chinese character, then letters, Chinese characters, digits, ':', '_', '.' or '-'
     *
     * The image name prefix; the image is named `{ImageName}_{ExecutionId}` unless `AdvancedOptions.ImageNameSuffix=disable`.
     */
    ImageName?: string;
    /**
     * 2 to 128 characters, starting with a letter or a Chinese character, not with aliyun, acs:, http:// or https://
     *
     * The image family of the new image.
     */
    ImageFamily?: string;
    /**
     * a string of 2 to 256 characters, not starting with http:// or https://
     *
     * The description of the new image.
     */
    Description?: string;
    /**
     * Features of the new image.
     */
    ImageFeatures?: {
        /**
         * Whether the image supports NVMe (`auto` detects the driver before the build).
         */
        NvmeSupport?: 'supported' | 'unsupported' | 'auto';
    };
    /**
     * Tags put on the new image. Wire form `ImageOptions.ImageTags.N.Key`, N from 1 to 20.
     */
    ImageTags?: Array<ResourceTagInput>;
};

/**
 * Advanced build options.
 */
export type AdvancedOptionsInput = {
    /**
     * `disable` turns off the `_{ExecutionId}` suffix of the image name.
     */
    ImageNameSuffix?: 'disable';
    /**
     * Whether the Cloud Assistant agent the build installs is kept (default `false`).
     */
    RetainCloudAssistant?: boolean;
};

/**
 * How the source image is imported from OSS (`BaseImageType=OSS`).
 */
export type ImportImageOptionsInput = {
    /**
     * The disks of the image file; the first is the system disk. Wire form `ImportImageOptions.DiskDeviceMappings.N.OSSBucket`, N from 1 to 17.
     */
    DiskDeviceMappings?: Array<{
        /**
         * The OSS bucket holding the image file.
         */
        OSSBucket: string;
        /**
         * a string of 1 to 1023 characters, not starting with http:// or https://
         *
         * The object name of the image file.
         */
        OSSObject: string;
        /**
         * The image file format; detected when left out.
         */
        Format?: 'RAW' | 'VHD' | 'QCOW2';
        /**
         * The disk size, in GiB.
         */
        DiskImageSize?: number;
    }>;
    /**
     * The architecture (default `x86_64`).
     */
    Architecture?: 'x86_64' | 'arm64';
    /**
     * The OS type (default `linux`).
     */
    OSType?: 'windows' | 'linux';
    /**
     * The OS distribution.
     */
    Platform?: 'Aliyun' | 'Anolis' | 'CentOS' | 'Ubuntu' | 'CoreOS' | 'SUSE' | 'Debian' | 'OpenSUSE' | 'FreeBSD' | 'RedHat' | 'Kylin' | 'UOS' | 'Fedora' | 'Fedora CoreOS' | 'CentOS Stream' | 'AlmaLinux' | 'Rocky Linux' | 'Gentoo' | 'Customized Linux' | 'Others Linux' | 'Windows Server 2022' | 'Windows Server 2019' | 'Windows Server 2016' | 'Windows Server 2012' | 'Windows Server 2008' | 'Windows Server 2003' | 'Other Windows';
    /**
     * The boot mode (default `BIOS`; `UEFI` with `arm64`).
     */
    BootMode?: 'BIOS' | 'UEFI';
    /**
     * Where the OS licence comes from (default `Auto`).
     */
    LicenseType?: 'Auto' | 'Aliyun' | 'BYOL';
    /**
     * The description of the imported image.
     */
    Description?: string;
    /**
     * The name of the imported image.
     */
    ImageName?: string;
    /**
     * Features of the imported image.
     */
    Features?: {
        /**
         * NVMe support (default `unsupported`).
         */
        NvmeSupport?: 'supported' | 'unsupported';
        /**
         * The metadata access mode (default `v1`).
         */
        ImdsSupport?: 'v1' | 'v2';
    };
    /**
     * Tags of the imported image.
     */
    ImportImageTags?: Array<ResourceTagInput>;
    /**
     * Whether the imported intermediate image is kept (default `RetainNever`).
     */
    RetentionStrategy?: 'RetainOnlySuccessful' | 'RetainOnlyFailed' | 'RetainAlways' | 'RetainNever';
    /**
     * Deprecated; use `RetentionStrategy`.
     *
     * @deprecated
     */
    RetainImportedImage?: boolean;
    /**
     * The RAM role used for the import.
     */
    RoleName?: string;
};

/**
 * The new template.
 */
export type CreateImagePipelineResponseBody = {
    /**
     * The request ID.
     */
    RequestId: string;
    /**
     * The ID of the new template.
     */
    ImagePipelineId?: string;
};

/**
 * The new build task.
 */
export type StartImagePipelineExecutionResponseBody = {
    /**
     * The request ID.
     */
    RequestId: string;
    /**
     * The ID of the new build task.
     */
    ExecutionId?: string;
};

/**
 * The new component.
 */
export type CreateImageComponentResponseBody = {
    /**
     * The request ID.
     */
    RequestId: string;
    /**
     * The ID of the new component.
     */
    ImageComponentId?: string;
};

/**
 * The answer of an action that returns nothing but its request ID.
 */
export type RequestIdOnlyResponseBody = {
    /**
     * The request ID.
     */
    RequestId: string;
};

/**
 * A tag on a resource (response form, `TagKey` / `TagValue`).
 */
export type ResourceTag = {
    /**
     * The tag key.
     */
    TagKey?: string;
    /**
     * The tag value.
     */
    TagValue?: string;
};

/**
 * Properties of the image to build.
 */
export type ImageOptions = {
    /**
     * The image name.
     */
    ImageName?: string;
    /**
     * The image family.
     */
    ImageFamily?: string;
    /**
     * The image description.
     */
    Description?: string;
    /**
     * Image features.
     */
    ImageFeatures?: {
        /**
         * Whether the image supports NVMe.
         */
        NvmeSupport?: string;
    };
    /**
     * Tags of the built image.
     */
    ImageTags?: {
        ImageTag?: Array<ResourceTag>;
    };
};

/**
 * Options for a template whose base image is imported from OSS.
 */
export type ImportImageOptions = {
    /**
     * The system architecture.
     */
    Architecture?: string;
    /**
     * The boot mode.
     */
    BootMode?: string;
    /**
     * The image description.
     */
    Description?: string;
    /**
     * The image name.
     */
    ImageName?: string;
    /**
     * The license type.
     */
    LicenseType?: string;
    /**
     * The operating system type.
     */
    OSType?: string;
    /**
     * The operating system distribution.
     */
    Platform?: string;
    /**
     * The retention strategy of the imported image.
     */
    RetentionStrategy?: string;
    /**
     * The RAM role used to import.
     */
    RoleName?: string;
    /**
     * Whether the imported image is kept.
     */
    RetainImportedImage?: boolean;
    /**
     * Image features.
     */
    Features?: {
        /**
         * The metadata access mode.
         */
        ImdsSupport?: string;
        /**
         * Whether the image supports NVMe.
         */
        NvmeSupport?: string;
    };
    /**
     * The disks of the imported image.
     */
    DiskDeviceMappings?: {
        DiskDeviceMapping?: Array<{
            /**
             * The disk size, in GiB.
             */
            DiskImageSize?: number;
            /**
             * The image file format.
             */
            Format?: string;
            /**
             * The OSS bucket that holds the image file.
             */
            OSSBucket?: string;
            /**
             * The OSS object name of the image file.
             */
            OSSObject?: string;
        }>;
    };
    /**
     * Tags of the imported image (`Key` / `Value`, unlike the other tag lists).
     */
    ImportImageTags?: {
        ImportImageTag?: Array<{
            /**
             * The tag key.
             */
            Key?: string;
            /**
             * The tag value.
             */
            Value?: string;
        }>;
    };
};

/**
 * The body of every error response.
 */
export type EcsErrorBody = {
    /**
     * The request ID; quote it to support.
     */
    RequestId: string;
    /**
     * The endpoint that answered.
     */
    HostId?: string;
    /**
     * The error code, for example `InvalidParameter`.
     */
    Code: string;
    /**
     * What went wrong.
     */
    Message: string;
    /**
     * A link to the troubleshooting page for this request.
     */
    Recommend?: string;
    /**
     * With RAM denials, which policy denied which action (JSON text).
     */
    AccessDeniedDetail?: string;
};

/**
 * The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
 */
export type RegionId = string;

/**
 * Tags that a template must all carry. A tag without `Value` matches any value of that key.
 * Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20.
 *
 */
export type Tag = Array<RequestTag>;

/**
 * Template IDs to return (any of them). Wire form `ImagePipelineId.N`, N from 1 to 20.
 */
export type ImagePipelineIds = Array<string>;

/**
 * The template whose build tasks to return. Give it, `ExecutionId`, or both.
 */
export type ImagePipelineId = string;

/**
 * The build task to return. Give it, `ImagePipelineId`, or both.
 */
export type ExecutionId = string;

/**
 * Task states to return, comma-separated (`BUILDING,DISTRIBUTING`): `PREPARING`, `REPAIRING`, `BUILDING`,
 * `TESTING`, `DISTRIBUTING`, `RELEASING`, `CANCELLING`, `SUCCESS`, `PARTITION_SUCCESS`, `FAILED`,
 * `TEST_FAILED`, `CANCELLED`. Leave it out for every state.
 *
 */
export type ExecutionStatus = string;

/**
 * Component IDs to return (any of them). Wire form `ImageComponentId.N`, N from 1 to 20.
 */
export type ImageComponentIds = Array<string>;

/**
 * The component name (exact match).
 */
export type ComponentName = string;

/**
 * The component version, `major.minor.patch`; one part may be the wildcard `*` (`1.0.*`). Applies only
 * together with `Name`.
 *
 */
export type ComponentVersion = string;

/**
 * The component type.
 */
export type ComponentType = 'Build' | 'Test';

/**
 * The operating system the component is for.
 */
export type SystemType = 'Linux' | 'Windows';

/**
 * `SELF` for your own components, `ALIYUN` for the system components of Alibaba Cloud.
 */
export type Owner = 'SELF' | 'ALIYUN';

/**
 * The template name.
 */
export type Name = string;

/**
 * The resource group ID. Filtering by the default resource group is not supported.
 */
export type ResourceGroupId = string;

/**
 * The `NextToken` of the previous page. Leave it out for the first page.
 */
export type NextToken = string;

/**
 * The number of entries per page.
 */
export type MaxResults = number;

/**
 * The kind of source image: `IMAGE` (an image ID), `IMAGE_FAMILY` (an image family) or `OSS` (imported from OSS, see `ImportImageOptions`).
 *
 */
export type BaseImageType = 'IMAGE' | 'IMAGE_FAMILY' | 'OSS';

/**
 * The source image: an image ID with `IMAGE`, an image family name with `IMAGE_FAMILY`; leave it out with `OSS`.
 *
 */
export type BaseImage = string;

/**
 * 2 to 128 characters, starting with a letter or a Chinese character, then letters, Chinese characters, digits, ':', '_', '.' or '-'
 *
 * The template name, 2 to 128 characters: starts with a letter or a Chinese character, then letters, Chinese characters, digits, `:`, `_`, `.` or `-`. Defaults to the template ID.
 *
 */
export type PipelineName = string;

/**
 * a string of 2 to 256 characters, not starting with http:// or https://
 *
 * The template description, 2 to 256 characters; must not start with `http://` or `https://`.
 *
 */
export type PipelineDescription = string;

/**
 * The build template: Dockerfile-style commands or `COMPONENT ic-…` references, at most 16 KB.
 *
 */
export type BuildContent = string;

/**
 * The test template (test components), at most 16 KB.
 *
 */
export type TestContent = string;

/**
 * A token that makes the request idempotent: ASCII, at most 64 characters, unique per request. The client fills in a UUID when none is given and sends the same one on every retry.
 *
 */
export type ClientToken = string;

/**
 * Whether the intermediate instance is released when the build fails. Default `true`.
 *
 */
export type DeleteInstanceOnFailure = boolean;

/**
 * The instance type of the intermediate instance. Default: the smallest type in stock.
 *
 */
export type InstanceType = string;

/**
 * The outbound public bandwidth of the intermediate instance, in Mbit/s (0 to 100, default 0).
 *
 */
export type InternetMaxBandwidthOut = number;

/**
 * The system disk size of the intermediate instance, in GiB (20 to 500, default 40).
 *
 */
export type SystemDiskSize = number;

/**
 * The vSwitch of the intermediate instance. Default: a new VPC and vSwitch are created.
 *
 */
export type VSwitchId = string;

/**
 * Alibaba Cloud account IDs to share the new image with. Wire form `AddAccount.N`, N from 1 to 20.
 *
 */
export type AddAccount = Array<string>;

/**
 * Regions to copy the new image to. Wire form `ToRegionId.N`, N from 1 to 20.
 *
 */
export type ToRegionId = Array<string>;

/**
 * Tags of the new resource. Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20; keys must be unique.
 *
 */
export type WriteTag = Array<ResourceTagInput>;

/**
 * Deprecated; not publicly available. Wire form `TemplateTag.N.Key` / `TemplateTag.N.Value`.
 *
 *
 * @deprecated
 */
export type TemplateTag = Array<RequestTag>;

/**
 * How the source image is repaired before the build: `Standard`, `All`, or `Customized` (the items in `RepairItem`).
 *
 */
export type RepairMode = 'Standard' | 'All' | 'Customized';

/**
 * The repair items of `RepairMode=Customized` (`fstab`, `grub`, `dhcp`, …). Wire form `RepairItem.N`.
 *
 */
export type RepairItem = Array<string>;

/**
 * Deprecated: use `ImageOptions.ImageName`.
 *
 *
 * @deprecated
 */
export type DeprecatedImageName = string;

/**
 * Deprecated: use `ImageOptions.ImageFamily`.
 *
 *
 * @deprecated
 */
export type DeprecatedImageFamily = string;

/**
 * Deprecated: use `ImageOptions.ImageFeatures.NvmeSupport`.
 *
 *
 * @deprecated
 */
export type DeprecatedNvmeSupport = 'supported' | 'unsupported' | 'auto';

/**
 * Properties of the image to build. Wire form `ImageOptions.ImageName`, `ImageOptions.ImageTags.N.Key`, ….
 *
 */
export type ImageOptionsParam = ImageOptionsInput;

/**
 * Advanced build options. Wire form `AdvancedOptions.ImageNameSuffix`, ….
 *
 */
export type AdvancedOptionsParam = AdvancedOptionsInput;

/**
 * How to import the source image from OSS; required with `BaseImageType=OSS`. Wire form `ImportImageOptions.DiskDeviceMappings.N.OSSBucket`, ….
 *
 */
export type ImportImageOptionsParam = ImportImageOptionsInput;

/**
 * The template ID.
 *
 */
export type RequiredImagePipelineId = string;

/**
 * The build task ID.
 *
 */
export type RequiredExecutionId = string;

/**
 * The component ID.
 *
 */
export type RequiredImageComponentId = string;

/**
 * The component body: YAML (`Parameters:`, `Tasks:`) or Dockerfile-style commands, at most 16 KB; no `FROM` or `COMPONENT` commands.
 *
 */
export type Content = string;

/**
 * 2 to 128 characters, starting with a letter or a Chinese character, then letters, Chinese characters, digits, ':', '_', '.' or '-'
 *
 * The component name (shared by its versions), 2 to 128 characters: starts with a letter or a Chinese character, then letters, Chinese characters, digits, `:`, `_`, `.` or `-`. Defaults to the component ID.
 *
 */
export type ComponentNameWrite = string;

/**
 * The version, `major.minor.patch`. Default: one major version above the highest of that name (`(x+1).0.0`).
 *
 */
export type ComponentVersionWrite = string;

/**
 * `Build` (for build templates, the default) or `Test` (for test templates).
 *
 */
export type ComponentTypeWrite = 'Build' | 'Test';

/**
 * The operating system: `Linux` (default) or `Windows`.
 *
 */
export type SystemTypeWrite = 'Linux' | 'Windows';

/**
 * a string of 2 to 256 characters, not starting with http:// or https://
 *
 * The component description, 2 to 256 characters; must not start with `http://` or `https://`.
 *
 */
export type ComponentDescription = string;

export type DescribeImagePipelinesData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
         */
        RegionId: string;
        /**
         * Tags that a template must all carry. A tag without `Value` matches any value of that key.
         * Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20.
         *
         */
        Tag?: Array<RequestTag>;
        /**
         * Template IDs to return (any of them). Wire form `ImagePipelineId.N`, N from 1 to 20.
         */
        ImagePipelineId?: Array<string>;
        /**
         * The template name.
         */
        Name?: string;
        /**
         * The resource group ID. Filtering by the default resource group is not supported.
         */
        ResourceGroupId?: string;
        /**
         * The `NextToken` of the previous page. Leave it out for the first page.
         */
        NextToken?: string;
        /**
         * The number of entries per page.
         */
        MaxResults?: number;
    };
    url: '/DescribeImagePipelines';
};

export type DescribeImagePipelinesErrors = {
    /**
     * The request was refused: a missing or invalid parameter, a bad signature, a stale timestamp, a replayed
     * nonce, or throttling (`Throttling*` codes come with 400 and may carry `x-acs-retry-after`, in ms).
     *
     */
    400: EcsErrorBody;
    /**
     * The caller may not perform this action.
     */
    403: EcsErrorBody;
    /**
     * The region (or action) does not exist.
     */
    404: EcsErrorBody;
    /**
     * The service failed; retrying may help.
     */
    500: EcsErrorBody;
    /**
     * The service is temporarily unavailable; retrying may help.
     */
    503: EcsErrorBody;
};

export type DescribeImagePipelinesError = DescribeImagePipelinesErrors[keyof DescribeImagePipelinesErrors];

export type DescribeImagePipelinesResponses = {
    /**
     * One page of image templates.
     */
    200: DescribeImagePipelinesResponseBody;
};

export type DescribeImagePipelinesResponse = DescribeImagePipelinesResponses[keyof DescribeImagePipelinesResponses];

export type DescribeImagePipelineExecutionsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
         */
        RegionId: string;
        /**
         * The template whose build tasks to return. Give it, `ExecutionId`, or both.
         */
        ImagePipelineId?: string;
        /**
         * The build task to return. Give it, `ImagePipelineId`, or both.
         */
        ExecutionId?: string;
        /**
         * Task states to return, comma-separated (`BUILDING,DISTRIBUTING`): `PREPARING`, `REPAIRING`, `BUILDING`,
         * `TESTING`, `DISTRIBUTING`, `RELEASING`, `CANCELLING`, `SUCCESS`, `PARTITION_SUCCESS`, `FAILED`,
         * `TEST_FAILED`, `CANCELLED`. Leave it out for every state.
         *
         */
        Status?: string;
        /**
         * Tags that a template must all carry. A tag without `Value` matches any value of that key.
         * Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20.
         *
         */
        Tag?: Array<RequestTag>;
        /**
         * The `NextToken` of the previous page. Leave it out for the first page.
         */
        NextToken?: string;
        /**
         * The number of entries per page.
         */
        MaxResults?: number;
    };
    url: '/DescribeImagePipelineExecutions';
};

export type DescribeImagePipelineExecutionsErrors = {
    /**
     * The request was refused: a missing or invalid parameter, a bad signature, a stale timestamp, a replayed
     * nonce, or throttling (`Throttling*` codes come with 400 and may carry `x-acs-retry-after`, in ms).
     *
     */
    400: EcsErrorBody;
    /**
     * The caller may not perform this action.
     */
    403: EcsErrorBody;
    /**
     * The region (or action) does not exist.
     */
    404: EcsErrorBody;
    /**
     * The service failed; retrying may help.
     */
    500: EcsErrorBody;
    /**
     * The service is temporarily unavailable; retrying may help.
     */
    503: EcsErrorBody;
};

export type DescribeImagePipelineExecutionsError = DescribeImagePipelineExecutionsErrors[keyof DescribeImagePipelineExecutionsErrors];

export type DescribeImagePipelineExecutionsResponses = {
    /**
     * One page of build tasks.
     */
    200: DescribeImagePipelineExecutionsResponseBody;
};

export type DescribeImagePipelineExecutionsResponse = DescribeImagePipelineExecutionsResponses[keyof DescribeImagePipelineExecutionsResponses];

export type DescribeImageComponentsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
         */
        RegionId: string;
        /**
         * Component IDs to return (any of them). Wire form `ImageComponentId.N`, N from 1 to 20.
         */
        ImageComponentId?: Array<string>;
        /**
         * The component name (exact match).
         */
        Name?: string;
        /**
         * The component version, `major.minor.patch`; one part may be the wildcard `*` (`1.0.*`). Applies only
         * together with `Name`.
         *
         */
        ComponentVersion?: string;
        /**
         * The component type.
         */
        ComponentType?: 'Build' | 'Test';
        /**
         * The operating system the component is for.
         */
        SystemType?: 'Linux' | 'Windows';
        /**
         * `SELF` for your own components, `ALIYUN` for the system components of Alibaba Cloud.
         */
        Owner?: 'SELF' | 'ALIYUN';
        /**
         * The resource group ID. Filtering by the default resource group is not supported.
         */
        ResourceGroupId?: string;
        /**
         * Tags that a template must all carry. A tag without `Value` matches any value of that key.
         * Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20.
         *
         */
        Tag?: Array<RequestTag>;
        /**
         * The `NextToken` of the previous page. Leave it out for the first page.
         */
        NextToken?: string;
        /**
         * The number of entries per page.
         */
        MaxResults?: number;
    };
    url: '/DescribeImageComponents';
};

export type DescribeImageComponentsErrors = {
    /**
     * The request was refused: a missing or invalid parameter, a bad signature, a stale timestamp, a replayed
     * nonce, or throttling (`Throttling*` codes come with 400 and may carry `x-acs-retry-after`, in ms).
     *
     */
    400: EcsErrorBody;
    /**
     * The caller may not perform this action.
     */
    403: EcsErrorBody;
    /**
     * The region (or action) does not exist.
     */
    404: EcsErrorBody;
    /**
     * The service failed; retrying may help.
     */
    500: EcsErrorBody;
    /**
     * The service is temporarily unavailable; retrying may help.
     */
    503: EcsErrorBody;
};

export type DescribeImageComponentsError = DescribeImageComponentsErrors[keyof DescribeImageComponentsErrors];

export type DescribeImageComponentsResponses = {
    /**
     * One page of image components.
     */
    200: DescribeImageComponentsResponseBody;
};

export type DescribeImageComponentsResponse = DescribeImageComponentsResponses[keyof DescribeImageComponentsResponses];

export type CreateImagePipelineData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
         */
        RegionId: string;
        /**
         * The kind of source image: `IMAGE` (an image ID), `IMAGE_FAMILY` (an image family) or `OSS` (imported from OSS, see `ImportImageOptions`).
         *
         */
        BaseImageType: 'IMAGE' | 'IMAGE_FAMILY' | 'OSS';
        /**
         * The source image: an image ID with `IMAGE`, an image family name with `IMAGE_FAMILY`; leave it out with `OSS`.
         *
         */
        BaseImage?: string;
        /**
         * 2 to 128 characters, starting with a letter or a Chinese character, then letters, Chinese characters, digits, ':', '_', '.' or '-'
         *
         * The template name, 2 to 128 characters: starts with a letter or a Chinese character, then letters, Chinese characters, digits, `:`, `_`, `.` or `-`. Defaults to the template ID.
         *
         */
        Name?: string;
        /**
         * a string of 2 to 256 characters, not starting with http:// or https://
         *
         * The template description, 2 to 256 characters; must not start with `http://` or `https://`.
         *
         */
        Description?: string;
        /**
         * The build template: Dockerfile-style commands or `COMPONENT ic-…` references, at most 16 KB.
         *
         */
        BuildContent?: string;
        /**
         * The test template (test components), at most 16 KB.
         *
         */
        TestContent?: string;
        /**
         * A token that makes the request idempotent: ASCII, at most 64 characters, unique per request. The client fills in a UUID when none is given and sends the same one on every retry.
         *
         */
        ClientToken?: string;
        /**
         * Whether the intermediate instance is released when the build fails. Default `true`.
         *
         */
        DeleteInstanceOnFailure?: boolean;
        /**
         * The instance type of the intermediate instance. Default: the smallest type in stock.
         *
         */
        InstanceType?: string;
        /**
         * The outbound public bandwidth of the intermediate instance, in Mbit/s (0 to 100, default 0).
         *
         */
        InternetMaxBandwidthOut?: number;
        /**
         * The system disk size of the intermediate instance, in GiB (20 to 500, default 40).
         *
         */
        SystemDiskSize?: number;
        /**
         * The vSwitch of the intermediate instance. Default: a new VPC and vSwitch are created.
         *
         */
        VSwitchId?: string;
        /**
         * The resource group ID. Filtering by the default resource group is not supported.
         */
        ResourceGroupId?: string;
        /**
         * Alibaba Cloud account IDs to share the new image with. Wire form `AddAccount.N`, N from 1 to 20.
         *
         */
        AddAccount?: Array<string>;
        /**
         * Regions to copy the new image to. Wire form `ToRegionId.N`, N from 1 to 20.
         *
         */
        ToRegionId?: Array<string>;
        /**
         * Tags of the new resource. Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20; keys must be unique.
         *
         */
        Tag?: Array<ResourceTagInput>;
        /**
         * How the source image is repaired before the build: `Standard`, `All`, or `Customized` (the items in `RepairItem`).
         *
         */
        RepairMode?: 'Standard' | 'All' | 'Customized';
        /**
         * The repair items of `RepairMode=Customized` (`fstab`, `grub`, `dhcp`, …). Wire form `RepairItem.N`.
         *
         */
        RepairItem?: Array<string>;
        /**
         * Deprecated: use `ImageOptions.ImageName`.
         *
         *
         * @deprecated
         */
        ImageName?: string;
        /**
         * Deprecated: use `ImageOptions.ImageFamily`.
         *
         *
         * @deprecated
         */
        ImageFamily?: string;
        /**
         * Deprecated: use `ImageOptions.ImageFeatures.NvmeSupport`.
         *
         *
         * @deprecated
         */
        NvmeSupport?: 'supported' | 'unsupported' | 'auto';
        /**
         * Properties of the image to build. Wire form `ImageOptions.ImageName`, `ImageOptions.ImageTags.N.Key`, ….
         *
         */
        ImageOptions?: ImageOptionsInput;
        /**
         * Advanced build options. Wire form `AdvancedOptions.ImageNameSuffix`, ….
         *
         */
        AdvancedOptions?: AdvancedOptionsInput;
        /**
         * How to import the source image from OSS; required with `BaseImageType=OSS`. Wire form `ImportImageOptions.DiskDeviceMappings.N.OSSBucket`, ….
         *
         */
        ImportImageOptions?: ImportImageOptionsInput;
    };
    url: '/CreateImagePipeline';
};

export type CreateImagePipelineErrors = {
    /**
     * The request was refused: a missing or invalid parameter, a bad signature, a stale timestamp, a replayed
     * nonce, or throttling (`Throttling*` codes come with 400 and may carry `x-acs-retry-after`, in ms).
     *
     */
    400: EcsErrorBody;
    /**
     * The caller may not perform this action.
     */
    403: EcsErrorBody;
    /**
     * The region (or action) does not exist.
     */
    404: EcsErrorBody;
    /**
     * The service failed; retrying may help.
     */
    500: EcsErrorBody;
    /**
     * The service is temporarily unavailable; retrying may help.
     */
    503: EcsErrorBody;
};

export type CreateImagePipelineError = CreateImagePipelineErrors[keyof CreateImagePipelineErrors];

export type CreateImagePipelineResponses = {
    /**
     * The new template.
     */
    200: CreateImagePipelineResponseBody;
};

export type CreateImagePipelineResponse = CreateImagePipelineResponses[keyof CreateImagePipelineResponses];

export type DeleteImagePipelineData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
         */
        RegionId: string;
        /**
         * The template ID.
         *
         */
        ImagePipelineId: string;
    };
    url: '/DeleteImagePipeline';
};

export type DeleteImagePipelineErrors = {
    /**
     * The request was refused: a missing or invalid parameter, a bad signature, a stale timestamp, a replayed
     * nonce, or throttling (`Throttling*` codes come with 400 and may carry `x-acs-retry-after`, in ms).
     *
     */
    400: EcsErrorBody;
    /**
     * The caller may not perform this action.
     */
    403: EcsErrorBody;
    /**
     * The region (or action) does not exist.
     */
    404: EcsErrorBody;
    /**
     * The service failed; retrying may help.
     */
    500: EcsErrorBody;
    /**
     * The service is temporarily unavailable; retrying may help.
     */
    503: EcsErrorBody;
};

export type DeleteImagePipelineError = DeleteImagePipelineErrors[keyof DeleteImagePipelineErrors];

export type DeleteImagePipelineResponses = {
    /**
     * Done.
     */
    200: RequestIdOnlyResponseBody;
};

export type DeleteImagePipelineResponse = DeleteImagePipelineResponses[keyof DeleteImagePipelineResponses];

export type StartImagePipelineExecutionData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
         */
        RegionId: string;
        /**
         * The template ID.
         *
         */
        ImagePipelineId: string;
        /**
         * A token that makes the request idempotent: ASCII, at most 64 characters, unique per request. The client fills in a UUID when none is given and sends the same one on every retry.
         *
         */
        ClientToken?: string;
        /**
         * Tags of the new resource. Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20; keys must be unique.
         *
         */
        Tag?: Array<ResourceTagInput>;
        /**
         * Deprecated; not publicly available. Wire form `TemplateTag.N.Key` / `TemplateTag.N.Value`.
         *
         *
         * @deprecated
         */
        TemplateTag?: Array<RequestTag>;
    };
    url: '/StartImagePipelineExecution';
};

export type StartImagePipelineExecutionErrors = {
    /**
     * The request was refused: a missing or invalid parameter, a bad signature, a stale timestamp, a replayed
     * nonce, or throttling (`Throttling*` codes come with 400 and may carry `x-acs-retry-after`, in ms).
     *
     */
    400: EcsErrorBody;
    /**
     * The caller may not perform this action.
     */
    403: EcsErrorBody;
    /**
     * The region (or action) does not exist.
     */
    404: EcsErrorBody;
    /**
     * The service failed; retrying may help.
     */
    500: EcsErrorBody;
    /**
     * The service is temporarily unavailable; retrying may help.
     */
    503: EcsErrorBody;
};

export type StartImagePipelineExecutionError = StartImagePipelineExecutionErrors[keyof StartImagePipelineExecutionErrors];

export type StartImagePipelineExecutionResponses = {
    /**
     * The new build task.
     */
    200: StartImagePipelineExecutionResponseBody;
};

export type StartImagePipelineExecutionResponse = StartImagePipelineExecutionResponses[keyof StartImagePipelineExecutionResponses];

export type CancelImagePipelineExecutionData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
         */
        RegionId: string;
        /**
         * The build task ID.
         *
         */
        ExecutionId: string;
        /**
         * Deprecated; not publicly available. Wire form `TemplateTag.N.Key` / `TemplateTag.N.Value`.
         *
         *
         * @deprecated
         */
        TemplateTag?: Array<RequestTag>;
    };
    url: '/CancelImagePipelineExecution';
};

export type CancelImagePipelineExecutionErrors = {
    /**
     * The request was refused: a missing or invalid parameter, a bad signature, a stale timestamp, a replayed
     * nonce, or throttling (`Throttling*` codes come with 400 and may carry `x-acs-retry-after`, in ms).
     *
     */
    400: EcsErrorBody;
    /**
     * The caller may not perform this action.
     */
    403: EcsErrorBody;
    /**
     * The region (or action) does not exist.
     */
    404: EcsErrorBody;
    /**
     * The service failed; retrying may help.
     */
    500: EcsErrorBody;
    /**
     * The service is temporarily unavailable; retrying may help.
     */
    503: EcsErrorBody;
};

export type CancelImagePipelineExecutionError = CancelImagePipelineExecutionErrors[keyof CancelImagePipelineExecutionErrors];

export type CancelImagePipelineExecutionResponses = {
    /**
     * Done.
     */
    200: RequestIdOnlyResponseBody;
};

export type CancelImagePipelineExecutionResponse = CancelImagePipelineExecutionResponses[keyof CancelImagePipelineExecutionResponses];

export type CreateImageComponentData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
         */
        RegionId: string;
        /**
         * The component body: YAML (`Parameters:`, `Tasks:`) or Dockerfile-style commands, at most 16 KB; no `FROM` or `COMPONENT` commands.
         *
         */
        Content: string;
        /**
         * 2 to 128 characters, starting with a letter or a Chinese character, then letters, Chinese characters, digits, ':', '_', '.' or '-'
         *
         * The component name (shared by its versions), 2 to 128 characters: starts with a letter or a Chinese character, then letters, Chinese characters, digits, `:`, `_`, `.` or `-`. Defaults to the component ID.
         *
         */
        Name?: string;
        /**
         * The version, `major.minor.patch`. Default: one major version above the highest of that name (`(x+1).0.0`).
         *
         */
        ComponentVersion?: string;
        /**
         * `Build` (for build templates, the default) or `Test` (for test templates).
         *
         */
        ComponentType?: 'Build' | 'Test';
        /**
         * The operating system: `Linux` (default) or `Windows`.
         *
         */
        SystemType?: 'Linux' | 'Windows';
        /**
         * a string of 2 to 256 characters, not starting with http:// or https://
         *
         * The component description, 2 to 256 characters; must not start with `http://` or `https://`.
         *
         */
        Description?: string;
        /**
         * The resource group ID. Filtering by the default resource group is not supported.
         */
        ResourceGroupId?: string;
        /**
         * Tags of the new resource. Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20; keys must be unique.
         *
         */
        Tag?: Array<ResourceTagInput>;
        /**
         * A token that makes the request idempotent: ASCII, at most 64 characters, unique per request. The client fills in a UUID when none is given and sends the same one on every retry.
         *
         */
        ClientToken?: string;
    };
    url: '/CreateImageComponent';
};

export type CreateImageComponentErrors = {
    /**
     * The request was refused: a missing or invalid parameter, a bad signature, a stale timestamp, a replayed
     * nonce, or throttling (`Throttling*` codes come with 400 and may carry `x-acs-retry-after`, in ms).
     *
     */
    400: EcsErrorBody;
    /**
     * The caller may not perform this action.
     */
    403: EcsErrorBody;
    /**
     * The region (or action) does not exist.
     */
    404: EcsErrorBody;
    /**
     * The service failed; retrying may help.
     */
    500: EcsErrorBody;
    /**
     * The service is temporarily unavailable; retrying may help.
     */
    503: EcsErrorBody;
};

export type CreateImageComponentError = CreateImageComponentErrors[keyof CreateImageComponentErrors];

export type CreateImageComponentResponses = {
    /**
     * The new component.
     */
    200: CreateImageComponentResponseBody;
};

export type CreateImageComponentResponse = CreateImageComponentResponses[keyof CreateImageComponentResponses];

export type DeleteImageComponentData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
         */
        RegionId: string;
        /**
         * The component ID.
         *
         */
        ImageComponentId: string;
    };
    url: '/DeleteImageComponent';
};

export type DeleteImageComponentErrors = {
    /**
     * The request was refused: a missing or invalid parameter, a bad signature, a stale timestamp, a replayed
     * nonce, or throttling (`Throttling*` codes come with 400 and may carry `x-acs-retry-after`, in ms).
     *
     */
    400: EcsErrorBody;
    /**
     * The caller may not perform this action.
     */
    403: EcsErrorBody;
    /**
     * The region (or action) does not exist.
     */
    404: EcsErrorBody;
    /**
     * The service failed; retrying may help.
     */
    500: EcsErrorBody;
    /**
     * The service is temporarily unavailable; retrying may help.
     */
    503: EcsErrorBody;
};

export type DeleteImageComponentError = DeleteImageComponentErrors[keyof DeleteImageComponentErrors];

export type DeleteImageComponentResponses = {
    /**
     * Done.
     */
    200: RequestIdOnlyResponseBody;
};

export type DeleteImageComponentResponse = DeleteImageComponentResponses[keyof DeleteImageComponentResponses];
