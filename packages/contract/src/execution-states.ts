// The states of an image build task (family reference §10.1) and the texts that go with them, shared by the
// generated history (data-executions.ts) and the live build tasks (lifecycle.ts), so both read alike.

/** States in which a task is still running. */
export const RUNNING_STATES = ['PREPARING', 'REPAIRING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'RELEASING', 'CANCELLING'] as const;

/** Final states: the only ones in which the template may be deleted (reference §4.3). */
export const FINAL_STATES: ReadonlySet<string> = new Set(['SUCCESS', 'PARTITION_SUCCESS', 'FAILED', 'TEST_FAILED', 'CANCELLED']);

/** States that CancelImagePipelineExecution accepts (the current rule, reference §6.3). */
export const CANCELLABLE_STATES: ReadonlySet<string> = new Set(['PREPARING', 'REPAIRING', 'BUILDING']);

/** States in which the image exists: from the end of BUILDING on (reference §10.3 item 4). */
export const HAS_IMAGE: ReadonlySet<string> = new Set(['TESTING', 'DISTRIBUTING', 'RELEASING', 'SUCCESS', 'PARTITION_SUCCESS', 'TEST_FAILED']);

/**
 * `ErrorCode` / `ErrorInfo` pairs of a failed build, of failed tests and of a distribution that partly failed.
 * The codes and texts are illustrative: the reference gives no values for a build task's ErrorCode/ErrorInfo.
 */
export const FAILURES: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  FAILED: [
    ['CommandExecutionFailed', 'The build command "RUN yum update -y" exited with code 1.'],
    ['InstanceCreationFailed', 'The intermediate instance could not be created: the instance type is out of stock in the zone.'],
  ],
  TEST_FAILED: [['TestCommandFailed', 'The test command "RUN test -f /etc/motd" exited with code 1.']],
  PARTITION_SUCCESS: [['CopyImageFailed', 'Copying the image to one of the target regions failed: the image quota of that region is used up.']],
};

/** The `Message` of each state; `{id}` is filled with the task's VPC / instance suffix. */
export const MESSAGES: Readonly<Record<string, string>> = {
  PREPARING: 'Create transition vpc "vpc-{id}" success!',
  REPAIRING: 'Repairing the source image.',
  BUILDING: 'Running the build commands on instance "i-{id}".',
  TESTING: 'Running the test commands on instance "i-{id}".',
  DISTRIBUTING: 'Copying the image to the target regions.',
  RELEASING: 'Releasing the intermediate instance "i-{id}".',
  CANCELLING: 'Cancelling the build task.',
  SUCCESS: 'The image was built and distributed.',
  PARTITION_SUCCESS: 'The image was built; copying it to one region failed.',
  FAILED: 'The build task failed.',
  TEST_FAILED: 'The image was built; its tests failed.',
  CANCELLED: 'The build task was cancelled.',
};
