// Which actions get --wait, by one rule over the spec instead of a list: a write whose answer holds every
// input of a waiter (`x-acs-waiters`) can be followed by that waiter. StartImagePipelineExecution answers
// `ExecutionId`; the ImagePipelineExecutionComplete waiter takes `ExecutionId`; so `start --wait` polls until
// the build ends. Core only (no client), so parsing a command line stays light; wait.ts does the waiting.
import { type Action, operations, type OperationSpec, type WaiterSpec } from '@org/ecs-pipelines-core';

/** The waiter that follows what an action's answer names. */
export interface WaitPlan {
  /** The paged read the waiter polls. */
  readonly read: OperationSpec & { readonly action: Action };
  /** The waiter's name in the spec (`ImagePipelineExecutionComplete`). */
  readonly name: string;
  readonly spec: WaiterSpec;
}

const reads: ReadonlyArray<OperationSpec & { readonly action: Action }> = Object.values(operations);

/** The waiter for `op`'s answer, or undefined when nothing in its answer can be waited for. */
export function waitPlan(op: OperationSpec): WaitPlan | undefined {
  if (op.readOnly) return undefined;
  const answers = Object.keys(op.response.properties ?? {});
  for (const read of reads) {
    for (const [name, spec] of Object.entries(read.waiters ?? {})) {
      if (spec.input.length > 0 && spec.input.every((k) => answers.includes(k))) return { read, name, spec };
    }
  }
  return undefined;
}
