// Shared set-up for the simulator tests: a real server on 127.0.0.1 and the real SDK.
import OpenAI from 'openai';
import { afterEach, vi } from 'vitest';
import { startSimulator } from '../../src/simulator/server.js';
import type { ModelProfile, Simulator, SimulatorOptions } from '../../src/simulator/types.js';
import type { EvalCase, Expectation } from '../../src/types.js';

const running: Simulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

/** Starts a simulator that is closed after the test. */
export async function simulator(options: SimulatorOptions): Promise<Simulator> {
  const sim = await startSimulator(options);
  running.push(sim);
  return sim;
}

export function client(sim: Simulator, options: { timeout?: number; apiKey?: string } = {}): OpenAI {
  return new OpenAI({ apiKey: options.apiKey ?? 'sk-test', baseURL: sim.url, maxRetries: 0, timeout: options.timeout ?? 10_000 });
}

/** A fast profile for tests that do not look at latency. */
export function fastModel(id: string, overrides: Partial<ModelProfile> = {}): ModelProfile {
  return { id, quality: 0.8, latency: { medianMs: 2, p95Ms: 4 }, ...overrides };
}

export function evalCase(id: string, prompt: string, expect: (Record<string, unknown> & { type: string })[], extra: Partial<EvalCase> = {}): EvalCase {
  return {
    id,
    tags: [],
    vars: {},
    messages: [
      { role: 'system', content: 'You are a test assistant.' },
      { role: 'user', content: prompt },
    ],
    expect: expect.map((e): Expectation => ({ weight: 1, ...e, type: e.type })),
    source: { file: 'evals/test.yaml', line: 1 },
    ...extra,
  };
}

/** Runs `fn` over items with at most `limit` in flight, keeping result order. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

// Taken before any test fakes timers, so that `until` keeps polling on real I/O turns.
const realSetImmediate = setImmediate;
const realNow = performance.now.bind(performance);

/**
 * Resolves once `condition` holds, checking it on every turn of the event loop. A hang
 * guard, not a timing check: the deadline only fails a run whose condition never comes.
 */
export async function until(condition: () => boolean, what: string, deadlineMs = 20_000): Promise<void> {
  const started = realNow();
  while (!condition()) {
    if (realNow() - started > deadlineMs) throw new Error(`still waiting, after ${deadlineMs} ms, for ${what}`);
    await new Promise((resolve) => realSetImmediate(resolve));
  }
}

/**
 * Runs `fn` with fake timers and a fake monotonic clock: the simulator's holds, the SDK's
 * timeout and the server's latency records all move only when the test moves time, while
 * the HTTP exchange stays real.
 */
export async function withFakeTime<T>(fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  try {
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}
