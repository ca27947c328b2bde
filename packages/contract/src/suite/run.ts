// The contract suite runner: checks a server (the emulator or the real service) against the spec.
import type { Credentials } from '@org/ecs-pipelines-core';
import { CheckFailure, CheckSkipped } from './assert.js';
import type { CheckContext, ContractCheck } from './check.js';
import { familyChecks } from './checks-family.js';
import { filterChecks } from './checks-filter.js';
import { lifecycleChecks } from './checks-lifecycle.js';
import { readChecks } from './checks-read.js';
import { refuseChecks } from './checks-refuse.js';
import { specChecks } from './checks-spec.js';
import type { LifecycleOptions } from './lifecycle-steps.js';

/** Options of {@link runContractSuite}. */
export interface ContractSuiteOptions extends LifecycleOptions {
  /** The server: `http://127.0.0.1:8787` for the emulator, `https://ecs.cn-hangzhou.aliyuncs.com` for the real service. */
  endpoint: string;
  credentials: Credentials;
  regionId: string;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** The clock used to sign (default: now). */
  now?: () => Date;
  /** Run only the checks whose name contains one of these strings. */
  only?: readonly string[];
}

/** The outcome of one check. */
export interface ContractCheckResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  /** Why it failed or was skipped. */
  detail?: string;
  durationMs: number;
}

/** The outcome of the suite. */
export interface ContractSuiteReport {
  passed: number;
  failed: number;
  skipped: number;
  /** Items (pipelines, tasks, components) looked at across checks. */
  itemsChecked: number;
  results: ContractCheckResult[];
}

/**
 * Every check, in run order: the spec-derived checks of each action first (their paging checks collect the
 * listings the filter checks use), then the hand-written ones; the lifecycle checks, which create resources
 * (and remove them), last.
 */
export const CONTRACT_CHECKS: readonly ContractCheck[] = [...specChecks(), ...readChecks, ...filterChecks, ...familyChecks, ...refuseChecks, ...lifecycleChecks];

/**
 * Runs the contract suite against `endpoint`. Never throws for a wrong server: each check reports passed,
 * failed (with what differed) or skipped (with why). Messages never contain the secret or a signature.
 *
 * @example
 * ```ts
 * import { DEFAULT_CREDENTIALS, runContractSuite } from '@org/ecs-pipelines-contract';
 *
 * const report = await runContractSuite({ endpoint: 'http://127.0.0.1:8787', credentials: DEFAULT_CREDENTIALS, regionId: 'cn-hangzhou' });
 * for (const r of report.results) if (r.status === 'failed') console.error(`${r.name}: ${r.detail}`);
 * ```
 */
export async function runContractSuite(options: ContractSuiteOptions): Promise<ContractSuiteReport> {
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function') throw new TypeError('runContractSuite needs a fetch: pass options.fetch');
  const ctx: CheckContext = {
    target: { endpoint: options.endpoint, credentials: options.credentials, regionId: options.regionId, fetch: doFetch, now: options.now ?? (() => new Date()) },
    listings: {},
    itemsChecked: 0,
    lifecycle: {
      ...(options.builds !== undefined ? { builds: options.builds } : {}),
      ...(options.baseImage ? { baseImage: options.baseImage } : {}),
      ...(options.buildTimeoutMs !== undefined ? { buildTimeoutMs: options.buildTimeoutMs } : {}),
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
    },
  };
  const results: ContractCheckResult[] = [];
  for (const check of CONTRACT_CHECKS) {
    if (options.only && !options.only.some((s) => check.name.includes(s))) continue;
    const started = Date.now();
    let status: ContractCheckResult['status'] = 'passed';
    let detail: string | undefined;
    try {
      await check.run(ctx);
    } catch (e) {
      status = e instanceof CheckSkipped ? 'skipped' : 'failed';
      detail = e instanceof CheckFailure || e instanceof CheckSkipped ? e.message : `${(e as Error)?.name ?? 'Error'}: ${(e as Error)?.message ?? String(e)}`;
      detail = scrub(detail, options.credentials);
    }
    results.push({ name: check.name, status, ...(detail ? { detail } : {}), durationMs: Date.now() - started });
  }
  const count = (s: ContractCheckResult['status']) => results.filter((r) => r.status === s).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), itemsChecked: ctx.itemsChecked, results };
}

// A server's message may echo what it was sent; the report must not carry the secret or the token.
function scrub(text: string, c: Credentials): string {
  let out = text;
  for (const secret of [c.accessKeySecret, c.securityToken]) if (secret) out = out.split(secret).join('[redacted]');
  return out;
}
