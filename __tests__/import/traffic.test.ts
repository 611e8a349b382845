import { describe, expect, it } from 'vitest';
import { importTraffic, type LogLine } from '../../src/import/traffic.js';
import { allocate, stratifiedSample } from '../../src/import/sample.js';
import { maskText } from '../../src/import/mask.js';

const exchange = (user: string, answer: string, metadata: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ request: { model: 'gpt-4o', messages: [{ role: 'user', content: user }], ...extra }, response: { choices: [{ message: { role: 'assistant', content: answer } }] }, metadata });

const lines = (texts: string[]): LogLine[] => texts.map((text, i) => ({ source: 'prod.log', line: i + 1, text }));

describe('stratified sampling', () => {
  it('gives each slice its share, at least one, summing to exactly n', () => {
    const a = allocate(new Map([['big', 900], ['mid', 90], ['tiny', 10], ['one', 1]]), 100);
    expect(a.map((x) => x.taken)).toEqual([89, 9, 1, 1]);
    expect(a.reduce((s, x) => s + x.taken, 0)).toBe(100);
  });

  it('is the same pick for the same seed and another for another', () => {
    const items = Array.from({ length: 500 }, (_, i) => (i % 5 === 0 ? 'a' : 'b'));
    const one = stratifiedSample(items, (x) => x, 50, 7).picked;
    expect(stratifiedSample(items, (x) => x, 50, 7).picked).toEqual(one);
    expect(stratifiedSample(items, (x) => x, 50, 8).picked).not.toEqual(one);
    expect(one).toHaveLength(50);
  });
});

describe('masking', () => {
  it('replaces keys, emails, phone numbers and card numbers', () => {
    const counts: Record<string, number> = {};
    const text = 'key sk-proj-abcdefghijklmnopqrstuvwx, mail bob@example.org, call (415) 555-0100 or +44 20 7946 0958, card 4111 1111 1111 1111, AKIAABCDEFGHIJKLMNOP, password=hunter2hunter';
    const out = maskText(text, counts);
    for (const secret of ['sk-proj', 'bob@', '555-0100', '7946', '4111', 'AKIA', 'hunter2']) expect(out).not.toContain(secret);
    expect(counts).toMatchObject({ 'api-key': 2, email: 1, phone: 2, card: 1, secret: 1 });
    expect(maskText('order 2024-03-01, 12 items', {})).toBe('order 2024-03-01, 12 items');
  });
});

describe('importTraffic', () => {
  it('skips malformed lines by number, drops duplicates, samples exactly n by slice, tags source and slice', () => {
    const texts: string[] = [];
    for (let i = 0; i < 300; i++) texts.push(exchange(`question ${i % 200}`, `answer ${i}`, { route: i % 3 === 0 ? 'billing' : 'shipping' }));
    texts.splice(10, 0, '{broken', '');
    const { cases, summary } = importTraffic(lines(texts), { sample: 40, by: 'metadata.route', seed: 1, mask: true });
    expect(cases).toHaveLength(40);
    expect(summary.skipped.malformed).toEqual({ count: 1, lines: ['prod.log:11'] });
    expect(summary.duplicates).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.id)).size).toBe(40);
    expect(cases[0]!.tags[0]).toBe('source:prod.log');
    expect(cases.every((c) => /^route:(billing|shipping)$/.test(c.tags[1]!))).toBe(true);
    expect(cases[0]!.expect[0]).toMatchObject({ type: 'llm-judge' });
    expect(cases[0]!.reference).toMatch(/^answer \d+$/);
  });

  it('uses equals for deterministic structured output, and masks before writing', () => {
    const structured = exchange('extract from jane@corp.example', '{"name":"Jane"}', {}, { temperature: 0, response_format: { type: 'json_object' } });
    const { cases, summary } = importTraffic(lines([structured]), { seed: 1, mask: true });
    expect(cases[0]!.expect).toEqual([{ type: 'equals', value: '{"name":"Jane"}' }]);
    expect(JSON.stringify(cases)).not.toContain('jane@corp.example');
    expect(summary.masked.email).toBe(1);
  });

  it('recognises LiteLLM, Helicone, Langfuse and stored-completion shapes', () => {
    const msgs = [{ role: 'user', content: 'hi' }];
    const choice = { choices: [{ message: { role: 'assistant', content: 'hello' } }] };
    const { summary } = importTraffic(
      lines([
        JSON.stringify({ messages: [{ role: 'user', content: 'a' }], response: choice, model_parameters: {}, metadata: {} }),
        JSON.stringify({ request: { body: { messages: msgs } }, response: { body: choice }, properties: {} }),
        JSON.stringify({ type: 'GENERATION', input: [{ role: 'user', content: 'b' }], output: { role: 'assistant', content: 'yo' } }),
        JSON.stringify({ object: 'chat.completion', input_messages: [{ role: 'user', content: 'c' }], ...choice, metadata: {} }),
        JSON.stringify({ something: 'else' }),
      ]),
      { seed: 1, mask: true },
    );
    expect(summary.shapes).toEqual({ litellm: 1, helicone: 1, langfuse: 1, 'openai-stored': 1 });
    expect(summary.skipped.unrecognised?.count).toBe(1);
  });
});
