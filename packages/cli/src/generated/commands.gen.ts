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
  readonly flags: readonly { readonly flag: string; readonly param: string; readonly required: boolean; readonly description: string }[];
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
  }
];
