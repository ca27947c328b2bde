// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.
export interface paths {
    "/": {
        parameters: {
            query: {
                /**
                 * @description The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description Tags that a template must all carry. A tag without `Value` matches any value of that key.
                 *     Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20.
                 * @example [
                 *       {
                 *         "Key": "TestKey",
                 *         "Value": "TestValue"
                 *       }
                 *     ]
                 */
                Tag?: components["parameters"]["Tag"];
                /**
                 * @description Template IDs to return (any of them). Wire form `ImagePipelineId.N`, N from 1 to 20.
                 * @example [
                 *       "ip-2ze5tsl5bp6nf2b3****"
                 *     ]
                 */
                ImagePipelineId?: components["parameters"]["ImagePipelineId"];
                /**
                 * @description The template name.
                 * @example testImagePipeline
                 */
                Name?: components["parameters"]["Name"];
                /**
                 * @description The resource group ID. Filtering by the default resource group is not supported.
                 * @example rg-bp67acfmxazb4p****
                 */
                ResourceGroupId?: components["parameters"]["ResourceGroupId"];
                /**
                 * @description The `NextToken` of the previous page. Leave it out for the first page.
                 * @example AAAAAdDWBF2****
                 */
                NextToken?: components["parameters"]["NextToken"];
                /**
                 * @description The number of entries per page.
                 * @example 50
                 */
                MaxResults?: components["parameters"]["MaxResults"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query image templates
         * @description Returns the image templates of a region that match every given filter, one page at a time. Pass the
         *     `NextToken` of the previous page to get the next; the last page has no `NextToken`.
         */
        get: operations["describeImagePipelines"];
        put?: never;
        /**
         * Query image templates (POST)
         * @description The same action sent with POST, as Alibaba's SDKs do. The parameters stay in the URL query and the
         *     body is empty.
         */
        post: operations["describeImagePipelinesPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A tag filter. Without `Value` it matches any value of `Key`. */
        RequestTag: {
            /**
             * @description The tag key.
             * @example TestKey
             */
            Key: string;
            /**
             * @description The tag value.
             * @example TestValue
             */
            Value?: string;
        };
        /** @description One page of the result. */
        DescribeImagePipelinesResponseBody: {
            /**
             * @description The request ID.
             * @example 473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E
             */
            RequestId: string;
            /**
             * @description The number of templates that match the filters (all pages).
             * @example 1
             */
            TotalCount?: number;
            /**
             * @description The page size used.
             * @example 50
             */
            MaxResults?: number;
            /**
             * @description The token of the next page; absent or empty on the last page.
             * @example AAAAAdDWBF2****
             */
            NextToken?: string;
            /** @description The templates of this page. */
            ImagePipeline?: {
                ImagePipelineSet?: components["schemas"]["ImagePipeline"][];
            };
        };
        /** @description One image template. */
        ImagePipeline: {
            /**
             * @description The template ID.
             * @example ip-2ze5tsl5bp6nf2b3****
             */
            ImagePipelineId?: string;
            /**
             * @description The template name.
             * @example testImagePipeline
             */
            Name?: string;
            /**
             * @description The description.
             * @example This is description.
             */
            Description?: string;
            /**
             * @description The source image type: `IMAGE` (a custom image) or `IMAGE_FAMILY` (an image family).
             * @example IMAGE
             */
            BaseImageType?: string;
            /**
             * @description The source image, an image ID or an image family name depending on `BaseImageType`.
             * @example m-bp67acfmxazb4p****
             */
            BaseImage?: string;
            /**
             * @description The name prefix of the image to build.
             * @example testImageName
             */
            ImageName?: string;
            /** @description The image family of the image to build. */
            ImageFamily?: string;
            /**
             * @description The instance type of the intermediate build instance.
             * @example ecs.g6.large
             */
            InstanceType?: string;
            /**
             * @description The vSwitch ID of the VPC the build instance runs in.
             * @example vsw-bp67acfmxazb4p****
             */
            VSwitchId?: string;
            /**
             * @description The resource group ID.
             * @example rg-bp67acfmxazb4p****
             */
            ResourceGroupId?: string;
            /**
             * @description When the template was created, ISO 8601 in UTC (`2020-11-24T06:00:00Z`).
             * @example 2020-11-24T06:00:00Z
             */
            CreationTime?: string;
            /**
             * @description The template content (build commands).
             * @example FROM IMAGE:m-bp67acfmxazb4p****
             */
            BuildContent?: string;
            /** @description The test commands run on the built image. */
            TestContent?: string;
            /** @description The repair mode of the image check. */
            RepairMode?: string;
            /** @description Whether the built image supports NVMe. */
            NvmeSupport?: string;
            /**
             * @description The system disk size of the build instance, in GiB.
             * @example 40
             */
            SystemDiskSize?: number;
            /**
             * @description The outbound public bandwidth of the build instance, in Mbit/s.
             * @example 0
             */
            InternetMaxBandwidthOut?: number;
            /**
             * @description Whether the build instance is released when the build fails.
             * @example true
             */
            DeleteInstanceOnFailure?: boolean;
            /** @description The Alibaba Cloud account IDs the image is shared with. */
            AddAccounts?: {
                AddAccount?: string[];
            };
            /** @description The regions the image is copied to. */
            ToRegionIds?: {
                ToRegionId?: string[];
            };
            /** @description The tags of the template. */
            Tags?: {
                Tag?: components["schemas"]["ResourceTag"][];
            };
            /** @description The check items that the repair mode fixes. */
            RepairItems?: {
                RepairItem?: string[];
            };
            /** @description Advanced build options. */
            AdvancedOptions?: {
                /** @description The suffix appended to the image name. */
                ImageNameSuffix?: string;
                /** @description Whether Cloud Assistant is kept in the built image. */
                RetainCloudAssistant?: boolean;
            };
            ImageOptions?: components["schemas"]["ImageOptions"];
            ImportImageOptions?: components["schemas"]["ImportImageOptions"];
        };
        /** @description A tag on a resource (response form, `TagKey` / `TagValue`). */
        ResourceTag: {
            /**
             * @description The tag key.
             * @example TestKey
             */
            TagKey?: string;
            /**
             * @description The tag value.
             * @example TestValue
             */
            TagValue?: string;
        };
        /** @description Properties of the image to build. */
        ImageOptions: {
            /** @description The image name. */
            ImageName?: string;
            /** @description The image family. */
            ImageFamily?: string;
            /** @description The image description. */
            Description?: string;
            /** @description Image features. */
            ImageFeatures?: {
                /** @description Whether the image supports NVMe. */
                NvmeSupport?: string;
            };
            /** @description Tags of the built image. */
            ImageTags?: {
                ImageTag?: components["schemas"]["ResourceTag"][];
            };
        };
        /** @description Options for a template whose base image is imported from OSS. */
        ImportImageOptions: {
            /** @description The system architecture. */
            Architecture?: string;
            /** @description The boot mode. */
            BootMode?: string;
            /** @description The image description. */
            Description?: string;
            /** @description The image name. */
            ImageName?: string;
            /** @description The license type. */
            LicenseType?: string;
            /** @description The operating system type. */
            OSType?: string;
            /** @description The operating system distribution. */
            Platform?: string;
            /** @description The retention strategy of the imported image. */
            RetentionStrategy?: string;
            /** @description The RAM role used to import. */
            RoleName?: string;
            /** @description Whether the imported image is kept. */
            RetainImportedImage?: boolean;
            /** @description Image features. */
            Features?: {
                /** @description The metadata access mode. */
                ImdsSupport?: string;
                /** @description Whether the image supports NVMe. */
                NvmeSupport?: string;
            };
            /** @description The disks of the imported image. */
            DiskDeviceMappings?: {
                DiskDeviceMapping?: {
                    /** @description The disk size, in GiB. */
                    DiskImageSize?: number;
                    /** @description The image file format. */
                    Format?: string;
                    /** @description The OSS bucket that holds the image file. */
                    OSSBucket?: string;
                    /** @description The OSS object name of the image file. */
                    OSSObject?: string;
                }[];
            };
            /** @description Tags of the imported image (`Key` / `Value`, unlike the other tag lists). */
            ImportImageTags?: {
                ImportImageTag?: {
                    /** @description The tag key. */
                    Key?: string;
                    /** @description The tag value. */
                    Value?: string;
                }[];
            };
        };
        /** @description The body of every error response. */
        EcsErrorBody: {
            /** @description The request ID; quote it to support. */
            RequestId: string;
            /** @description The endpoint that answered. */
            HostId?: string;
            /** @description The error code, for example `InvalidParameter`. */
            Code: string;
            /** @description What went wrong. */
            Message: string;
            /** @description A link to the troubleshooting page for this request. */
            Recommend?: string;
            /** @description With RAM denials, which policy denied which action (JSON text). */
            AccessDeniedDetail?: string;
        };
    };
    responses: {
        /** @description One page of image templates. */
        Success: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DescribeImagePipelinesResponseBody"];
            };
        };
        /**
         * @description The request was refused: a missing or invalid parameter, a bad signature, a stale timestamp, a replayed
         *     nonce, or throttling (`Throttling*` codes come with 400 and may carry `x-acs-retry-after`, in ms).
         */
        BadRequest: {
            headers: {
                /** @description With throttling, how long to wait before retrying, in milliseconds. */
                "x-acs-retry-after"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EcsErrorBody"];
            };
        };
        /** @description The caller may not perform this action. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EcsErrorBody"];
            };
        };
        /** @description The region (or action) does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EcsErrorBody"];
            };
        };
        /** @description The service failed; retrying may help. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EcsErrorBody"];
            };
        };
        /** @description The service is temporarily unavailable; retrying may help. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EcsErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
         * @example cn-hangzhou
         */
        RegionId: string;
        /**
         * @description Tags that a template must all carry. A tag without `Value` matches any value of that key.
         *     Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20.
         * @example [
         *       {
         *         "Key": "TestKey",
         *         "Value": "TestValue"
         *       }
         *     ]
         */
        Tag: components["schemas"]["RequestTag"][];
        /**
         * @description Template IDs to return (any of them). Wire form `ImagePipelineId.N`, N from 1 to 20.
         * @example [
         *       "ip-2ze5tsl5bp6nf2b3****"
         *     ]
         */
        ImagePipelineId: string[];
        /**
         * @description The template name.
         * @example testImagePipeline
         */
        Name: string;
        /**
         * @description The resource group ID. Filtering by the default resource group is not supported.
         * @example rg-bp67acfmxazb4p****
         */
        ResourceGroupId: string;
        /**
         * @description The `NextToken` of the previous page. Leave it out for the first page.
         * @example AAAAAdDWBF2****
         */
        NextToken: string;
        /**
         * @description The number of entries per page.
         * @example 50
         */
        MaxResults: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    describeImagePipelines: {
        parameters: {
            query: {
                /**
                 * @description The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description Tags that a template must all carry. A tag without `Value` matches any value of that key.
                 *     Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20.
                 * @example [
                 *       {
                 *         "Key": "TestKey",
                 *         "Value": "TestValue"
                 *       }
                 *     ]
                 */
                Tag?: components["parameters"]["Tag"];
                /**
                 * @description Template IDs to return (any of them). Wire form `ImagePipelineId.N`, N from 1 to 20.
                 * @example [
                 *       "ip-2ze5tsl5bp6nf2b3****"
                 *     ]
                 */
                ImagePipelineId?: components["parameters"]["ImagePipelineId"];
                /**
                 * @description The template name.
                 * @example testImagePipeline
                 */
                Name?: components["parameters"]["Name"];
                /**
                 * @description The resource group ID. Filtering by the default resource group is not supported.
                 * @example rg-bp67acfmxazb4p****
                 */
                ResourceGroupId?: components["parameters"]["ResourceGroupId"];
                /**
                 * @description The `NextToken` of the previous page. Leave it out for the first page.
                 * @example AAAAAdDWBF2****
                 */
                NextToken?: components["parameters"]["NextToken"];
                /**
                 * @description The number of entries per page.
                 * @example 50
                 */
                MaxResults?: components["parameters"]["MaxResults"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    describeImagePipelinesPost: {
        parameters: {
            query: {
                /**
                 * @description The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description Tags that a template must all carry. A tag without `Value` matches any value of that key.
                 *     Wire form `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20.
                 * @example [
                 *       {
                 *         "Key": "TestKey",
                 *         "Value": "TestValue"
                 *       }
                 *     ]
                 */
                Tag?: components["parameters"]["Tag"];
                /**
                 * @description Template IDs to return (any of them). Wire form `ImagePipelineId.N`, N from 1 to 20.
                 * @example [
                 *       "ip-2ze5tsl5bp6nf2b3****"
                 *     ]
                 */
                ImagePipelineId?: components["parameters"]["ImagePipelineId"];
                /**
                 * @description The template name.
                 * @example testImagePipeline
                 */
                Name?: components["parameters"]["Name"];
                /**
                 * @description The resource group ID. Filtering by the default resource group is not supported.
                 * @example rg-bp67acfmxazb4p****
                 */
                ResourceGroupId?: components["parameters"]["ResourceGroupId"];
                /**
                 * @description The `NextToken` of the previous page. Leave it out for the first page.
                 * @example AAAAAdDWBF2****
                 */
                NextToken?: components["parameters"]["NextToken"];
                /**
                 * @description The number of entries per page.
                 * @example 50
                 */
                MaxResults?: components["parameters"]["MaxResults"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
