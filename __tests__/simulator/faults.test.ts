import OpenAI from 'openai';
import { describe, expect, it, vi } from 'vitest';
import type { FaultPlan } from '../../src/simulator/types.js';
import { client, fastModel, pool, simulator, until, withFakeTime } from './helpers.js';

const ask = (text = 'Route this: my parcel is late') => [{ role: 'user' as const, content: text }];

async function failure(api: OpenAI, model = 'sim-a', text?: string): Promise<unknown> {
  return api.chat.completions.create({ model, messages: ask(text) }).then(
    () => undefined,
    (err: unknown) => err,
  );
}

function scripted(fault: FaultPlan['script']): FaultPlan {
  return { script: fault };
}

describe('fault injection', () => {
  it('sends 429 rate_limit_exceeded with Retry-After and retry-after-ms', async () => {
    const sim = await simulator({ models: [fastModel('sim-a')], faults: scripted([{ fault: 429, count: 1, retryAfterMs: 1500 }]) });
    const err = await failure(client(sim));
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    const e = err as InstanceType<typeof OpenAI.RateLimitError>;
    expect(e.status).toBe(429);
    expect(e.code).toBe('rate_limit_exceeded');
    expect(e.headers?.get('retry-after')).toBe('2');
    expect(e.headers?.get('retry-after-ms')).toBe('1500');
    expect(sim.served[0]).toMatchObject({ status: 429, fault: 429 });
  });

  it('sends 500 server_error', async () => {
    const sim = await simulator({ models: [fastModel('sim-a')], faults: scripted([{ fault: 500, count: 1 }]) });
    const err = await failure(client(sim));
    expect(err).toBeInstanceOf(OpenAI.InternalServerError);
    expect((err as InstanceType<typeof OpenAI.InternalServerError>).type).toBe('server_error');
  });

  it('sends 401 invalid_api_key and 404 model_not_found', async () => {
    const sim = await simulator({
      models: [fastModel('sim-a')],
      faults: scripted([{ fault: 401, count: 1 }, { fault: 404, count: 1, after: 1 }]),
    });
    const api = client(sim);
    const first = await failure(api);
    const second = await failure(api);
    expect(first).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((first as InstanceType<typeof OpenAI.AuthenticationError>).code).toBe('invalid_api_key');
    expect(second).toBeInstanceOf(OpenAI.NotFoundError);
    expect((second as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('model_not_found');
    expect(await failure(api)).toBeUndefined();
  });

  it('resets the connection without a response', async () => {
    const sim = await simulator({ models: [fastModel('sim-a')], faults: scripted([{ fault: 'reset', count: 1 }]) });
    const err = await failure(client(sim));
    expect(err).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(err).not.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    expect(sim.served[0]).toMatchObject({ status: 0, fault: 'reset' });
  });

  it('stalls past the client timeout, and records that nobody got a response', async () => {
    await withFakeTime(async () => {
      const sim = await simulator({ models: [fastModel('sim-a')], faults: scripted([{ fault: 'stall', count: 1, stallMs: 5_000 }]) });
      const pending = failure(client(sim, { timeout: 200 }));
      await until(() => sim.served[0]?.fault === 'stall', 'the simulator to plan the stall');
      await vi.advanceTimersByTimeAsync(200);
      expect(await pending).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
      // The server records the stall once it sees the socket close: at the client's 200 ms,
      // not at the end of the stall, which then sends nothing.
      await until(() => sim.served[0]!.latencyMs > 0, 'the simulator to see the client leave');
      await vi.advanceTimersByTimeAsync(5_000);
      expect(sim.served[0]).toMatchObject({ status: 0, fault: 'stall', latencyMs: 200 });
    });
  });

  it('answers after a stall shorter than the timeout', async () => {
    await withFakeTime(async () => {
      const sim = await simulator({ models: [fastModel('sim-a')], faults: scripted([{ fault: 'stall', count: 1, stallMs: 150 }]) });
      const answered = client(sim).chat.completions.create({ model: 'sim-a', messages: ask() });
      await until(() => sim.served[0]?.fault === 'stall', 'the simulator to plan the stall');
      await vi.advanceTimersByTimeAsync(149);
      expect(sim.served[0]!.status).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      const res = await answered;
      expect(res.choices[0]!.message.content).toBeTruthy();
      expect(sim.served[0]).toMatchObject({ status: 200, latencyMs: 150 });
    });
  });

  it('sends a 200 whose JSON body is cut off', async () => {
    const sim = await simulator({ models: [fastModel('sim-a')], faults: scripted([{ fault: 'truncated', count: 1 }]) });
    const res = await fetch(`${sim.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'sim-a', messages: ask() }),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.startsWith('{"id":"chatcmpl-')).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(await failure(client(sim))).toBeUndefined(); // only the first one was scripted
  });

  it('lets a script target one model and count only its requests', async () => {
    const sim = await simulator({
      models: [fastModel('sim-a'), fastModel('sim-b')],
      faults: scripted([{ fault: 503, count: 2, model: 'sim-b' }]),
    });
    const api = client(sim);
    expect(await failure(api, 'sim-a')).toBeUndefined();
    expect(await failure(api, 'sim-b')).toBeInstanceOf(OpenAI.InternalServerError);
    expect(await failure(api, 'sim-a')).toBeUndefined();
    expect((await failure(api, 'sim-b')) as { status?: number }).toMatchObject({ status: 503 });
    expect(await failure(api, 'sim-b')).toBeUndefined();
  });

  it('draws rate faults near their rates, per model, and the same ones for a seed whatever the order', async () => {
    const faults: FaultPlan = { rate500: 0.2, models: { 'sim-b': { rate500: 0, rate429: 0.3, retryAfterMs: 50 } } };
    const prompts = Array.from({ length: 300 }, (_, i) => `prompt number ${i}`);
    const outcomes = async (order: string[]) => {
      const sim = await simulator({ models: [fastModel('sim-a'), fastModel('sim-b')], faults, seed: 7 });
      const api = client(sim);
      const result = new Map<string, string>();
      await pool(order, 16, async (text) => {
        for (const model of ['sim-a', 'sim-b']) {
          const err = (await failure(api, model, text)) as { status?: number } | undefined;
          result.set(`${model}:${text}`, err ? String(err.status) : 'ok');
        }
      });
      return result;
    };
    const forward = await outcomes(prompts);
    const backward = await outcomes([...prompts].reverse());
    expect(backward).toEqual(forward);

    const count = (model: string, status: string) => prompts.filter((p) => forward.get(`${model}:${p}`) === status).length;
    expect(count('sim-a', '500') / prompts.length).toBeGreaterThan(0.13);
    expect(count('sim-a', '500') / prompts.length).toBeLessThan(0.27);
    expect(count('sim-a', '429')).toBe(0);
    expect(count('sim-b', '429') / prompts.length).toBeGreaterThan(0.22);
    expect(count('sim-b', '429') / prompts.length).toBeLessThan(0.38);
    expect(count('sim-b', '500')).toBe(0);
  });

  it('gives a retried call the answer the failed attempt would have had', async () => {
    const cleanSim = await simulator({ models: [fastModel('sim-a')], seed: 3 });
    const faultySim = await simulator({ models: [fastModel('sim-a')], seed: 3, faults: scripted([{ fault: 500, count: 2 }]) });
    const clean = await client(cleanSim).chat.completions.create({ model: 'sim-a', messages: ask() });
    const api = client(faultySim);
    expect(await failure(api)).toBeInstanceOf(OpenAI.InternalServerError);
    expect(await failure(api)).toBeInstanceOf(OpenAI.InternalServerError);
    const retried = await api.chat.completions.create({ model: 'sim-a', messages: ask() });
    expect(retried.choices[0]!.message.content).toBe(clean.choices[0]!.message.content);
  });

  it('refuses fault plans that cannot be honoured', async () => {
    await expect(simulator({ models: [fastModel('sim-a')], faults: { rate429: 0.7, rate500: 0.5 } })).rejects.toThrow(/more than 1/);
    await expect(simulator({ models: [fastModel('sim-a')], faults: { rateReset: -0.1 } })).rejects.toThrow(/within 0..1/);
    await expect(simulator({ models: [fastModel('sim-a')], faults: { script: [{ fault: 200, count: 1 }] } })).rejects.toThrow(/error status/);
  });
});
