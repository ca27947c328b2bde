// The emulator in its own process (so its data set never counts toward the client's memory):
// `node emulator-server.mjs '<json options>'` prints `{"url":…,"port":…}` once listening and exits when its
// parent closes stdin. Options: pipelines (per region, one region: cn-hangzhou), credentials.
import { startEmulatorServer } from '@org/ecs-pipelines-contract/node';

const { pipelines, credentials } = JSON.parse(process.argv[2]);
const server = await startEmulatorServer({
  regions: ['cn-hangzhou'],
  pipelines,
  credentials: [credentials],
  verifySignatures: true,
  // The request log is for debugging tests; here it would only grow the emulator's heap.
  maxLogEntries: 0,
});
process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
process.stdin.on('end', () => server.close().then(() => process.exit(0)));
process.stdin.resume();
