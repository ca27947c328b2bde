// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.
import type { CancelImagePipelineExecutionData, CancelImagePipelineExecutionResponse, CreateImageComponentData, CreateImageComponentResponse, CreateImagePipelineData, CreateImagePipelineResponse, DeleteImageComponentData, DeleteImageComponentResponse, DeleteImagePipelineData, DeleteImagePipelineResponse, DescribeImageComponentsData, DescribeImageComponentsResponse, DescribeImagePipelineExecutionsData, DescribeImagePipelineExecutionsResponse, DescribeImagePipelinesData, DescribeImagePipelinesResponse, StartImagePipelineExecutionData, StartImagePipelineExecutionResponse } from './types.gen.js';

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
    errors: {},
    pagination: {
        inputToken: 'NextToken',
        outputToken: 'NextToken',
        pageSize: 'MaxResults',
        items: ['ImagePipeline', 'ImagePipelineSet']
    },
    readOnly: true
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
    },
    readOnly: true,
    waiters: { ImagePipelineExecutionComplete: {
            input: ['ExecutionId'],
            item: 'Status',
            success: ['SUCCESS', 'PARTITION_SUCCESS'],
            failure: [
                'FAILED',
                'TEST_FAILED',
                'CANCELLED'
            ]
        } }
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
    },
    readOnly: true
} as const;

/**
 * The request of CreateImagePipeline, in wire spelling (Create an image template).
 */
export type CreateImagePipelineRequest = CreateImagePipelineData['query'];

/**
 * CreateImagePipeline: Create an image template. The action's runtime rules (no prose).
 */
export const CreateImagePipeline = {
    action: 'CreateImagePipeline',
    version: '2014-05-26',
    request: {
        type: 'object',
        additionalProperties: false,
        required: ['RegionId', 'BaseImageType'],
        properties: {
            RegionId: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
            },
            BaseImageType: { type: 'string', enum: [
                    'IMAGE',
                    'IMAGE_FAMILY',
                    'OSS'
                ] },
            BaseImage: { type: 'string', minLength: 1 },
            Name: {
                type: 'string',
                minLength: 2,
                maxLength: 128,
                pattern: '^[A-Za-z\一-\龥][A-Za-z0-9\一-\龥:_.-]*$',
                title: '2 to 128 characters, starting with a letter or a Chinese character, then letters, Chinese characters, digits, \':\', \'_\', \'.\' or \'-\''
            },
            Description: {
                type: 'string',
                minLength: 2,
                maxLength: 256,
                pattern: '^(?!https?://)',
                title: 'a string of 2 to 256 characters, not starting with http:// or https://'
            },
            BuildContent: { type: 'string', maxLength: 16384 },
            TestContent: { type: 'string', maxLength: 16384 },
            ClientToken: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[\\x20-\\x7e]+$'
            },
            DeleteInstanceOnFailure: { type: 'boolean', default: true },
            InstanceType: { type: 'string', minLength: 1 },
            InternetMaxBandwidthOut: {
                type: 'integer',
                minimum: 0,
                maximum: 100,
                default: 0
            },
            SystemDiskSize: {
                type: 'integer',
                minimum: 20,
                maximum: 500,
                default: 40
            },
            VSwitchId: { type: 'string', minLength: 1 },
            ResourceGroupId: { type: 'string' },
            AddAccount: {
                type: 'array',
                maxItems: 20,
                items: { type: 'string', pattern: '^[0-9]{1,20}$' },
                'x-acs-style': 'repeatList'
            },
            ToRegionId: {
                type: 'array',
                maxItems: 20,
                items: { type: 'string', minLength: 1 },
                'x-acs-style': 'repeatList'
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
                            maxLength: 128,
                            pattern: '^(?!aliyun)(?!acs:)(?!.*https?://)',
                            title: 'a string of 1 to 128 characters, not starting with aliyun or acs:, without http:// or https://'
                        }, Value: {
                            type: 'string',
                            maxLength: 128,
                            pattern: '^(?!acs:)(?!.*https?://)',
                            title: 'a string of at most 128 characters, not starting with acs:, without http:// or https://'
                        } }
                },
                'x-acs-style': 'repeatList'
            },
            RepairMode: { type: 'string', enum: [
                    'Standard',
                    'All',
                    'Customized'
                ] },
            RepairItem: {
                type: 'array',
                maxItems: 20,
                items: { type: 'string', minLength: 1 },
                'x-acs-style': 'repeatList'
            },
            ImageName: {
                type: 'string',
                minLength: 2,
                maxLength: 64
            },
            ImageFamily: {
                type: 'string',
                minLength: 2,
                maxLength: 128
            },
            NvmeSupport: { type: 'string', enum: [
                    'supported',
                    'unsupported',
                    'auto'
                ] },
            ImageOptions: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    ImageName: {
                        type: 'string',
                        minLength: 2,
                        maxLength: 64,
                        pattern: '^[A-Za-z\一-\龥][A-Za-z0-9\一-\龥:_.-]*$',
                        title: '2 to 64 characters, starting with a letter or a Chinese character, then letters, Chinese characters, digits, \':\', \'_\', \'.\' or \'-\''
                    },
                    ImageFamily: {
                        type: 'string',
                        minLength: 2,
                        maxLength: 128,
                        pattern: '^(?!aliyun)(?!acs:)(?!https?://)[A-Za-z\一-\龥]',
                        title: '2 to 128 characters, starting with a letter or a Chinese character, not with aliyun, acs:, http:// or https://'
                    },
                    Description: {
                        type: 'string',
                        minLength: 2,
                        maxLength: 256,
                        pattern: '^(?!https?://)',
                        title: 'a string of 2 to 256 characters, not starting with http:// or https://'
                    },
                    ImageFeatures: {
                        type: 'object',
                        additionalProperties: false,
                        properties: { NvmeSupport: { type: 'string', enum: [
                                    'supported',
                                    'unsupported',
                                    'auto'
                                ] } }
                    },
                    ImageTags: {
                        type: 'array',
                        maxItems: 20,
                        items: {
                            type: 'object',
                            required: ['Key'],
                            additionalProperties: false,
                            properties: { Key: {
                                    type: 'string',
                                    minLength: 1,
                                    maxLength: 128,
                                    pattern: '^(?!aliyun)(?!acs:)(?!.*https?://)',
                                    title: 'a string of 1 to 128 characters, not starting with aliyun or acs:, without http:// or https://'
                                }, Value: {
                                    type: 'string',
                                    maxLength: 128,
                                    pattern: '^(?!acs:)(?!.*https?://)',
                                    title: 'a string of at most 128 characters, not starting with acs:, without http:// or https://'
                                } }
                        }
                    }
                },
                'x-acs-style': 'flat'
            },
            AdvancedOptions: {
                type: 'object',
                additionalProperties: false,
                properties: { ImageNameSuffix: { type: 'string', enum: ['disable'] }, RetainCloudAssistant: { type: 'boolean' } },
                'x-acs-style': 'flat'
            },
            ImportImageOptions: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    DiskDeviceMappings: {
                        type: 'array',
                        maxItems: 17,
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['OSSBucket', 'OSSObject'],
                            properties: {
                                OSSBucket: {
                                    type: 'string',
                                    minLength: 1,
                                    maxLength: 63,
                                    pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$'
                                },
                                OSSObject: {
                                    type: 'string',
                                    minLength: 1,
                                    maxLength: 1023,
                                    pattern: '^(?!https?://)',
                                    title: 'a string of 1 to 1023 characters, not starting with http:// or https://'
                                },
                                Format: { type: 'string', enum: [
                                        'RAW',
                                        'VHD',
                                        'QCOW2'
                                    ] },
                                DiskImageSize: {
                                    type: 'integer',
                                    minimum: 1,
                                    maximum: 2048
                                }
                            }
                        }
                    },
                    Architecture: { type: 'string', enum: ['x86_64', 'arm64'] },
                    OSType: { type: 'string', enum: ['windows', 'linux'] },
                    Platform: { type: 'string', enum: [
                            'Aliyun',
                            'Anolis',
                            'CentOS',
                            'Ubuntu',
                            'CoreOS',
                            'SUSE',
                            'Debian',
                            'OpenSUSE',
                            'FreeBSD',
                            'RedHat',
                            'Kylin',
                            'UOS',
                            'Fedora',
                            'Fedora CoreOS',
                            'CentOS Stream',
                            'AlmaLinux',
                            'Rocky Linux',
                            'Gentoo',
                            'Customized Linux',
                            'Others Linux',
                            'Windows Server 2022',
                            'Windows Server 2019',
                            'Windows Server 2016',
                            'Windows Server 2012',
                            'Windows Server 2008',
                            'Windows Server 2003',
                            'Other Windows'
                        ] },
                    BootMode: { type: 'string', enum: ['BIOS', 'UEFI'] },
                    LicenseType: { type: 'string', enum: [
                            'Auto',
                            'Aliyun',
                            'BYOL'
                        ] },
                    Description: { type: 'string' },
                    ImageName: { type: 'string' },
                    Features: {
                        type: 'object',
                        additionalProperties: false,
                        properties: { NvmeSupport: { type: 'string', enum: ['supported', 'unsupported'] }, ImdsSupport: { type: 'string', enum: ['v1', 'v2'] } }
                    },
                    ImportImageTags: {
                        type: 'array',
                        maxItems: 20,
                        items: {
                            type: 'object',
                            required: ['Key'],
                            additionalProperties: false,
                            properties: { Key: {
                                    type: 'string',
                                    minLength: 1,
                                    maxLength: 128,
                                    pattern: '^(?!aliyun)(?!acs:)(?!.*https?://)',
                                    title: 'a string of 1 to 128 characters, not starting with aliyun or acs:, without http:// or https://'
                                }, Value: {
                                    type: 'string',
                                    maxLength: 128,
                                    pattern: '^(?!acs:)(?!.*https?://)',
                                    title: 'a string of at most 128 characters, not starting with acs:, without http:// or https://'
                                } }
                        }
                    },
                    RetentionStrategy: { type: 'string', enum: [
                            'RetainOnlySuccessful',
                            'RetainOnlyFailed',
                            'RetainAlways',
                            'RetainNever'
                        ] },
                    RetainImportedImage: { type: 'boolean' },
                    RoleName: { type: 'string' }
                },
                'x-acs-style': 'flat'
            }
        }
    },
    response: {
        type: 'object',
        required: ['RequestId'],
        properties: { RequestId: { type: 'string' }, ImagePipelineId: { type: 'string' } }
    },
    errors: {
        'InvalidName.Malformed': 400,
        'InvalidDescription.Malformed': 400,
        'InvalidImageName.Malformed': 400,
        'InvalidBaseImageType.NotSupportedValue': 400,
        'InvalidSystemDiskSize.NotSupportedValue': 400,
        'InvalidInternetMaxBandwidthOut.NotSupportedValue': 400,
        'InvalidAddAccountSize.ExceededMaxNumber': 400,
        'InvalidToRegionIdSize.ExceededMaxNumber': 400,
        'InvalidBuildContent.LengthExceeded': 400,
        'InvalidImageTemplateCommandSize.ExceededMaxNumber': 400,
        'InvalidImageTemplateCommand.NotSupported': 400,
        'QuotaExceed.ImagePipeline': 400,
        'InvalidParameter.BuildContent': 400,
        'InvalidParameter.TestContent': 400,
        'InvalidImageComponent.NotSupported': 400,
        InvalidParameterCombination: 400,
        'InvalidParameter.RepairMode': 400,
        'InvalidImageFamily.Malformed': 400,
        'InvalidImageOptions.Description': 400,
        'InvalidImageName.Duplicated': 400,
        'Duplicate.TagKey': 400,
        'InvalidTagKey.Malformed': 400,
        'InvalidTagValue.Malformed': 400,
        'InvalidAdvancedOptions.ImageNameSuffix': 400,
        IdempotentParameterMismatch: 400,
        'ImagePipeline.NotSupportWindowsInstance': 403,
        'InvalidOperation.NoPermissionCreateServiceLinkedRole': 403,
        'InvalidImage.NotFound': 404,
        'InvalidResourceGroup.NotFound': 404,
        'ImageComponent.NotFound': 404,
        'InvalidInstanceType.NotFound': 404,
        'InvalidVSwitchId.NotFound': 404,
        'MissingParameter.RepairMode': 404,
        'MissingParameter.ImportImageOptions': 404,
        'MissingParameter.ImportImageOptionsDiskDeviceMappingsOSSObject': 404,
        'MissingParameter.ImportImageOptionsDiskDeviceMappingsOSSBucket': 404,
        'MissingParameter.ImageOptionsDiskDeviceMappings': 404
    },
    idempotencyToken: 'ClientToken'
} as const;

/**
 * The request of DeleteImagePipeline, in wire spelling (Delete an image template).
 */
export type DeleteImagePipelineRequest = DeleteImagePipelineData['query'];

/**
 * DeleteImagePipeline: Delete an image template. The action's runtime rules (no prose).
 */
export const DeleteImagePipeline = {
    action: 'DeleteImagePipeline',
    version: '2014-05-26',
    request: {
        type: 'object',
        additionalProperties: false,
        required: ['RegionId', 'ImagePipelineId'],
        properties: { RegionId: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
            }, ImagePipelineId: { type: 'string', minLength: 1 } }
    },
    response: {
        type: 'object',
        required: ['RequestId'],
        properties: { RequestId: { type: 'string' } }
    },
    errors: { 'InvalidImagePipeline.HasRunningExecution': 403, 'InvalidImagePipeline.NotFound': 404 }
} as const;

/**
 * The request of StartImagePipelineExecution, in wire spelling (Start an image build).
 */
export type StartImagePipelineExecutionRequest = StartImagePipelineExecutionData['query'];

/**
 * StartImagePipelineExecution: Start an image build. The action's runtime rules (no prose).
 */
export const StartImagePipelineExecution = {
    action: 'StartImagePipelineExecution',
    version: '2014-05-26',
    request: {
        type: 'object',
        additionalProperties: false,
        required: ['RegionId', 'ImagePipelineId'],
        properties: {
            RegionId: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
            },
            ImagePipelineId: { type: 'string', minLength: 1 },
            ClientToken: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[\\x20-\\x7e]+$'
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
                            maxLength: 128,
                            pattern: '^(?!aliyun)(?!acs:)(?!.*https?://)',
                            title: 'a string of 1 to 128 characters, not starting with aliyun or acs:, without http:// or https://'
                        }, Value: {
                            type: 'string',
                            maxLength: 128,
                            pattern: '^(?!acs:)(?!.*https?://)',
                            title: 'a string of at most 128 characters, not starting with acs:, without http:// or https://'
                        } }
                },
                'x-acs-style': 'repeatList'
            },
            TemplateTag: {
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
            }
        }
    },
    response: {
        type: 'object',
        required: ['RequestId'],
        properties: { RequestId: { type: 'string' }, ExecutionId: { type: 'string' } }
    },
    errors: {
        'InvalidImage.OsTypeUnsupported': 400,
        'InvalidParameter.BuildContent': 400,
        'InvalidParameter.TestContent': 400,
        'InvalidImageComponent.NotSupported': 400,
        'Duplicate.TagKey': 400,
        'InvalidTagKey.Malformed': 400,
        'InvalidTagValue.Malformed': 400,
        IdempotentParameterMismatch: 400,
        'InvalidImageName.Duplicated': 400,
        'InvalidImagePipeline.HasRunningExecution': 403,
        'InvalidImagePipeline.NotFound': 404,
        'InvalidInstanceType.NotFound': 404,
        'InvalidVSwitchId.NotFound': 404,
        'InvalidImage.NotFound': 404,
        'ImageComponent.NotFound': 404,
        'InvalidImagePipeline.BaseImageNotFound': 404,
        'StartImagePipelineExecution.Failed': 500
    },
    idempotencyToken: 'ClientToken'
} as const;

/**
 * The request of CancelImagePipelineExecution, in wire spelling (Cancel an image build).
 */
export type CancelImagePipelineExecutionRequest = CancelImagePipelineExecutionData['query'];

/**
 * CancelImagePipelineExecution: Cancel an image build. The action's runtime rules (no prose).
 */
export const CancelImagePipelineExecution = {
    action: 'CancelImagePipelineExecution',
    version: '2014-05-26',
    request: {
        type: 'object',
        additionalProperties: false,
        required: ['RegionId', 'ExecutionId'],
        properties: {
            RegionId: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
            },
            ExecutionId: { type: 'string', minLength: 1 },
            TemplateTag: {
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
            }
        }
    },
    response: {
        type: 'object',
        required: ['RequestId'],
        properties: { RequestId: { type: 'string' } }
    },
    errors: {
        'InvalidStatus.CancelFailed': 400,
        'InvalidStatus.ImagePipelineExecution': 403,
        'InvalidImagePipelineExecution.NotFound': 404,
        'InvalidImagePipelineExecutionId.NotFound': 404
    }
} as const;

/**
 * The request of CreateImageComponent, in wire spelling (Create an image component).
 */
export type CreateImageComponentRequest = CreateImageComponentData['query'];

/**
 * CreateImageComponent: Create an image component. The action's runtime rules (no prose).
 */
export const CreateImageComponent = {
    action: 'CreateImageComponent',
    version: '2014-05-26',
    request: {
        type: 'object',
        additionalProperties: false,
        required: ['RegionId', 'Content'],
        properties: {
            RegionId: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
            },
            Content: {
                type: 'string',
                minLength: 1,
                maxLength: 16384
            },
            Name: {
                type: 'string',
                minLength: 2,
                maxLength: 128,
                pattern: '^[A-Za-z\一-\龥][A-Za-z0-9\一-\龥:_.-]*$',
                title: '2 to 128 characters, starting with a letter or a Chinese character, then letters, Chinese characters, digits, \':\', \'_\', \'.\' or \'-\''
            },
            ComponentVersion: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
            ComponentType: {
                type: 'string',
                enum: ['Build', 'Test'],
                default: 'Build'
            },
            SystemType: {
                type: 'string',
                enum: ['Linux', 'Windows'],
                default: 'Linux'
            },
            Description: {
                type: 'string',
                minLength: 2,
                maxLength: 256,
                pattern: '^(?!https?://)',
                title: 'a string of 2 to 256 characters, not starting with http:// or https://'
            },
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
                            maxLength: 128,
                            pattern: '^(?!aliyun)(?!acs:)(?!.*https?://)',
                            title: 'a string of 1 to 128 characters, not starting with aliyun or acs:, without http:// or https://'
                        }, Value: {
                            type: 'string',
                            maxLength: 128,
                            pattern: '^(?!acs:)(?!.*https?://)',
                            title: 'a string of at most 128 characters, not starting with acs:, without http:// or https://'
                        } }
                },
                'x-acs-style': 'repeatList'
            },
            ClientToken: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[\\x20-\\x7e]+$'
            }
        }
    },
    response: {
        type: 'object',
        required: ['RequestId'],
        properties: { RequestId: { type: 'string' }, ImageComponentId: { type: 'string' } }
    },
    errors: {
        'InvalidCommand.Component': 400,
        'InvalidName.Malformed': 400,
        'InvalidDescription.Malformed': 400,
        'InvalidSystemType.NotSupportedValue': 400,
        'InvalidComponentType.NotSupportedValue': 400,
        'InvalidContent.LengthExceeded': 400,
        'InvalidImageTemplateCommandSize.ExceededMaxNumber': 400,
        'InvalidImageTemplateCommand.NotSupported': 400,
        'MissingParameter.Content': 400,
        'QuotaExceed.ImageComponent': 400,
        'InvalidParameter.Content': 400,
        'InvalidParameter.ComponentVersion': 400,
        'Duplicate.TagKey': 400,
        'InvalidTagKey.Malformed': 400,
        'InvalidTagValue.Malformed': 400,
        IdempotentParameterMismatch: 400,
        'InvalidComponentVersion.Exist': 403,
        'InvalidOperation.NoPermissionCreateServiceLinkedRole': 403,
        'InvalidResourceGroup.NotFound': 404,
        'NotSupportedCommand.FROM': 404
    },
    idempotencyToken: 'ClientToken'
} as const;

/**
 * The request of DeleteImageComponent, in wire spelling (Delete an image component).
 */
export type DeleteImageComponentRequest = DeleteImageComponentData['query'];

/**
 * DeleteImageComponent: Delete an image component. The action's runtime rules (no prose).
 */
export const DeleteImageComponent = {
    action: 'DeleteImageComponent',
    version: '2014-05-26',
    request: {
        type: 'object',
        additionalProperties: false,
        required: ['RegionId', 'ImageComponentId'],
        properties: { RegionId: {
                type: 'string',
                minLength: 1,
                maxLength: 64,
                pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
            }, ImageComponentId: { type: 'string', minLength: 1 } }
    },
    response: {
        type: 'object',
        required: ['RequestId'],
        properties: { RequestId: { type: 'string' } }
    },
    errors: { 'InvalidImageComponent.InUse': 403, 'InvalidImageComponent.NotFound': 404 }
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
    CreateImagePipeline: {
        request: CreateImagePipelineRequest;
        response: CreateImagePipelineResponse;
    };
    DeleteImagePipeline: {
        request: DeleteImagePipelineRequest;
        response: DeleteImagePipelineResponse;
    };
    StartImagePipelineExecution: {
        request: StartImagePipelineExecutionRequest;
        response: StartImagePipelineExecutionResponse;
    };
    CancelImagePipelineExecution: {
        request: CancelImagePipelineExecutionRequest;
        response: CancelImagePipelineExecutionResponse;
    };
    CreateImageComponent: {
        request: CreateImageComponentRequest;
        response: CreateImageComponentResponse;
    };
    DeleteImageComponent: {
        request: DeleteImageComponentRequest;
        response: DeleteImageComponentResponse;
    };
};

/**
 * Every operation of the spec, by action.
 */
export const operations = {
    DescribeImagePipelines,
    DescribeImagePipelineExecutions,
    DescribeImageComponents,
    CreateImagePipeline,
    DeleteImagePipeline,
    StartImagePipelineExecution,
    CancelImagePipelineExecution,
    CreateImageComponent,
    DeleteImageComponent
};

/**
 * The parameters every action has, with their common rules.
 */
export const sharedParameters = { RegionId: {
        type: 'string',
        minLength: 1,
        maxLength: 64,
        pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)+$'
    } } as const;

/**
 * Error codes any action may answer, with their HTTP status; each action lists its own in `errors`.
 */
export const commonErrors = {
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
