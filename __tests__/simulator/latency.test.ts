import { describe, expect, it, vi } from 'vitest';
import { logNormalParams, mulberry32, sampleLogNormal } from '../../src/simulator/rng.js';
import { client, pool, quantile, simulator, until, withFakeTime } from './helpers.js';

describe('simulated latency', () => {
  it('samples a log-normal whose median and p95 are the profile’s', () => {
    const params = logNormalParams({ medianMs: 50, p95Ms: 120 });
    const random = mulberry32(12345);
    const samples = Array.from({ length: 40_000 }, () => sampleLogNormal(params, random));
    expect(quantile(samples, 0.5)).toBeGreaterThan(50 * 0.98);
    expect(quantile(samples, 0.5)).toBeLessThan(50 * 1.02);
    expect(quantile(samples, 0.95)).toBeGreaterThan(120 * 0.97);
    expect(quantile(samples, 0.95)).toBeLessThan(120 * 1.03);
  });

  it('rejects a profile whose p95 is below its median', () => {
    expect(() => logNormalParams({ medianMs: 100, p95Ms: 50 })).toThrow(RangeError);
  });

  it('serves latencies, measured by the server under concurrency, that follow the profile', async () => {
    const profile = { medianMs: 40, p95Ms: 100 };
    const sim = await simulator({ models: [{ id: 'sim-timed', quality: 0.8, latency: profile }], seed: 11 });
    const api = client(sim);
    const n = 400;
    const clientMs = await pool(Array.from({ length: n }, (_, i) => i), 32, async (i) => {
      const start = performance.now();
      await api.chat.completions.create({ model: 'sim-timed', messages: [{ role: 'user', content: `question ${i}` }] });
      return performance.now() - start;
    });
    const served = sim.served.map((s) => s.latencyMs);
    const planned = sim.served.map((s) => s.plannedMs ?? Number.NaN);
    expect(served).toHaveLength(n);
    expect(sim.served.every((s) => s.status === 200)).toBe(true);

    // The draws follow the profile (seeded, so this does not depend on the machine's load).
    expect(quantile(planned, 0.5)).toBeGreaterThan(40 * 0.9);
    expect(quantile(planned, 0.5)).toBeLessThan(40 * 1.1);
    expect(quantile(planned, 0.95)).toBeGreaterThan(100 * 0.85);
    expect(quantile(planned, 0.95)).toBeLessThan(100 * 1.15);
    // That each answer is held for its draw is checked on a fake clock (next test); how
    // closely real timers keep to it depends on the machine's load, so that is measured by
    // `npm run bench` (served vs measured latency), not asserted here.
    // Each client timing encloses the server's (same process, same monotonic clock).
    expect(quantile(clientMs, 0.5)).toBeGreaterThanOrEqual(quantile(served, 0.5));
  });

  it('holds an answer for its planned latency, scaled, counted from arrival', async () => {
    await withFakeTime(async () => {
      const sim = await simulator({ models: [{ id: 'sim-slow', quality: 0.8, latency: { medianMs: 2_000, p95Ms: 4_000 } }], latencyScale: 0.01 });
      const answered = client(sim).chat.completions.create({ model: 'sim-slow', messages: [{ role: 'user', content: 'q0' }] });
      await until(() => sim.served[0]?.plannedMs !== undefined, 'the simulator to plan its answer');
      const planned = sim.served[0]!.plannedMs!;
      // Scaled from a 2 s profile to tens of milliseconds.
      expect(planned).toBeGreaterThan(2);
      expect(planned).toBeLessThan(200);
      // Timers count whole milliseconds: the answer goes within a millisecond of its plan.
      await vi.advanceTimersByTimeAsync(Math.floor(planned) - 1);
      expect(sim.served[0]!.status).toBe(0);
      await vi.advanceTimersByTimeAsync(2);
      expect(sim.served[0]!.status).toBe(200);
      await answered;
      expect(Math.abs(sim.served[0]!.latencyMs - planned)).toBeLessThan(1);
    });
  });

  it('scales every latency with latencyScale', async () => {
    const sim = await simulator({ models: [{ id: 'sim-slow', quality: 0.8, latency: { medianMs: 2_000, p95Ms: 4_000 } }], latencyScale: 0.01 });
    const api = client(sim);
    await pool(Array.from({ length: 40 }, (_, i) => i), 8, (i) =>
      api.chat.completions.create({ model: 'sim-slow', messages: [{ role: 'user', content: `q${i}` }] }),
    );
    // 2,000 ms × 0.01: a median draw of about 20 ms (seeded draws, so not the machine's load).
    const median = quantile(sim.served.map((s) => s.plannedMs ?? Number.NaN), 0.5);
    expect(median).toBeGreaterThan(14);
    expect(median).toBeLessThan(28);
  });
});
