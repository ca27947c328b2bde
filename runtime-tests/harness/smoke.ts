// What every runtime's scenario result must show, asserted the same way for each runtime.
import { expect } from 'vitest';

/** The scenario's checks, in order (scenario/smoke.mjs). */
export const SMOKE_CHECKS = ['exports', 'paginate', 'list items with maxItems', 'HMAC-SHA1 over POST', 'bare client and standalone commands', 'wrong secret', 'validation before any request'];

export interface SmokeResult {
  smoke: number;
  runtime: string;
  runtimeVersion?: string;
  ok: boolean;
  checks: string[];
  pages: number;
  ids: string[];
  failedCheck?: string;
  error?: { name: string; message: string; stack?: string };
}

/** Asserts a passing scenario run in `runtime` that saw exactly the emulator's pipelines. */
export function expectSmokePassed(result: SmokeResult, runtime: string, expectedIds: readonly string[], pageSize: number): void {
  // The failure first, so a red test shows which check failed and the runtime's own error message.
  expect({ failedCheck: result.failedCheck, error: result.error }).toEqual({ failedCheck: undefined, error: undefined });
  expect(result.runtime).toBe(runtime);
  expect(result.checks).toEqual(SMOKE_CHECKS);
  expect(result.ok).toBe(true);
  expect(result.pages).toBe(Math.ceil(expectedIds.length / pageSize));
  expect(result.ids).toEqual(expectedIds);
}
