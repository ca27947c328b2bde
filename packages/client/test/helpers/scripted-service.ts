// The loopback fake service of the write-action tests (retry safety, ClientToken reuse), with its vitest
// hooks: started once per file, its record and script cleared before each test, closed after the file.
// Requests answer with the replies in `script`, in order, then with a success of the request's action.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { ClientOptions } from '../../src/index.js';
import { type FakeService, type Reply, startFakeService } from './fake-service.js';
import { actionOf, okBody, TEST_CREDENTIALS } from './write-answers.js';

export interface ScriptedService {
  /** The running service (set in `beforeAll`). */
  service: FakeService;
  /** Answers for the next requests, in order. */
  script: Reply[];
  /** Client options aimed at the service, with a fast retry policy of `maxAttempts` and `timeoutMs`. */
  options(over?: Partial<ClientOptions>): ClientOptions;
}

/** Registers the hooks of a scripted fake service for the calling test file. */
export function useScriptedService({ maxAttempts, timeoutMs }: { maxAttempts: number; timeoutMs: number }): ScriptedService {
  const fake: ScriptedService = {
    service: undefined as unknown as FakeService,
    script: [],
    options: (over = {}) => ({
      regionId: 'cn-hangzhou',
      credentials: TEST_CREDENTIALS,
      endpoint: fake.service.url,
      retry: { maxAttempts, baseDelayMs: 1, maxDelayMs: 5 },
      timeoutMs,
      ...over,
    }),
  };
  beforeAll(async () => {
    fake.service = await startFakeService({ script: (seen) => fake.script.shift() ?? { body: okBody(actionOf(seen)) } });
  });
  beforeEach(() => {
    fake.service.requests.length = 0;
    fake.script = [];
  });
  afterAll(() => fake.service.close());
  return fake;
}
