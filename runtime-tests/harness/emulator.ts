// The emulator every runtime test talks to: the built contract package's Node server on 127.0.0.1 port 0,
// with enough pipelines for several pages and credentials of its own (not the documented defaults, so a
// client that ignored its credentials option would fail).
import { createEmulator } from '@org/ecs-pipelines-contract';
import { startEmulatorServer } from '@org/ecs-pipelines-contract/node';

export const FIXTURE = {
  regionId: 'cn-hangzhou',
  pipelines: 23,
  pageSize: 5,
  seed: 'runtime-tests',
  credentials: { accessKeyId: 'LTAI5tRuntimeTestsKey', accessKeySecret: 'runtime-tests-secret-0001' },
} as const;

/** The options every runner passes to `runSmoke` (scenario/smoke.mjs), minus `runtime`. */
export interface SmokeOptions {
  endpoint: string;
  regionId: string;
  accessKeyId: string;
  accessKeySecret: string;
  pageSize: number;
  expectedIds: string[];
}

export interface RunningEmulator {
  url: string;
  expectedIds: string[];
  smokeOptions: SmokeOptions;
  close: () => Promise<void>;
}

/** The fixture's options for createEmulator / startEmulatorServer, shared with the workerd and Deno emulators. */
export const emulatorOptions = (extra: { cors?: boolean } = {}) => ({
  pipelines: FIXTURE.pipelines,
  seed: FIXTURE.seed,
  regions: [FIXTURE.regionId],
  credentials: [{ ...FIXTURE.credentials }],
  ...extra,
});

export async function startEmulator(extra: { cors?: boolean } = {}): Promise<RunningEmulator> {
  const server = await startEmulatorServer({ port: 0, ...emulatorOptions(extra) });
  const expectedIds = idsOf(server.emulator.pipelines);
  return { url: server.url, expectedIds, smokeOptions: smokeOptions(server.url, expectedIds), close: () => server.close() };
}

export function smokeOptions(endpoint: string, expectedIds: string[]): SmokeOptions {
  return {
    endpoint,
    regionId: FIXTURE.regionId,
    accessKeyId: FIXTURE.credentials.accessKeyId,
    accessKeySecret: FIXTURE.credentials.accessKeySecret,
    pageSize: FIXTURE.pageSize,
    expectedIds,
  };
}

/** The fixture's pipeline IDs in page order, from the built emulator's data (no server needed). */
export async function expectedFixtureIds(): Promise<string[]> {
  return idsOf(createEmulator(emulatorOptions()).pipelines);
}

function idsOf(pipelines: Readonly<Record<string, ReadonlyArray<{ ImagePipelineId?: string }>>>): string[] {
  const ids = (pipelines[FIXTURE.regionId] ?? []).map((p) => p.ImagePipelineId ?? "");
  if (ids.length !== FIXTURE.pipelines) throw new Error(`the emulator serves ${ids.length} pipelines in ${FIXTURE.regionId}, expected ${FIXTURE.pipelines}`);
  return ids;
}
