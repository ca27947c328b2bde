// Shared test helpers: a validator compiled from spec/openapi.yaml with ajv, and ways to call an emulator.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import type { Action, Credentials } from '@org/ecs-pipelines-core';
import { createEmulator, DEFAULT_CREDENTIALS, isDroppedResponse, type Emulator, type EmulatorOptions } from '../src/index.js';
import { call, type CallOptions, type SuiteTarget } from '../src/suite/call.js';

const spec = parse(readFileSync(new URL('../../../spec/openapi.yaml', import.meta.url), 'utf8'));

type SpecOperation = { 'x-acs-action': string; responses: Record<string, { $ref?: string }> };
const specOperations: SpecOperation[] = Object.values(spec.paths as Record<string, { get: SpecOperation }>).map((p) => p.get);

/** Statuses the spec lists for any action (any other status must be an injected fault). */
export const SPEC_STATUSES = new Set(specOperations.flatMap((op) => Object.keys(op.responses).map(Number)));

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'https://spec.local/openapi.json', components: { schemas: spec.components.schemas } });
const schemaOf = (name: string) => ajv.getSchema(`https://spec.local/openapi.json#/components/schemas/${name}`)!;
// Each action's success schema, read from its 200 response (`#/components/responses/X` → its JSON schema).
const successSchemaName = (op: SpecOperation): string => {
  const response = spec.components.responses[op.responses['200']!.$ref!.split('/').pop()!];
  return (response.content['application/json'].schema.$ref as string).split('/').pop()!;
};
const responseValidators = new Map(specOperations.map((op) => [op['x-acs-action'], schemaOf(successSchemaName(op))]));
const errorValidator = schemaOf('EcsErrorBody');

/**
 * Problems of a body against the spec's success schema of `action`, or its error schema (ajv, compiled from
 * the spec). Without `action`, a success body must match the schema of some action whose fields it has.
 */
export function specProblems(kind: 'response' | 'error', body: unknown, action?: string): string[] {
  const keys = typeof body === 'object' && body !== null ? Object.keys(body) : [];
  if (kind === 'error') return errorValidator(body) ? [] : (errorValidator.errors ?? []).map((e) => `${e.instancePath || '$'} ${e.message}`);
  const v = action ? responseValidators.get(action) : undefined;
  if (v) return v(body) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '$'} ${e.message}`);
  const fits = [...responseValidators.values()].some((f) => keys.every((k) => Object.hasOwn((f.schema as { properties?: object }).properties ?? {}, k)) && f(body));
  return fits ? [] : [`no action's response has the fields ${keys.join(', ')}`];
}

/** Checks one emulator answer against the spec; returns the problems (empty when it conforms). */
export async function conformance(res: Response, injected: boolean, action?: string): Promise<string[]> {
  if (isDroppedResponse(res)) return injected ? [] : ['dropped without an injected fault'];
  const text = await res.clone().text();
  const type = res.headers.get('content-type') ?? '';
  if (injected && (res.status === 502 || (res.status === 200 && !isJson(text)))) return [];
  if (!SPEC_STATUSES.has(res.status)) return [`status ${res.status} is not in the spec`];
  if (type.startsWith('text/xml')) {
    return /^<\?xml[^>]*>\s*<(\w+Response|Error)>[\s\S]*<\/\1>$/.test(text) ? [] : [`malformed XML: ${text.slice(0, 100)}`];
  }
  if (!type.startsWith('application/json')) return [`content type ${type}`];
  if (!isJson(text)) return [`body is not JSON: ${text.slice(0, 100)}`];
  const problems = specProblems(res.status === 200 ? 'response' : 'error', JSON.parse(text), action);
  return problems.map((p) => `${res.status}: ${p}`);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Tallies how many answers were checked against the spec, and what did not conform. */
export class SpecAudit {
  checked = 0;
  problems: string[] = [];
  /** Wraps an emulator so that every answer is checked (the wrapper keeps the emulator's properties). */
  wrap(emulator: Emulator): Emulator {
    const audit = this;
    const wrapped = async (request: Request) => {
      const before = emulator.log.length ? emulator.log[emulator.log.length - 1]!.seq : 0;
      const res = await emulator(request);
      // The control endpoint is the emulator's own, not the API's: its answers are not the spec's.
      if (new URL(request.url).pathname.startsWith('/__emulator/')) return res;
      const last = emulator.log[emulator.log.length - 1];
      const injected = !!(last && last.seq > before && last.fault);
      audit.checked++;
      audit.problems.push(...(await conformance(res, injected, last && last.seq > before ? last.action : undefined)));
      return res;
    };
    // Every property of the emulator, getters (its live build tasks) kept as getters.
    const { length: _length, name: _name, ...props } = Object.getOwnPropertyDescriptors(emulator);
    return Object.defineProperties(wrapped, props) as Emulator;
  }
}

/** A fetch that calls the emulator in-process. */
export function fetchVia(emulator: Emulator): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => emulator(new Request(input, init))) as typeof fetch;
}

/** A suite target that calls the emulator in-process, as `http://127.0.0.1:8787`. */
export function inProcess(emulator: Emulator, overrides: Partial<SuiteTarget> = {}): SuiteTarget {
  return {
    endpoint: 'http://127.0.0.1:8787',
    credentials: DEFAULT_CREDENTIALS as Credentials,
    regionId: 'cn-hangzhou',
    fetch: fetchVia(emulator),
    now: () => new Date(),
    ...overrides,
  };
}

/** The error code of a JSON error answer. */
export async function codeOf(res: Response): Promise<string | undefined> {
  try {
    return (JSON.parse(await res.clone().text()) as { Code?: string }).Code;
  } catch {
    return undefined;
  }
}

/** An emulator on a fixed clock (advanced only by `advanceClock`), every answer checked against the spec, and a way to call it. */
export function builder(options: EmulatorOptions = {}) {
  const start = Date.UTC(2025, 5, 1, 8, 0, 0);
  const audit = new SpecAudit();
  const emulator = audit.wrap(createEmulator({ pipelines: 6, executions: 2, components: 12, seed: 'builder-test', now: () => start, ...options }));
  const target = inProcess(emulator, { now: () => new Date(start) });
  /** Calls `action` with `input` (RegionId cn-hangzhou unless given); the body is parsed. */
  const send = async (action: Action, input: Record<string, unknown> = {}, opts: Omit<CallOptions, 'action'> = {}) => {
    const res = await call(target, input, { ...opts, action });
    return { status: res.status, body: (res.json ?? {}) as Record<string, any>, text: res.text };
  };
  return { emulator, target, audit, send };
}
