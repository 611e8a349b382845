// The simulator speaks the Responses API, streams both APIs (first token before the rest),
// checks an api-version when asked to, and serves keyless: through the real SDK.
import { describe, expect, it } from 'vitest';
import { client, evalCase, fastModel, simulator } from './helpers.js';

const CASE = evalCase('c1', 'Route ticket 7', [{ type: 'contains', value: 'x' }], { ideal: 'billing' });

describe('the simulator over both APIs', () => {
  it('answers the Responses API with output text and usage in its names, matching the answer key', async () => {
    const sim = await simulator({ models: [fastModel('m', { quality: 1, reasoningTokens: 10 })], cases: [CASE] });
    const r = (await client(sim).responses.create({
      model: 'm',
      instructions: 'You are a test assistant.',
      input: [{ role: 'user', content: 'Route ticket 7' }],
    })) as any;
    expect(r.object).toBe('response');
    expect(r.status).toBe('completed');
    expect(r.output_text).toBe('billing');
    expect(r.usage.output_tokens).toBeGreaterThanOrEqual(r.usage.output_tokens_details.reasoning_tokens);
    expect(r.usage.input_tokens).toBeGreaterThan(0);
    expect(sim.served[0]).toMatchObject({ api: 'responses', caseId: 'c1', status: 200 });
  });

  it('cuts a Responses answer at max_output_tokens as incomplete', async () => {
    const sim = await simulator({ models: [fastModel('m', { quality: 1 })], cases: [evalCase('c2', 'long', [], { ideal: 'a much longer reference answer than two tokens' })] });
    const r = (await client(sim).responses.create({ model: 'm', instructions: 'You are a test assistant.', input: [{ role: 'user', content: 'long' }], max_output_tokens: 2 })) as any;
    expect(r.status).toBe('incomplete');
    expect(r.incomplete_details).toEqual({ reason: 'max_output_tokens' });
  });

  it('streams Chat Completions with usage last, and records when it sent the first token', async () => {
    const sim = await simulator({ models: [fastModel('m', { quality: 1, latency: { medianMs: 40, p95Ms: 60 }, firstToken: { medianMs: 10, p95Ms: 15 } })], cases: [CASE] });
    const stream = await client(sim).chat.completions.create({ model: 'm', messages: CASE.messages, stream: true, stream_options: { include_usage: true } });
    let text = '';
    let usage: unknown;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe('billing');
    expect(usage).toMatchObject({ prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number) });
    const served = sim.served[0]!;
    expect(served.stream).toBe(true);
    expect(served.firstTokenMs).toBeGreaterThan(0);
    expect(served.firstTokenMs!).toBeLessThanOrEqual(served.latencyMs);
  });

  it('streams the Responses API as named events ending in response.completed', async () => {
    const sim = await simulator({ models: [fastModel('m', { quality: 1 })], cases: [CASE] });
    const stream = await client(sim).responses.create({ model: 'm', instructions: 'You are a test assistant.', input: [{ role: 'user', content: 'Route ticket 7' }], stream: true });
    const types: string[] = [];
    let text = '';
    for await (const event of stream as AsyncIterable<any>) {
      types.push(event.type);
      if (event.type === 'response.output_text.delta') text += event.delta;
    }
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    expect(text).toBe('billing');
  });

  it('requires the api-version it was given, and serves keyless', async () => {
    const sim = await simulator({ models: [fastModel('m')], apiVersion: '2024-10-21' });
    const plain = client(sim);
    await expect(plain.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({ status: 404 });
    const azure = client(sim);
    const ok = await azure.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }, { query: { 'api-version': '2024-10-21' } });
    expect(ok.choices[0]?.message.content).toBeTruthy();
    expect(sim.served.at(-1)).toMatchObject({ apiVersion: '2024-10-21', authorized: true, status: 200 });
  });
});
