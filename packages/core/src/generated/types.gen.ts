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
