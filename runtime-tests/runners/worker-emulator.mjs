// The emulator as a Worker: the built contract package's fetch handler, created on the first request
// (Workers forbid random values and timers at global scope) from the EMULATOR_OPTIONS JSON binding.
import { createEmulator } from '@org/ecs-pipelines-contract';

let handler;

export default {
  fetch(request, env) {
    handler ??= createEmulator(JSON.parse(env.EMULATOR_OPTIONS));
    return handler(request);
  },
};
