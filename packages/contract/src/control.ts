// The control endpoint (`/__emulator/…`): lets out-of-process tests script faults, read the log, reset, and
// move the emulator's clock on (so a build task runs to its end in no time).
// It needs no signature: the emulator is a local test tool (bind it to 127.0.0.1), and `control: false` turns
// the endpoint off. Its body size is limited by Hono's bodyLimit where the route is mounted (app.ts).
import { FAULT_KINDS, toFaultSpec, type FaultController, type FaultKind } from './faults.js';
import type { LogEntry } from './log.js';
import { isRecord } from './util.js';

/** What the control endpoint acts on. */
export interface ControlTarget {
  log: readonly LogEntry[];
  faults: FaultController;
  reset(): void;
  clearLog(): void;
  regions: readonly string[];
  /** How many pipelines, executions and components are served, over all regions. */
  counts(): { pipelines: number; executions: number; components: number };
  /** The emulator's clock and build settings. */
  clock(): ClockInfo;
  /** Moves the clock forward by `ms`. */
  advanceClock(ms: number): Date;
}

/** What `GET /__emulator/clock` answers. */
export interface ClockInfo {
  /** The emulator's time, ISO 8601. */
  now: string;
  nowMs: number;
  /** How far it has been advanced. */
  offsetMs: number;
  /** How long each state of a build lasts. */
  buildStepMs: number;
  /** The share of builds that fail. */
  buildFailureRate: number;
}

/** The largest control request body: a fault script is small. */
export const CONTROL_BODY_LIMIT = 64 * 1024;

/** The paths of the control endpoint, for help texts. */
export const CONTROL_ROUTES = [
  'GET  /__emulator/health                 status, regions, pipeline / execution / component counts',
  'GET  /__emulator/log[?since=SEQ]        the request log (redacted)',
  'DELETE /__emulator/log                  clear the log',
  'GET  /__emulator/faults                 scripted faults left, rate, counts',
  'POST /__emulator/faults                 {"queue":["throttling",{"kind":"latency","ms":500}],"rate":0.2,"seed":7,"kinds":[…],"clear":true}',
  'POST /__emulator/reset                  log, faults, nonces back to the start options',
  'GET  /__emulator/clock                  the emulator\'s time, its advance, buildStepMs, buildFailureRate',
  'POST /__emulator/clock                  {"advanceMs":2000}: move the clock on (build tasks advance)',
];

/** A control answer (JSON, whatever the status). */
export const controlJson = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json;charset=utf-8' } });
const json = controlJson;

/** Answers one control request. */
export async function handleControl(request: Request, url: URL, target: ControlTarget): Promise<Response> {
  const route = `${request.method} ${url.pathname.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET /__emulator/health':
        return json(200, { ok: true, regions: target.regions, ...target.counts() });
      case 'GET /__emulator/log': {
        const since = Number(url.searchParams.get('since') ?? 0);
        return json(200, { entries: target.log.filter((e) => e.seq > since) });
      }
      case 'DELETE /__emulator/log':
        target.clearLog();
        return json(200, { ok: true });
      case 'GET /__emulator/faults':
        return json(200, faultState(target.faults));
      case 'POST /__emulator/faults': {
        const body: unknown = JSON.parse((await request.text()) || '{}');
        applyFaults(target.faults, body);
        return json(200, faultState(target.faults));
      }
      case 'POST /__emulator/reset':
        target.reset();
        return json(200, { ok: true });
      case 'GET /__emulator/clock':
        return json(200, target.clock());
      case 'POST /__emulator/clock': {
        const body: unknown = JSON.parse((await request.text()) || '{}');
        if (!isRecord(body) || body.advanceMs === undefined) throw new TypeError('the body must be {"advanceMs": <integer ms ≥ 0>}');
        target.advanceClock(body.advanceMs as number);
        return json(200, target.clock());
      }
      default:
        return json(404, { error: `no control route ${route}`, routes: CONTROL_ROUTES });
    }
  } catch (e) {
    return json(400, { error: e instanceof Error ? e.message : String(e), routes: CONTROL_ROUTES });
  }
}

function faultState(f: FaultController) {
  return { pending: f.pending, rate: f.rate, stats: f.stats, kinds: FAULT_KINDS };
}

function applyFaults(f: FaultController, body: unknown): void {
  if (!isRecord(body)) throw new TypeError('the body must be a JSON object');
  const queue = body.queue ?? body.faults;
  if (queue !== undefined && !Array.isArray(queue)) throw new TypeError('queue must be an array of fault kinds or { kind, ms }');
  const specs = (queue ?? []).map(toFaultSpec); // all checked before anything changes
  if (body.clear === true) f.clear();
  if (body.rate !== undefined) {
    f.setRate({
      rate: body.rate as number,
      ...(body.seed !== undefined ? { seed: body.seed as number | string } : {}),
      ...(body.kinds !== undefined ? { kinds: body.kinds as FaultKind[] } : {}),
    });
  }
  f.queue(...specs);
}
