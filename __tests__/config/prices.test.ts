import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { PRICE_TABLE, builtinPrice, loadPriceTable, priceAgeDays } from '../../src/config/index.js';
import { callCost } from '../../src/run/index.js';

beforeAll(() => loadPriceTable());

const ON = new Date('2026-12-01T12:00:00Z');
const priced = (id: string, baseUrl?: string) => builtinPrice(id, { today: ON, ...(baseUrl ? { baseUrl } : {}) });

describe('the bundled price table', () => {
  test('is the version package.json pins', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['@pydantic/genai-prices']).toBe(PRICE_TABLE.version);
    expect(PRICE_TABLE.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("prices today's migration targets without config", () => {
    for (const id of ['gpt-6-luna', 'gpt-6-sol', 'gpt-6-astra', 'gpt-5.6', 'gpt-5.6-luna', 'gpt-5.6-terra', 'claude-opus-4-7', 'claude-opus-4-8', 'claude-sonnet-5', 'gemini-3-pro-preview', 'gemini-3-flash-preview', 'gemini-3.1-pro-preview', 'gemini-3.1-flash-lite', 'gemini-3.5-flash']) {
      const p = priced(id);
      expect(p, id).toBeDefined();
      expect(p!.price.input, id).toBeGreaterThan(0);
      expect(p!.price.cachedInput, id).toBeLessThanOrEqual(p!.price.input);
    }
    expect(priced('claude-opus-4-8')!.price).toEqual({ input: 5, cachedInput: 0.5, output: 25 });
  });

  test('a dated snapshot is priced as its family and says so', () => {
    const p = priced('gpt-6-luna-2026-08-01')!;
    expect(p.price.input).toBe(priced('gpt-6-luna')!.price.input);
    expect(p.source.entry).toBe('openai/gpt-6-luna');
    expect(priced('gpt-4o-2024-08-06')!.source.entry).toBe('openai/gpt-4o');
  });

  test("cached input is the vendor's rate: Gemini 2.5 bills cached tokens at 10% of input", () => {
    expect(priced('gemini-2.5-pro')!.price).toMatchObject({ input: 1.25, cachedInput: 0.125, output: 10 });
    expect(priced('gemini-2.5-flash')!.price).toMatchObject({ input: 0.3, cachedInput: 0.03, output: 2.5 });
    expect(priced('gemini-2.5-flash-lite')!.price).toMatchObject({ input: 0.1, cachedInput: 0.01, output: 0.4 });
  });

  test('a time-of-day rate is priced at its peak, the upper bound', () => {
    expect(priced('deepseek-v4-flash')!.price).toEqual({ input: 0.44, cachedInput: 0.014, output: 1.32 });
    expect(priced('deepseek-v4-pro')!.price).toEqual({ input: 1.32, cachedInput: 0.044, output: 3.96 });
  });

  test('long-context tiers apply per call, by the prompt of that call', () => {
    const p = priced('gemini-2.5-pro')!.price;
    expect(p.tiers).toEqual([{ aboveInputTokens: 200_000, input: 2.5, cachedInput: 0.25, output: 15 }]);
    const short = callCost({ prompt: 200_000, cached: 0, completion: 1000, reasoning: 0 }, p);
    const long = callCost({ prompt: 200_001, cached: 1, completion: 1000, reasoning: 0 }, p);
    expect(short).toBeCloseTo((200_000 * 1.25 + 1000 * 10) / 1e6, 12);
    expect(long).toBeCloseTo((200_000 * 2.5 + 1 * 0.25 + 1000 * 15) / 1e6, 12);
  });

  test("a gateway the table knows prices its own ids: OpenRouter's openai/gpt-5", () => {
    expect(priced('openai/gpt-5', 'https://openrouter.ai/api/v1')?.price).toMatchObject({ input: 1.25, output: 10 });
    // A local server names no provider: the id alone decides.
    expect(priced('gpt-5', 'http://127.0.0.1:8000/v1')?.price).toMatchObject({ input: 1.25, output: 10 });
  });

  test('the age of a price is counted in whole days from its date', () => {
    expect(priceAgeDays('2026-09-23', ON)).toBe(69);
    expect(priceAgeDays('2026-11', ON)).toBe(30);
    expect(priceAgeDays('not a date', ON)).toBeUndefined();
  });
});
