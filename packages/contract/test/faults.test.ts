import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, FaultInjector, toFaultSpec } from '../src/faults.js';

const draw = (inj: FaultInjector, n: number) => Array.from({ length: n }, () => inj.next()?.kind ?? '-');

describe('FaultInjector', () => {
  it('is deterministic for a seed, and the rate is about right', () => {
    const a = draw(new FaultInjector({ rate: { rate: 0.25, seed: 42 } }), 4000);
    const b = draw(new FaultInjector({ rate: { rate: 0.25, seed: 42 } }), 4000);
    const c = draw(new FaultInjector({ rate: { rate: 0.25, seed: 43 } }), 4000);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const hits = a.filter((k) => k !== '-').length;
    expect(hits / a.length).toBeGreaterThan(0.2);
    expect(hits / a.length).toBeLessThan(0.3);
    for (const kind of FAULT_KINDS) expect(a).toContain(kind);
    console.log(`fault draw: ${hits} faults in ${a.length} requests at rate 0.25 (seed 42), all ${FAULT_KINDS.length} kinds present`);
  });

  it('plays a scripted sequence first, then the rate; none lets one request through', () => {
    const inj = new FaultInjector({ script: ['throttling', 'none', { kind: 'latency', ms: 5 }] });
    expect(inj.next()).toEqual({ kind: 'throttling' });
    expect(inj.next()).toBeUndefined();
    expect(inj.next()).toEqual({ kind: 'latency', ms: 5 });
    expect(inj.next()).toBeUndefined();
    inj.queue('drop');
    expect(inj.pending).toEqual([{ kind: 'drop' }]);
    expect(inj.next()?.kind).toBe('drop');
    expect(inj.stats).toEqual({ injected: { throttling: 1, latency: 1, drop: 1 }, total: 3 });
  });

  it('draws only the configured kinds', () => {
    const kinds = draw(new FaultInjector({ rate: { rate: 1, seed: 1, kinds: ['internal-error', 'drop'] } }), 200);
    expect(new Set(kinds)).toEqual(new Set(['internal-error', 'drop']));
  });

  it.each([
    [() => toFaultSpec('explode'), /unknown fault kind "explode"; allowed: throttling, internal-error/],
    [() => toFaultSpec({ kind: 'latency', ms: -1 }), /ms must be a number/],
    [() => new FaultInjector({ rate: { rate: 1.5 } }), /rate must be a number from 0 to 1/],
    [() => new FaultInjector({ rate: { rate: 0.1, kinds: [] } }), /kinds must not be empty/],
  ])('refuses bad settings (%#)', (fn, message) => {
    expect(fn).toThrow(message);
  });
});
