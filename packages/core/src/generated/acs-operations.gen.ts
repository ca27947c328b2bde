// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.
import type { DescribeImageComponentsData, DescribeImageComponentsResponse, DescribeImagePipelineExecutionsData, DescribeImagePipelineExecutionsResponse, DescribeImagePipelinesData, DescribeImagePipelinesResponse } from './types.gen.js';

/**
 * The request of DescribeImagePipelines, in wire spelling (Query image templates).
 */
export type DescribeImagePipelinesRequest = DescribeImagePipelinesData['query'];

/**
 * DescribeImagePipelines: Query image templates. The action's runtime rules (no prose).
 */
export const DescribeImagePipelines = {
    action: 'DescribeImagePipelines',
    version: '2014-05-26',
    request: {
        type: 'object',
        additionalProperties: false,
        required: ['RegionId'],
        properties: {
            RegionId: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
            },
            Tag: {
                type: 'array',
                maxItems: 20,
                items: {
                    type: 'object',
                    required: ['Key'],
                    additionalProperties: false,
                    properties: { Key: {
                            type: 'string',
                            minLength: 1,
                            maxLength: 128
                        }, Value: { type: 'string', maxLength: 128 } }
                },
                'x-acs-style': 'repeatList'
            },
            ImagePipelineId: {
                type: 'array',
                maxItems: 20,
                items: { type: 'string', minLength: 1 },
                'x-acs-style': 'repeatList'
            },
            Name: { type: 'string' },
            ResourceGroupId: { type: 'string' },
            NextToken: { type: 'string' },
            MaxResults: {
                type: 'integer',
                minimum: 1,
                maximum: 500,
                default: 50
            }
        }
    },
    response: {
        type: 'object',
        required: ['RequestId'],
        properties: {
            RequestId: { type: 'string' },
            TotalCount: { type: 'integer', minimum: 0 },
            MaxResults: { type: 'integer' },
            NextToken: { type: 'string' },
            ImagePipeline: {
                type: 'object',
                'x-acs-list-wrapper': true,
                properties: { ImagePipelineSet: { type: 'array', items: { type: 'object', properties: {
                                ImagePipelineId: { type: 'string' },
                                Name: { type: 'string' },
                                Description: { type: 'string' },
                                BaseImageType: { type: 'string' },
                                BaseImage: { type: 'string' },
                                ImageName: { type: 'string' },
                                ImageFamily: { type: 'string' },
                                InstanceType: { type: 'string' },
                                VSwitchId: { type: 'string' },
                                ResourceGroupId: { type: 'string' },
                                CreationTime: { type: 'string' },
                                BuildContent: { type: 'string' },
                                TestContent: { type: 'string' },
                                RepairMode: { type: 'string' },
                                NvmeSupport: { type: 'string' },
                                SystemDiskSize: { type: 'integer' },
                                InternetMaxBandwidthOut: { type: 'integer' },
                                DeleteInstanceOnFailure: { type: 'boolean' },
                                AddAccounts: {
                                    type: 'object',
                                    'x-acs-list-wrapper': true,
                                    properties: { AddAccount: { type: 'array', items: { type: 'string' } } }
                                },
                                ToRegionIds: {
                                    type: 'object',
                                    'x-acs-list-wrapper': true,
                                    properties: { ToRegionId: { type: 'array', items: { type: 'string' } } }
                                },
                                Tags: {
                                    type: 'object',
                                    'x-acs-list-wrapper': true,
                                    properties: { Tag: { type: 'array', items: { type: 'object', properties: { TagKey: { type: 'string' }, TagValue: { type: 'string' } } } } }
                                },
                                RepairItems: {
                                    type: 'object',
                                    'x-acs-list-wrapper': true,
                                    properties: { RepairItem: { type: 'array', items: { type: 'string' } } }
                                },
                                AdvancedOptions: { type: 'object', properties: { ImageNameSuffix: { type: 'string' }, RetainCloudAssistant: { type: 'boolean' } } },
                                ImageOptions: { type: 'object', properties: {
                                        ImageName: { type: 'string' },
                                        ImageFamily: { type: 'string' },
                                        Description: { type: 'string' },
                                        ImageFeatures: { type: 'object', properties: { NvmeSupport: { type: 'string' } } },
                                        ImageTags: {
                                            type: 'object',
                                            'x-acs-list-wrapper': true,
                                            properties: { ImageTag: { type: 'array', items: { type: 'object', properties: { TagKey: { type: 'string' }, TagValue: { type: 'string' } } } } }
                                        }
                                    } },
                                ImportImageOptions: { type: 'object', properties: {
                                        Architecture: { type: 'string' },
                                        BootMode: { type: 'string' },
                                        Description: { type: 'string' },
                                        ImageName: { type: 'string' },
                                        LicenseType: { type: 'string' },
                                        OSType: { type: 'string' },
                                        Platform: { type: 'string' },
                                        RetentionStrategy: { type: 'string' },
                                        RoleName: { type: 'string' },
                                        RetainImportedImage: { type: 'boolean' },
                                        Features: { type: 'object', properties: { ImdsSupport: { type: 'string' }, NvmeSupport: { type: 'string' } } },
                                        DiskDeviceMappings: {
                                            type: 'object',
                                            'x-acs-list-wrapper': true,
                                            properties: { DiskDeviceMapping: { type: 'array', items: { type: 'object', properties: {
                                                            DiskImageSize: { type: 'integer' },
                                                            Format: { type: 'string' },
                                                            OSSBucket: { type: 'string' },
                                                            OSSObject: { type: 'string' }
                                                        } } } }
                                        },
                                        ImportImageTags: {
                                            type: 'object',
                                            'x-acs-list-wrapper': true,
                                            properties: { ImportImageTag: { type: 'array', items: { type: 'object', properties: { Key: { type: 'string' }, Value: { type: 'string' } } } } }
                                        }
                                    } }
                            } } } }
            }
        }
    },
    errors: {
        MissingParameter: 400,
        InvalidParameter: 400,
        UnsupportedParameter: 400,
        IllegalTimestamp: 400,
        'InvalidTimeStamp.Format': 400,
        'InvalidTimeStamp.Expired': 400,
        SignatureNonceUsed: 400,
        IncompleteSignature: 400,
        SignatureDoesNotMatch: 400,
        'InvalidAccessKeyId.NotFound': 400,
        'InvalidAccessKeyId.Inactive': 400,
        'InvalidSecurityToken.Expired': 400,
        'InvalidSecurityToken.Malformed': 400,
        'InvalidSecurityToken.MismatchWithAccessKey': 400,
        InvalidNextToken: 400,
        Throttling: 400,
        'Throttling.User': 400,
        'Throttling.Api': 400,
        Forbidden: 403,
        'Forbidden.RAM': 403,
        'Forbidden.Unauthorized': 403,
        'Forbidden.SubUser': 403,
        'Forbidden.NotSupportRAM': 403,
        'Forbidden.RiskControl': 403,
        'Forbidden.AccessKeyDisabled': 403,
        UnsupportedHTTPMethod: 403,
        'InvalidRegionId.NotFound': 404,
        'InvalidAction.NotFound': 404,
        'InvalidApi.NotFound': 404,
        InternalError: 500,
        ServiceUnavailable: 503,
        'ServiceUnavailable.RegionMaintaining': 503
    },
    pagination: {
        inputToken: 'NextToken',
        outputToken: 'NextToken',
        pageSize: 'MaxResults',
        items: ['ImagePipeline', 'ImagePipelineSet']
    }
} as const;

/**
 * The request of DescribeImagePipelineExecutions, in wire spelling (Query image build tasks).
 */
export type DescribeImagePipelineExecutionsRequest = DescribeImagePipelineExecutionsData['query'];

/**
 * DescribeImagePipelineExecutions: Query image build tasks. The action's runtime rules (no prose).
 */
export const DescribeImagePipelineExecutions = {
    action: 'DescribeImagePipelineExecutions',
    version: '2014-05-26',
    request: {
        type: 'object',
        additionalProperties: false,
        required: ['RegionId'],
        'x-acs-any-required': ['ImagePipelineId', 'ExecutionId'],
        properties: {
            RegionId: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
            },
            ImagePipelineId: { type: 'string', minLength: 1 },
            ExecutionId: { type: 'string', minLength: 1 },
            Status: { type: 'string', pattern: '^(PREPARING|REPAIRING|BUILDING|TESTING|DISTRIBUTING|RELEASING|CANCELLING|SUCCESS|PARTITION_SUCCESS|FAILED|TEST_FAILED|CANCELLED)(,(PREPARING|REPAIRING|BUILDING|TESTING|DISTRIBUTING|RELEASING|CANCELLING|SUCCESS|PARTITION_SUCCESS|FAILED|TEST_FAILED|CANCELLED))*$' },
            Tag: {
                type: 'array',
                maxItems: 20,
                items: {
                    type: 'object',
                    required: ['Key'],
                    additionalProperties: false,
                    properties: { Key: {
                            type: 'string',
                            minLength: 1,
                            maxLength: 128
                        }, Value: { type: 'string', maxLength: 128 } }
                },
                'x-acs-style': 'repeatList'
            },
            NextToken: { type: 'string' },
            MaxResults: {
                type: 'integer',
                minimum: 1,
                maximum: 500,
                default: 50
            }
        }
    },
    response: {
        type: 'object',
        required: ['RequestId'],
        properties: {
            RequestId: { type: 'string' },
            TotalCount: { type: 'integer', minimum: 0 },
            MaxResults: { type: 'integer' },
            NextToken: { type: 'string' },
            ImagePipelineExecution: {
                type: 'object',
                'x-acs-list-wrapper': true,
                properties: { ImagePipelineExecutionSet: { type: 'array', items: { type: 'object', properties: {
                                ExecutionId: { type: 'string' },
                                ImagePipelineId: { type: 'string' },
                                Status: { type: 'string' },
                                ImageId: { type: 'string' },
                                Message: { type: 'string' },
                                ErrorCode: { type: 'string' },
                                ErrorInfo: { type: 'string' },
                                CreationTime: { type: 'string' },
                                ModifiedTime: { type: 'string' },
                                ResourceGroupId: { type: 'string' },
                                Tags: {
                                    type: 'object',
                                    'x-acs-list-wrapper': true,
                                    properties: { Tag: { type: 'array', items: { type: 'object', properties: { TagKey: { type: 'string' }, TagValue: { type: 'string' } } } } }
                                }
                            } } } }
            }
        }
    },
    errors: {
        MissingParameter: 400,
        InvalidParameter: 400,
        UnsupportedParameter: 400,
        IllegalTimestamp: 400,
        'InvalidTimeStamp.Format': 400,
        'InvalidTimeStamp.Expired': 400,
        SignatureNonceUsed: 400,
        IncompleteSignature: 400,
        SignatureDoesNotMatch: 400,
        'InvalidAccessKeyId.NotFound': 400,
        'InvalidAccessKeyId.Inactive': 400,
        'InvalidSecurityToken.Expired': 400,
        'InvalidSecurityToken.Malformed': 400,
        'InvalidSecurityToken.MismatchWithAccessKey': 400,
        InvalidNextToken: 400,
        Throttling: 400,
        'Throttling.User': 400,
        'Throttling.Api': 400,
        Forbidden: 403,
        'Forbidden.RAM': 403,
        'Forbidden.Unauthorized': 403,
        'Forbidden.SubUser': 403,
        'Forbidden.NotSupportRAM': 403,
        'Forbidden.RiskControl': 403,
        'Forbidden.AccessKeyDisabled': 403,
        UnsupportedHTTPMethod: 403,
        'InvalidRegionId.NotFound': 404,
        'InvalidAction.NotFound': 404,
        'InvalidApi.NotFound': 404,
        InternalError: 500,
        ServiceUnavailable: 503,
        'ServiceUnavailable.RegionMaintaining': 503,
        'MissingParameter.ImagePipelineId': 400,
        'InvalidParameter.Status': 400,
        'InvalidExecutionId.SizeExceeded': 400,
        'Invalid.NextToken': 403,
        'InvalidImagePipeline.NotFound': 404
    },
    pagination: {
        inputToken: 'NextToken',
        outputToken: 'NextToken',
        pageSize: 'MaxResults',
        items: ['ImagePipelineExecution', 'ImagePipelineExecutionSet']
    }
} as const;

/**
 * The request of DescribeImageComponents, in wire spelling (Query image components).
 */
export type DescribeImageComponentsRequest = DescribeImageComponentsData['query'];

/**
 * DescribeImageComponents: Query image components. The action's runtime rules (no prose).
 */
export const DescribeImageComponents = {
    action: 'DescribeImageComponents',
    version: '2014-05-26',
    request: {
        type: 'object',
        additionalProperties: false,
        required: ['RegionId'],
        properties: {
            RegionId: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
            },
            ImageComponentId: {
                type: 'array',
                maxItems: 20,
                items: { type: 'string', minLength: 1 },
                'x-acs-style': 'repeatList'
            },
            Name: { type: 'string' },
            ComponentVersion: { type: 'string', pattern: '^(\\d+|\\*)\\.(\\d+|\\*)\\.(\\d+|\\*)$' },
            ComponentType: { type: 'string', enum: ['Build', 'Test'] },
            SystemType: { type: 'string', enum: ['Linux', 'Windows'] },
            Owner: { type: 'string', enum: ['SELF', 'ALIYUN'] },
            ResourceGroupId: { type: 'string' },
            Tag: {
                type: 'array',
                maxItems: 20,
                items: {
                    type: 'object',
                    required: ['Key'],
                    additionalProperties: false,
                    properties: { Key: {
                            type: 'string',
                            minLength: 1,
                            maxLength: 128
                        }, Value: { type: 'string', maxLength: 128 } }
                },
                'x-acs-style': 'repeatList'
            },
            NextToken: { type: 'string' },
            MaxResults: {
                type: 'integer',
                minimum: 1,
                maximum: 500,
                default: 50
            }
        }
    },
    response: {
        type: 'object',
        required: ['RequestId'],
        properties: {
            RequestId: { type: 'string' },
            TotalCount: { type: 'integer', minimum: 0 },
            MaxResults: { type: 'integer' },
            NextToken: { type: 'string' },
            ImageComponent: {
                type: 'object',
                'x-acs-list-wrapper': true,
                properties: { ImageComponentSet: { type: 'array', items: { type: 'object', properties: {
                                ImageComponentId: { type: 'string' },
                                Name: { type: 'string' },
                                ComponentVersion: { type: 'string' },
                                ComponentType: { type: 'string' },
                                SystemType: { type: 'string' },
                                Owner: { type: 'string' },
                                Content: { type: 'string' },
                                Description: { type: 'string' },
                                CreationTime: { type: 'string' },
                                ResourceGroupId: { type: 'string' },
                                Tags: {
                                    type: 'object',
                                    'x-acs-list-wrapper': true,
                                    properties: { Tag: { type: 'array', items: { type: 'object', properties: { TagKey: { type: 'string' }, TagValue: { type: 'string' } } } } }
                                },
                                Parameters: {
                                    type: 'object',
                                    'x-acs-list-wrapper': true,
                                    properties: { Parameter: { type: 'array', items: { type: 'object', properties: {
                                                    Name: { type: 'string' },
                                                    Type: { type: 'string' },
                                                    DefaultValue: { type: 'string' }
                                                } } } }
                                }
                            } } } }
            }
        }
    },
    errors: {
        MissingParameter: 400,
        InvalidParameter: 400,
        UnsupportedParameter: 400,
        IllegalTimestamp: 400,
        'InvalidTimeStamp.Format': 400,
        'InvalidTimeStamp.Expired': 400,
        SignatureNonceUsed: 400,
        IncompleteSignature: 400,
        SignatureDoesNotMatch: 400,
        'InvalidAccessKeyId.NotFound': 400,
        'InvalidAccessKeyId.Inactive': 400,
        'InvalidSecurityToken.Expired': 400,
        'InvalidSecurityToken.Malformed': 400,
        'InvalidSecurityToken.MismatchWithAccessKey': 400,
        InvalidNextToken: 400,
        Throttling: 400,
        'Throttling.User': 400,
        'Throttling.Api': 400,
        Forbidden: 403,
        'Forbidden.RAM': 403,
        'Forbidden.Unauthorized': 403,
        'Forbidden.SubUser': 403,
        'Forbidden.NotSupportRAM': 403,
        'Forbidden.RiskControl': 403,
        'Forbidden.AccessKeyDisabled': 403,
        UnsupportedHTTPMethod: 403,
        'InvalidRegionId.NotFound': 404,
        'InvalidAction.NotFound': 404,
        'InvalidApi.NotFound': 404,
        InternalError: 500,
        ServiceUnavailable: 503,
        'ServiceUnavailable.RegionMaintaining': 503,
        'InvalidParameter.Owner': 400,
        'InvalidImageComponentIdSize.ExceededMaxNumber': 400,
        'InvalidSystemType.NotSupportedValue': 400,
        'InvalidComponentType.NotSupportedValue': 400,
        'InvalidParameter.ComponentVersion': 400,
        'Invalid.NextToken': 403
    },
    pagination: {
        inputToken: 'NextToken',
        outputToken: 'NextToken',
        pageSize: 'MaxResults',
        items: ['ImageComponent', 'ImageComponentSet']
    }
} as const;

/**
 * The request and response types of every action.
 */
export type OperationTypes = {
    DescribeImagePipelines: {
        request: DescribeImagePipelinesRequest;
        response: DescribeImagePipelinesResponse;
    };
    DescribeImagePipelineExecutions: {
        request: DescribeImagePipelineExecutionsRequest;
        response: DescribeImagePipelineExecutionsResponse;
    };
    DescribeImageComponents: {
        request: DescribeImageComponentsRequest;
        response: DescribeImageComponentsResponse;
    };
};

/**
 * Every operation of the spec, by action.
 */
export const operations = {
    DescribeImagePipelines,
    DescribeImagePipelineExecutions,
    DescribeImageComponents
};

/**
 * The parameters every action has, with their common rules.
 */
export const sharedParameters = {
    RegionId: {
        type: 'string',
        minLength: 1,
        maxLength: 64,
        pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
    },
    Tag: {
        type: 'array',
        maxItems: 20,
        items: {
            type: 'object',
            required: ['Key'],
            additionalProperties: false,
            properties: { Key: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 128
                }, Value: { type: 'string', maxLength: 128 } }
        },
        'x-acs-style': 'repeatList'
    },
    NextToken: { type: 'string' },
    MaxResults: {
        type: 'integer',
        minimum: 1,
        maximum: 500,
        default: 50
    }
} as const;

/**
 * The error body of every action (rules only).
 */
export const errorBodySchema = {
    type: 'object',
    required: [
        'RequestId',
        'Code',
        'Message'
    ],
    properties: {
        RequestId: { type: 'string' },
        HostId: { type: 'string' },
        Code: { type: 'string' },
        Message: { type: 'string' },
        Recommend: { type: 'string' },
        AccessDeniedDetail: { type: 'string' }
    }
} as const;
