// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.
// Runtime rules read from the spec; validation, serialization, normalization and the emulator use them.

const ruleRegionId = {
  "type": "string",
  "minLength": 1,
  "maxLength": 64,
  "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)+$"
} as const;

const ruleTag = {
  "type": "array",
  "maxItems": 20,
  "items": {
    "type": "object",
    "required": [
      "Key"
    ],
    "additionalProperties": false,
    "properties": {
      "Key": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128
      },
      "Value": {
        "type": "string",
        "maxLength": 128
      }
    }
  }
} as const;

const ruleImagePipelineId = {
  "type": "array",
  "maxItems": 20,
  "items": {
    "type": "string",
    "minLength": 1
  }
} as const;

const ruleName = {
  "type": "string"
} as const;

const ruleResourceGroupId = {
  "type": "string"
} as const;

const ruleNextToken = {
  "type": "string"
} as const;

const ruleMaxResults = {
  "type": "integer",
  "minimum": 1,
  "maximum": 500,
  "default": 50
} as const;

/**
 * Every request parameter as one closed object schema (rules only, parameter order): what validation walks,
 * with the RPC action and version (`x-acs-action`, `x-acs-version`) the request is sent as.
 */
export const requestSchema = {
  "x-acs-action": "DescribeImagePipelines",
  "x-acs-version": "2014-05-26",
  "type": "object",
  "required": [
    "RegionId"
  ],
  "additionalProperties": false,
  "properties": {
    "RegionId": ruleRegionId,
    "Tag": ruleTag,
    "ImagePipelineId": ruleImagePipelineId,
    "Name": ruleName,
    "ResourceGroupId": ruleResourceGroupId,
    "NextToken": ruleNextToken,
    "MaxResults": ruleMaxResults
  }
} as const;

/** The RPC operation: action, version, and every request parameter with its rules and wire style. */
export const operation = {
  "action": "DescribeImagePipelines",
  "version": "2014-05-26",
  "path": "/",
  "methods": [
    "GET",
    "POST"
  ],
  "parameters": [
    {
      "name": "RegionId",
      "required": true,
      "style": "plain",
      "schema": ruleRegionId
    },
    {
      "name": "Tag",
      "required": false,
      "style": "repeatList",
      "schema": ruleTag
    },
    {
      "name": "ImagePipelineId",
      "required": false,
      "style": "repeatList",
      "schema": ruleImagePipelineId
    },
    {
      "name": "Name",
      "required": false,
      "style": "plain",
      "schema": ruleName
    },
    {
      "name": "ResourceGroupId",
      "required": false,
      "style": "plain",
      "schema": ruleResourceGroupId
    },
    {
      "name": "NextToken",
      "required": false,
      "style": "plain",
      "schema": ruleNextToken
    },
    {
      "name": "MaxResults",
      "required": false,
      "style": "plain",
      "schema": ruleMaxResults
    }
  ]
} as const;

/** The success body's schema (rules only), used by the response normalizer. */
export const responseSchema = {
  "type": "object",
  "required": [
    "RequestId"
  ],
  "properties": {
    "RequestId": {
      "type": "string"
    },
    "TotalCount": {
      "type": "integer",
      "minimum": 0
    },
    "MaxResults": {
      "type": "integer"
    },
    "NextToken": {
      "type": "string"
    },
    "ImagePipeline": {
      "type": "object",
      "x-acs-list-wrapper": true,
      "properties": {
        "ImagePipelineSet": {
          "type": "array",
          "items": {
            "type": "object",
            "x-acs-identity": "ImagePipelineId",
            "properties": {
              "ImagePipelineId": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Description": {
                "type": "string"
              },
              "BaseImageType": {
                "type": "string"
              },
              "BaseImage": {
                "type": "string"
              },
              "ImageName": {
                "type": "string"
              },
              "ImageFamily": {
                "type": "string"
              },
              "InstanceType": {
                "type": "string"
              },
              "VSwitchId": {
                "type": "string"
              },
              "ResourceGroupId": {
                "type": "string"
              },
              "CreationTime": {
                "type": "string"
              },
              "BuildContent": {
                "type": "string"
              },
              "TestContent": {
                "type": "string"
              },
              "RepairMode": {
                "type": "string"
              },
              "NvmeSupport": {
                "type": "string"
              },
              "SystemDiskSize": {
                "type": "integer"
              },
              "InternetMaxBandwidthOut": {
                "type": "integer"
              },
              "DeleteInstanceOnFailure": {
                "type": "boolean"
              },
              "AddAccounts": {
                "type": "object",
                "x-acs-list-wrapper": true,
                "properties": {
                  "AddAccount": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "ToRegionIds": {
                "type": "object",
                "x-acs-list-wrapper": true,
                "properties": {
                  "ToRegionId": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "Tags": {
                "type": "object",
                "x-acs-list-wrapper": true,
                "properties": {
                  "Tag": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "TagKey": {
                          "type": "string"
                        },
                        "TagValue": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              },
              "RepairItems": {
                "type": "object",
                "x-acs-list-wrapper": true,
                "properties": {
                  "RepairItem": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "AdvancedOptions": {
                "type": "object",
                "properties": {
                  "ImageNameSuffix": {
                    "type": "string"
                  },
                  "RetainCloudAssistant": {
                    "type": "boolean"
                  }
                }
              },
              "ImageOptions": {
                "type": "object",
                "properties": {
                  "ImageName": {
                    "type": "string"
                  },
                  "ImageFamily": {
                    "type": "string"
                  },
                  "Description": {
                    "type": "string"
                  },
                  "ImageFeatures": {
                    "type": "object",
                    "properties": {
                      "NvmeSupport": {
                        "type": "string"
                      }
                    }
                  },
                  "ImageTags": {
                    "type": "object",
                    "x-acs-list-wrapper": true,
                    "properties": {
                      "ImageTag": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "TagKey": {
                              "type": "string"
                            },
                            "TagValue": {
                              "type": "string"
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              "ImportImageOptions": {
                "type": "object",
                "properties": {
                  "Architecture": {
                    "type": "string"
                  },
                  "BootMode": {
                    "type": "string"
                  },
                  "Description": {
                    "type": "string"
                  },
                  "ImageName": {
                    "type": "string"
                  },
                  "LicenseType": {
                    "type": "string"
                  },
                  "OSType": {
                    "type": "string"
                  },
                  "Platform": {
                    "type": "string"
                  },
                  "RetentionStrategy": {
                    "type": "string"
                  },
                  "RoleName": {
                    "type": "string"
                  },
                  "RetainImportedImage": {
                    "type": "boolean"
                  },
                  "Features": {
                    "type": "object",
                    "properties": {
                      "ImdsSupport": {
                        "type": "string"
                      },
                      "NvmeSupport": {
                        "type": "string"
                      }
                    }
                  },
                  "DiskDeviceMappings": {
                    "type": "object",
                    "x-acs-list-wrapper": true,
                    "properties": {
                      "DiskDeviceMapping": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "DiskImageSize": {
                              "type": "integer"
                            },
                            "Format": {
                              "type": "string"
                            },
                            "OSSBucket": {
                              "type": "string"
                            },
                            "OSSObject": {
                              "type": "string"
                            }
                          }
                        }
                      }
                    }
                  },
                  "ImportImageTags": {
                    "type": "object",
                    "x-acs-list-wrapper": true,
                    "properties": {
                      "ImportImageTag": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "Key": {
                              "type": "string"
                            },
                            "Value": {
                              "type": "string"
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
} as const;

/** The error body's schema (rules only). */
export const errorBodySchema = {
  "type": "object",
  "required": [
    "RequestId",
    "Code",
    "Message"
  ],
  "properties": {
    "RequestId": {
      "type": "string"
    },
    "HostId": {
      "type": "string"
    },
    "Code": {
      "type": "string"
    },
    "Message": {
      "type": "string"
    },
    "Recommend": {
      "type": "string"
    },
    "AccessDeniedDetail": {
      "type": "string"
    }
  }
} as const;

/** Service error codes the spec lists, with the HTTP status each comes with. */
export const errorCodes: Readonly<Record<string, number>> = {
  "MissingParameter": 400,
  "InvalidParameter": 400,
  "UnsupportedParameter": 400,
  "IllegalTimestamp": 400,
  "InvalidTimeStamp.Format": 400,
  "InvalidTimeStamp.Expired": 400,
  "SignatureNonceUsed": 400,
  "IncompleteSignature": 400,
  "SignatureDoesNotMatch": 400,
  "InvalidAccessKeyId.NotFound": 400,
  "InvalidAccessKeyId.Inactive": 400,
  "InvalidSecurityToken.Expired": 400,
  "InvalidSecurityToken.Malformed": 400,
  "InvalidSecurityToken.MismatchWithAccessKey": 400,
  "InvalidNextToken": 400,
  "Throttling": 400,
  "Throttling.User": 400,
  "Throttling.Api": 400,
  "Forbidden": 403,
  "Forbidden.RAM": 403,
  "Forbidden.Unauthorized": 403,
  "Forbidden.SubUser": 403,
  "Forbidden.NotSupportRAM": 403,
  "Forbidden.RiskControl": 403,
  "Forbidden.AccessKeyDisabled": 403,
  "UnsupportedHTTPMethod": 403,
  "InvalidRegionId.NotFound": 404,
  "InvalidAction.NotFound": 404,
  "InvalidApi.NotFound": 404,
  "InternalError": 500,
  "ServiceUnavailable": 503,
  "ServiceUnavailable.RegionMaintaining": 503
};
