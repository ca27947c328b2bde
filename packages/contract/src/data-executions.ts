// Deterministic build tasks (executions) for the emulator's pipelines: a few per template, each belonging to
// an existing template, in the lifecycle of the family reference §10 (at most one task still running per
// template, the newest; `ImageId` once the image exists; `ErrorCode`/`ErrorInfo` on FAILED, TEST_FAILED and
// PARTITION_SUCCESS).
// The states and their texts are shared with the live build tasks (execution-states.ts).
import type { ImagePipeline, ImagePipelineExecution } from '@org/ecs-pipelines-core';
import type { PipelineData } from './data.js';
import { FAILURES, HAS_IMAGE, MESSAGES, RUNNING_STATES } from './execution-states.js';
import { pick, randomInt, randomString, seededRandom, type Random } from './random.js';

/** Executions by region ID, newest first (the order the emulator pages in). */
export type ExecutionData = Record<string, ImagePipelineExecution[]>;

/** Final states of the generated history; weighted towards SUCCESS, as a healthy account's history is. */
const FINAL_STATES = ['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS', 'PARTITION_SUCCESS', 'FAILED', 'TEST_FAILED', 'CANCELLED'] as const;

/**
 * Generates `perPipeline` tasks for every pipeline of `pipelines`, deterministically from `seed` (a stream of
 * its own per region, so the pipelines themselves are unchanged by it). Tasks start after their template
 * was created; they carry the template's resource group and tags.
 */
export function generateExecutions(pipelines: Readonly<PipelineData>, options: { perPipeline: number; seed: number | string }): ExecutionData {
  const out: ExecutionData = {};
  for (const [region, list] of Object.entries(pipelines)) {
    const random = seededRandom(`${String(options.seed)}/${region}/executions`);
    const all: ImagePipelineExecution[] = [];
    for (const p of list) {
      let time = Date.parse(p.CreationTime ?? '2020-11-24T06:00:00Z');
      for (let i = 0; i < options.perPipeline; i++) {
        time += randomInt(random, 600, 5 * 86_400) * 1000;
        const newest = i === options.perPipeline - 1;
        const status = newest && random() < 0.4 ? pick(random, RUNNING_STATES) : pick(random, FINAL_STATES);
        all.push(makeExecution(random, p, status, time));
      }
    }
    out[region] = all.sort((a, b) => (a.CreationTime! < b.CreationTime! ? 1 : a.CreationTime! > b.CreationTime! ? -1 : 0));
  }
  return out;
}


function makeExecution(random: Random, p: ImagePipeline, status: string, time: number): ImagePipelineExecution {
  const id = randomString(random, 20, '0123456789abcdef');
  const running = (RUNNING_STATES as readonly string[]).includes(status);
  // PARTITION_SUCCESS takes its one pair without a draw: it got its pair later, and a draw would have changed
  // every seed's generated history after it.
  const pairs = FAILURES[status] ?? [];
  const [errorCode, errorInfo] = status === 'PARTITION_SUCCESS' ? pairs[0]! : pairs.length ? pick(random, pairs) : ['', ''];
  const modified = time + randomInt(random, 120, running ? 1800 : 7200) * 1000;
  return {
    ExecutionId: `exec-${id}`,
    ImagePipelineId: p.ImagePipelineId ?? '',
    Status: status,
    ImageId: HAS_IMAGE.has(status) ? `m-${randomString(random, 20)}` : '',
    Message: MESSAGES[status]!.replace('{id}', randomString(random, 20)),
    ErrorCode: errorCode,
    ErrorInfo: errorInfo,
    CreationTime: iso(time),
    ModifiedTime: iso(modified),
    ResourceGroupId: p.ResourceGroupId ?? '',
    Tags: { Tag: [...(p.Tags?.Tag ?? [])] },
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
