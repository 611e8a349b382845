import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { client, fastModel, simulator } from './helpers.js';

const messages = [
  { role: 'system' as const, content: 'You are terse.' },
  { role: 'user' as const, content: 'Say something about the weather in Lisbon in spring.' },
];
// Independent of the simulator's code: the documented approximation, ceil(chars / 4) + 4 per message, + 3.
const expectedPrompt = messages.reduce((n, m) => n + Math.ceil(m.content.length / 4) + 4, 3);

describe('chat completions wire format', () => {
  it('answers with the OpenAI response shape and a consistent usage block', async () => {
    const sim = await simulator({ models: [fastModel('sim-a')], now: () => 1_700_000_000 });
    const res = await client(sim).chat.completions.create({ model: 'sim-a', messages });

    expect(res.object).toBe('chat.completion');
    expect(res.id).toMatch(/^chatcmpl-/);
    expect(res.created).toBe(1_700_000_000);
    expect(res.model).toBe('sim-a');
    expect(res.choices).toHaveLength(1);
    const choice = res.choices[0]!;
    expect(choice.index).toBe(0);
    expect(choice.finish_reason).toBe('stop');
    expect(choice.message.role).toBe('assistant');
    const content = choice.message.content ?? '';
    expect(content.length).toBeGreaterThan(0);

    const usage = res.usage!;
    expect(usage.prompt_tokens).toBe(expectedPrompt);
    expect(usage.completion_tokens).toBe(Math.ceil(content.length / 4));
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
    expect(usage.prompt_tokens_details?.cached_tokens).toBe(0);
    expect(usage.completion_tokens_details?.reasoning_tokens).toBe(0);
  });

  it('reports cached prompt tokens and bills reasoning tokens inside completion_tokens', async () => {
    const sim = await simulator({
      models: [fastModel('sim-reasoner', { reasoningTokens: 200, cachedPromptFraction: 0.5 })],
    });
    const res = await client(sim).chat.completions.create({ model: 'sim-reasoner', messages });
    const usage = res.usage!;
    const reasoning = usage.completion_tokens_details?.reasoning_tokens ?? 0;
    const visible = Math.ceil((res.choices[0]!.message.content ?? '').length / 4);

    expect(usage.prompt_tokens_details?.cached_tokens).toBe(Math.floor(expectedPrompt * 0.5));
    expect(reasoning).toBeGreaterThanOrEqual(100);
    expect(reasoning).toBeLessThanOrEqual(300);
    expect(usage.completion_tokens).toBe(visible + reasoning);
    expect(sim.served[0]).toMatchObject({
      model: 'sim-reasoner',
      status: 200,
      promptTokens: usage.prompt_tokens,
      completionTokens: usage.completion_tokens,
      cachedTokens: usage.prompt_tokens_details?.cached_tokens,
      reasoningTokens: reasoning,
    });
  });

  it('stops at max_completion_tokens with finish_reason length, reasoning counted against it', async () => {
    const sim = await simulator({ models: [fastModel('sim-reasoner', { reasoningTokens: 40 })] });
    const res = await client(sim).chat.completions.create({ model: 'sim-reasoner', messages, max_completion_tokens: 30 });
    expect(res.choices[0]!.finish_reason).toBe('length');
    expect(res.usage!.completion_tokens).toBe(30);
    const reasoning = res.usage!.completion_tokens_details?.reasoning_tokens ?? 0;
    expect((res.choices[0]!.message.content ?? '').length).toBeLessThanOrEqual((30 - reasoning) * 4);
  });

  it('lists its models, one by one too', async () => {
    const sim = await simulator({ models: [fastModel('sim-a'), fastModel('sim-b')] });
    const api = client(sim);
    const list = await api.models.list();
    expect(list.data.map((m) => m.id)).toEqual(['sim-a', 'sim-b']);
    expect(list.data[0]).toMatchObject({ object: 'model', owned_by: 'llm-gate-simulator' });
    expect((await api.models.retrieve('sim-b')).id).toBe('sim-b');
  });

  it('answers an unknown model with 404 model_not_found, as OpenAI does', async () => {
    const sim = await simulator({ models: [fastModel('sim-a')] });
    const err = await client(sim).chat.completions.create({ model: 'gpt-nope', messages }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    const apiError = err as InstanceType<typeof OpenAI.NotFoundError>;
    expect(apiError.status).toBe(404);
    expect(apiError.code).toBe('model_not_found');
    expect(apiError.type).toBe('invalid_request_error');
    expect(apiError.message).toContain('gpt-nope');
    expect(sim.served[0]).toMatchObject({ model: 'gpt-nope', status: 404 });
  });

  it('serves any model id with the fallback profile when asked to', async () => {
    const sim = await simulator({ models: [], unknownModel: { quality: 1, latency: { medianMs: 1, p95Ms: 2 } } });
    const res = await client(sim).chat.completions.create({ model: 'whatever-4', messages });
    expect(res.model).toBe('whatever-4');
  });

  it('rejects malformed requests with 400 and OpenAI error bodies', async () => {
    const sim = await simulator({ models: [fastModel('sim-a')] });
    const post = (body: string) =>
      fetch(`${sim.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const errorOf = async (res: Response) => ((await res.json()) as { error: Record<string, unknown> }).error;

    const notJson = await post('{"model": ');
    expect(notJson.status).toBe(400);
    expect(await errorOf(notJson)).toMatchObject({ type: 'invalid_request_error', param: null, code: null });

    const noMessages = await post(JSON.stringify({ model: 'sim-a' }));
    expect(noMessages.status).toBe(400);
    expect(await errorOf(noMessages)).toMatchObject({ param: 'messages', code: 'missing_required_parameter' });

    // Streaming is served (endpoints.test.ts covers it); a stream request is not malformed.
    const streaming = await post(JSON.stringify({ model: 'sim-a', messages, stream: true }));
    expect(streaming.status).toBe(200);
    expect(streaming.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await streaming.text();

    const wrongPath = await fetch(`${sim.url}/completions/legacy`, { method: 'POST', body: '{}' });
    expect(wrongPath.status).toBe(404);
    expect((await errorOf(wrongPath)).message).toBe('Invalid URL (POST /v1/completions/legacy)');
    expect(sim.requests()).toBe(4);
  });

  it('checks the key when given one, and never echoes it', async () => {
    const sim = await simulator({ models: [fastModel('sim-a')], apiKey: 'sk-right-key-0123456789' });
    const err = await client(sim, { apiKey: 'sk-wrong-key-9876543210' })
      .chat.completions.create({ model: 'sim-a', messages })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((err as Error).message).not.toContain('9876543210');
    expect((err as InstanceType<typeof OpenAI.AuthenticationError>).code).toBe('invalid_api_key');

    const ok = await client(sim, { apiKey: 'sk-right-key-0123456789' }).chat.completions.create({ model: 'sim-a', messages });
    expect(ok.choices).toHaveLength(1);
  });

  it('keeps connections alive between requests', async () => {
    const sim = await simulator({ models: [fastModel('sim-a')] });
    const api = client(sim);
    const first = await api.chat.completions.create({ model: 'sim-a', messages }).withResponse();
    expect(first.response.headers.get('connection')).toBe('keep-alive');
    expect(first.response.headers.get('x-llm-gate-simulated')).toBe('true');
  });
});
