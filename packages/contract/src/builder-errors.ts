// The refusals of the image builder's write actions, with the codes the spec documents for them and the
// messages the docs give where they give one (family reference §3.4–§9.1); statuses come from the spec
// through serviceError. Kept apart from errors.ts, which holds the gateway's and the reads' errors.
import type { OperationSpec } from '@org/ecs-pipelines-core';
import { documentedCode, serviceError, type ServiceError } from './errors.js';

const cut = (text: string) => text.slice(0, 128);

/** Two tags with one key (`Tag.N.Key`, `ImageOptions.ImageTags.N.Key`); `Duplicate.TagKey` where `op` documents it. */
export const duplicateTagKey = (op: OperationSpec, parameter: string, key: string): ServiceError =>
  serviceError(documentedCode(op, ['Duplicate.TagKey'], 'InvalidParameter'), `The ${parameter}.N.Key contain duplicate key: ${cut(key)}.`);

/** Content over 16 KB in UTF-8 bytes. */
export const contentTooLong = (code: string, parameter: string, bytes: number, max: number): ServiceError =>
  serviceError(code, `The specified parameter ${parameter} is ${bytes} bytes long; at most ${max} bytes are allowed.`);

/** A `COMPONENT` line naming no component of the region. */
export const componentNotFound = (ref: string): ServiceError => serviceError('ImageComponent.NotFound', `The specified image component ${cut(ref)} does not exist.`);

/** A Build component in TestContent, or a Test component in BuildContent. */
export const componentNotSupported = (ref: string, type: string, parameter: string): ServiceError =>
  serviceError('InvalidImageComponent.NotSupported', `The image component ${cut(ref)} is a ${type} component and cannot be used in ${parameter}.`);

/** The region's quota of templates or components is used up. */
export const quotaExceeded = (code: string, what: string, quota: number): ServiceError =>
  serviceError(code, `The ${what} quota of this region is used up (${quota}); delete some or ask for a higher quota.`);

/** `BaseImageType=OSS` without `ImportImageOptions.DiskDeviceMappings` (404, as documented). */
export const missingImportImageOptions = (): ServiceError => serviceError('MissingParameter.ImportImageOptions', 'The specified parameter ImportImageOptions is missing.');

/** `RepairItem` without `RepairMode` (404, as documented). */
export const missingRepairMode = (): ServiceError => serviceError('MissingParameter.RepairMode', 'The specified parameter RepairMode is missing.');

/** A template that still has a build task running (403). */
export const hasRunningExecution = (pipelineId: string, executionId: string): ServiceError =>
  serviceError('InvalidImagePipeline.HasRunningExecution', `The image pipeline ${cut(pipelineId)} has a running execution (${cut(executionId)}); wait for it to finish or cancel it.`);

/** The build's image name is taken in the region (400; the documented message). */
export const imageNameDuplicated = (): ServiceError =>
  serviceError('InvalidImageName.Duplicated', 'The specified image name is already in use in the target region. Please try a different one.');

/** An ExecutionId that names no build task of the region. */
export const executionNotFound = (): ServiceError => serviceError('InvalidImagePipelineExecution.NotFound', 'The specified image pipeline execution does not exist!');

/** Cancel of a finished task (400; the message is the documented one, sic). */
export const cancelFailed = (): ServiceError => serviceError('InvalidStatus.CancelFailed', 'Failed to cancel execution,status is success, failed or cancelled.');

/** Cancel of a task that is running but past the cancellable states (403). */
export const notCancellable = (status: string): ServiceError =>
  serviceError('InvalidStatus.ImagePipelineExecution', `The execution is ${cut(status)}; it can be cancelled only while PREPARING, REPAIRING or BUILDING.`);

/** A component version that the name already has (403). */
export const versionExists = (name: string, version: string): ServiceError =>
  serviceError('InvalidComponentVersion.Exist', `The specified ComponentVersion does exist with the specified Name (${cut(name)} ${cut(version)}).`);

/** A FROM command in a component (404, as documented). */
export const fromNotSupported = (): ServiceError => serviceError('NotSupportedCommand.FROM', 'Image component does not support the FROM command.');

/** A COMPONENT command in a component. */
export const componentCommand = (): ServiceError => serviceError('InvalidCommand.Component', 'Image component does not support component command.');

/** A component that a template uses (403). */
export const componentInUse = (id: string, pipelineId: string): ServiceError =>
  serviceError('InvalidImageComponent.InUse', `The image component ${cut(id)} is used by the image pipeline ${cut(pipelineId)}.`);

/** An ImageComponentId that names none of your components in the region. */
export const imageComponentNotFound = (id: string): ServiceError => serviceError('InvalidImageComponent.NotFound', `The specified image component ${cut(id)} does not exist.`);
