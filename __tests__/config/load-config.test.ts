import { afterEach, describe, expect, test } from 'vitest';
import { LOCAL_PRICES, PRICE_TABLE, PRICES_CHECKED, builtinPrice, loadConfig, loadPriceTable } from '../../src/config/index.js';
import { formattedError, project } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function configFrom(yaml: string, extra: Record<string, string> = {}, options: Parameters<typeof loadConfig>[1] = {}) {
  const p = await project({ 'llm-gate.yml': yaml, ...extra });
  cleanups.push(p.cleanup);
  return { dir: p.dir, load: () => loadConfig('llm-gate.yml', { cwd: p.dir, ...options }) };
}

const TWO_MODELS = `evals: evals/*.yaml
models:
  baseline:
    model: gpt-4o
  candidate:
    model: gpt-4o-mini
`;

describe('defaults', () => {
  test('fill thresholds, run settings, endpoint and key variable', async () => {
    const { dir, load } = await configFrom(TWO_MODELS);
    const config = await load();
    expect(config.thresholds).toEqual({ qualityPerDollar: 0.1, p95Latency: 0.2, quality: 2, errorRate: 0.02 });
    expect(config.run).toEqual({ concurrency: 8, repeats: 1, timeoutMs: 30_000, retries: 2 });
    expect(config.models.baseline.baseUrl).toBe('https://api.openai.com/v1');
    expect(config.models.baseline.apiKeyEnv).toBe('OPENAI_API_KEY');
    expect(config.models.baseline.params).toEqual({});
    expect(config.judge).toBeUndefined();
    expect(config.prompt).toBeUndefined();
    expect(config.evals).toEqual(['evals/*.yaml']);
    expect(config.rootDir).toBe(dir);
    expect(config.configFile).toBe(`${dir}/llm-gate.yml`);
  });
});

describe('inheritance', () => {
  const yaml = `evals: [a.yaml, b.jsonl]
models:
  baseline:
    model: gpt-4o
    baseUrl: http://127.0.0.1:9999/v1/
    apiKeyEnv: GATE_KEY
    params: { temperature: 0, max_tokens: 400 }
  candidate:
    model: gpt-4.1
judge:
  model: gpt-4o-mini
  apiKeyEnv: JUDGE_KEY
`;

  test('candidate takes baseUrl, apiKeyEnv and params from the baseline', async () => {
    const config = await (await configFrom(yaml)).load();
    expect(config.models.candidate).toMatchObject({
      model: 'gpt-4.1',
      baseUrl: 'http://127.0.0.1:9999/v1',
      apiKeyEnv: 'GATE_KEY',
      params: { temperature: 0, max_tokens: 400 },
    });
  });

  test('judge takes baseUrl and apiKeyEnv but not params; its own settings win', async () => {
    const config = await (await configFrom(yaml)).load();
    expect(config.judge).toMatchObject({ model: 'gpt-4o-mini', baseUrl: 'http://127.0.0.1:9999/v1', apiKeyEnv: 'JUDGE_KEY', params: {} });
  });

  test('candidate params are a copy, and its own params replace the baseline ones', async () => {
    const config = await (await configFrom(yaml)).load();
    expect(config.models.candidate.params).not.toBe(config.models.baseline.params);
    const own = await (await configFrom(yaml.replace('model: gpt-4.1', 'model: gpt-4.1\n    params: { temperature: 1 }'))).load();
    expect(own.models.candidate.params).toEqual({ temperature: 1 });
  });

  test('a price is never inherited', async () => {
    const custom = `evals: a.yaml
models:
  baseline:
    model: house-model
    price: { input: 1, output: 2 }
  candidate:
    model: house-model-2
`;
    expect(await formattedError((await configFrom(custom)).load())).toContain('models.candidate.price: no built-in price for model "house-model-2"');
  });
});

describe('prices', () => {
  test('a configured price wins, and cachedInput defaults to input', async () => {
    const config = await (await configFrom(TWO_MODELS.replace('model: gpt-4o\n', 'model: gpt-4o\n    price: { input: 3, output: 12 }\n'))).load();
    expect(config.models.baseline.price).toEqual({ input: 3, cachedInput: 3, output: 12 });
    expect(config.models.baseline.priceSource).toEqual({ kind: 'config' });
  });

  test('known models take the bundled table, which names itself and the date of its data', async () => {
    const config = await (await configFrom(TWO_MODELS)).load();
    expect(config.models.baseline.price).toEqual({ input: 2.5, cachedInput: 1.25, output: 10 });
    expect(config.models.candidate.price).toEqual({ input: 0.15, cachedInput: 0.075, output: 0.6 });
    expect(config.models.candidate.priceSource).toEqual({ kind: 'builtin', checked: PRICE_TABLE.published, table: `genai-prices ${PRICE_TABLE.version}` });
  });

  test('ids the table does not know, or that are too long to look up, are not priced', async () => {
    await loadPriceTable();
    expect(builtinPrice('gpt-4o-mini')?.price).toEqual({ input: 0.15, cachedInput: 0.075, output: 0.6 });
    expect(builtinPrice('my-finetune')).toBeUndefined();
    expect(builtinPrice('constructor')).toBeUndefined();
    expect(builtinPrice(`gpt-4o-${'x'.repeat(300)}`)).toBeUndefined();
  });

  test("llm-gate's own rows cover what the table lacks, with their checked month", () => {
    expect(builtinPrice('deepseek-flash')).toEqual({ price: { input: 0.3, cachedInput: 0.006, output: 1.2 }, source: { kind: 'builtin', checked: PRICES_CHECKED, table: 'llm-gate' } });
    for (const [id, p] of Object.entries(LOCAL_PRICES)) {
      expect(p.cachedInput, id).toBeLessThanOrEqual(p.input);
      expect(p.output, id).toBeGreaterThanOrEqual(p.input);
    }
    expect(PRICES_CHECKED).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });

  test('a model override drops the price configured for the model it replaces', async () => {
    const yaml = TWO_MODELS.replace('model: gpt-4o-mini\n', 'model: house-model\n    price: { input: 9, output: 9 }\n');
    const { load } = await configFrom(yaml, {}, { overrides: { candidateModel: 'gpt-4.1-mini' } });
    const config = await load();
    expect(config.models.candidate.model).toBe('gpt-4.1-mini');
    expect(config.models.candidate.price).toEqual({ input: 0.4, cachedInput: 0.1, output: 1.6 });
  });

  test('an override can supply a model the file leaves out', async () => {
    const yaml = 'evals: a.yaml\nmodels:\n  baseline:\n    model: gpt-4o\n';
    const config = await (await configFrom(yaml, {}, { overrides: { candidateModel: 'o3' } })).load();
    expect(config.models.candidate).toMatchObject({ model: 'o3', baseUrl: 'https://api.openai.com/v1' });
  });
});

describe('prices: by model id', () => {
  const PRICED = `evals: a.yaml
models:
  baseline:
    model: gpt-4o
  candidate:
    model: gpt-4.1
    price: { input: 9, output: 9 }
judge:
  model: house-judge
prices:
  gpt-5.9: { input: 1.5, cachedInput: 0.15, output: 12 }
  house-judge: { input: 0.5, output: 1 }
  gpt-4o: { input: 7, output: 7 }
`;

  test('serve any role, and a model id the built-in table does not know', async () => {
    const config = await (await configFrom(PRICED)).load();
    expect(config.judge?.price).toEqual({ input: 0.5, cachedInput: 0.5, output: 1 });
    expect(config.judge?.priceSource).toEqual({ kind: 'config' });
  });

  test("come after a model's own price and before the built-in table", async () => {
    const config = await (await configFrom(PRICED)).load();
    expect(config.models.candidate.price).toEqual({ input: 9, cachedInput: 9, output: 9 });
    expect(config.models.baseline.price).toEqual({ input: 7, cachedInput: 7, output: 7 });
  });

  test('price an override, whose own configured price no longer applies', async () => {
    const config = await (await configFrom(PRICED, {}, { overrides: { candidateModel: 'gpt-5.9' } })).load();
    expect(config.models.candidate).toMatchObject({ model: 'gpt-5.9', price: { input: 1.5, cachedInput: 0.15, output: 12 }, priceSource: { kind: 'config' } });
  });

  test('an override of the baseline is priced the same way', async () => {
    const config = await (await configFrom(PRICED, {}, { overrides: { baselineModel: 'house-judge' } })).load();
    expect(config.models.baseline.price).toEqual({ input: 0.5, cachedInput: 0.5, output: 1 });
  });

  test('an unpriced override says which model replaced which, and where to add its price', async () => {
    const { load } = await configFrom(TWO_MODELS.replace('model: gpt-4o-mini\n', 'model: gpt-4.1\n    price: { input: 2, output: 8 }\n'), {}, { overrides: { candidateModel: 'gpt-5.9' } });
    expect(await formattedError(load())).toBe(
      'llm-gate.yml:6:5: prices: --candidate-model gpt-5.9 replaced gpt-4.1; no price is known for gpt-5.9 (add it under prices: in llm-gate.yml, e.g. prices: { gpt-5.9: { input: …, output: … } } in USD per 1M tokens)',
    );
  });

  test('with a prices: section, the error points at it; an Action input is named as such', async () => {
    const { load } = await configFrom(PRICED, {}, { overrides: { baselineModel: 'gpt-6', via: 'input' } });
    expect(await formattedError(load())).toBe(
      'llm-gate.yml:10:1: prices: the baseline-model input gpt-6 replaced gpt-4o; no price is known for gpt-6 (add it under prices: in llm-gate.yml, e.g. prices: { gpt-6: { input: …, output: … } } in USD per 1M tokens)',
    );
  });

  test('are validated like any price, at their line', async () => {
    const { load } = await configFrom(`${TWO_MODELS}prices:\n  house: { input: -1, output: 2 }\n`);
    expect(await formattedError(load())).toMatch(/^llm-gate\.yml:8:19: prices\.house\.input: must be at least 0/);
  });
});

describe('thresholds and durations', () => {
  test('percentages, fractions, points and false are read as documented', async () => {
    const yaml = `${TWO_MODELS}thresholds:
  qualityPerDollar: 15%
  p95Latency: 0.5
  quality: false
  errorRate: "1%"
run:
  timeout: 2m
  concurrency: 3
  repeats: 4
  retries: 0
  budget: 2.5
  maxResponseSize: 512KB
`;
    const config = await (await configFrom(yaml)).load();
    expect(config.thresholds).toEqual({ qualityPerDollar: 0.15, p95Latency: 0.5, quality: false, errorRate: 0.01 });
    expect(config.run).toEqual({ concurrency: 3, repeats: 4, timeoutMs: 120_000, retries: 0, budgetUsd: 2.5, maxResponseBytes: 512 * 1024 });
  });

  test('run.maxResponseSize takes a number of bytes, and a bad size is an error at its line', async () => {
    const bytes = await (await configFrom(`${TWO_MODELS}run:\n  maxResponseSize: 65536\n`)).load();
    expect(bytes.run.maxResponseBytes).toBe(65536);
    const bad = await configFrom(`${TWO_MODELS}run:\n  maxResponseSize: 8 megs\n`);
    expect(await formattedError(bad.load())).toBe(
      'llm-gate.yml:8:20: run.maxResponseSize: expected a size such as "8MB", "512KB" or a number of bytes (units: B, KB, MB, GB; 1 KB = 1024 bytes)',
    );
    const huge = await configFrom(`${TWO_MODELS}run:\n  maxResponseSize: 64GB\n`);
    expect(await formattedError(huge.load())).toBe('llm-gate.yml:8:20: run.maxResponseSize: must be between 1KB and 1GB (the default, 8MB, fits any chat completion)');
  });

  test('a section whose lines are all commented out means all defaults', async () => {
    const config = await (await configFrom(`${TWO_MODELS}run:\n  # concurrency: 4\nthresholds:\n`)).load();
    expect(config.run.concurrency).toBe(8);
    expect(config.thresholds.quality).toBe(2);
  });

  test('a bare timeout number is seconds', async () => {
    const config = await (await configFrom(`${TWO_MODELS}run: { timeout: 1.5 }\n`)).load();
    expect(config.run.timeoutMs).toBe(1_500);
  });
});

describe('environment expansion', () => {
  test('fills ${VAR} and ${VAR:-default} from the env option only', async () => {
    const yaml = TWO_MODELS.replace('model: gpt-4o-mini', 'model: ${CANDIDATE:-gpt-4o-mini}').replace(
      'model: gpt-4o\n',
      'model: gpt-4o\n    baseUrl: ${GATE_URL}\n',
    );
    const { load } = await configFrom(yaml, {}, { env: { GATE_URL: 'http://127.0.0.1:8080/v1' } });
    const config = await load();
    expect(config.models.baseline.baseUrl).toBe('http://127.0.0.1:8080/v1');
    expect(config.models.candidate.model).toBe('gpt-4o-mini');
  });
});

describe('prompts', () => {
  test('a path is read relative to the config file, inline text is kept', async () => {
    const yaml = `${TWO_MODELS}prompt:\n  system: prompts/support.md\n  user: "Answer: {{question}}"\n`;
    const p = await project({ 'conf/llm-gate.yml': yaml, 'conf/prompts/support.md': 'You help with {{product}}.\r\nBe brief.\n' });
    cleanups.push(p.cleanup);
    const config = await loadConfig('conf/llm-gate.yml', { cwd: p.dir });
    expect(config.prompt).toEqual({ system: 'You help with {{product}}.\nBe brief.', user: 'Answer: {{question}}' });
  });

  test('a missing prompt file is an error naming it at the prompt field', async () => {
    const p = await project({ 'conf/llm-gate.yml': `${TWO_MODELS}prompt:\n  system: prompts/nope.txt\n` });
    cleanups.push(p.cleanup);
    const message = await formattedError(loadConfig('conf/llm-gate.yml', { cwd: p.dir }));
    expect(message).toMatch(/^conf\/llm-gate\.yml:8:11: prompt\.system: prompt file not found: conf\/prompts\/nope\.txt/);
  });

  test('multi-line text and text with spaces but no file extension stay inline', async () => {
    const yaml = `${TWO_MODELS}prompt:\n  system: |\n    Read notes.md\n  user: Reply to {{message}}\n`;
    const config = await (await configFrom(yaml)).load();
    expect(config.prompt).toEqual({ system: 'Read notes.md\n', user: 'Reply to {{message}}' });
  });
});

describe('the config file itself', () => {
  test('a missing file is a config error naming it', async () => {
    const { dir } = await configFrom(TWO_MODELS);
    const message = await formattedError(loadConfig('other.yml', { cwd: dir }));
    expect(message).toBe('other.yml: config file not found: other.yml (pass --config <path>, or create llm-gate.yml)');
  });
});

describe('a key inherited from the baseline', () => {
  const BASE = `evals: a.yaml
models:
  baseline:
    model: gpt-4o
    baseUrl: https://api.openai.com/v1
`;

  test.each([
    ['another host', 'https://api.other.example/v1', 'https://api.other.example'],
    ['another scheme', 'http://api.openai.com/v1', 'http://api.openai.com'],
    ['another port', 'https://api.openai.com:8443/v1', 'https://api.openai.com:8443'],
  ])('is not sent to %s by the candidate: a config error at its baseUrl naming both hosts', async (_what, url, origin) => {
    const yaml = `${BASE}  candidate:\n    model: gpt-4o-mini\n    baseUrl: ${url}\n`;
    expect(await formattedError((await configFrom(yaml)).load())).toBe(
      `llm-gate.yml:8:14: models.candidate.apiKeyEnv: the candidate would inherit OPENAI_API_KEY, the baseline's key for https://api.openai.com, and send it to ${origin}; a key is sent only to the host it belongs to (set models.candidate.apiKeyEnv to the variable holding the key for ${origin}, or to OPENAI_API_KEY to send that key there on purpose)`,
    );
  });

  test('is not sent to another host by the judge either', async () => {
    const yaml = `${BASE}    apiKeyEnv: GATE_KEY\n  candidate:\n    model: gpt-4o-mini\njudge:\n  model: gpt-4o-mini\n  baseUrl: http://127.0.0.1:4000/v1\n`;
    expect(await formattedError((await configFrom(yaml)).load())).toBe(
      "llm-gate.yml:11:12: judge.apiKeyEnv: the judge would inherit GATE_KEY, the baseline's key for https://api.openai.com, and send it to http://127.0.0.1:4000; a key is sent only to the host it belongs to (set judge.apiKeyEnv to the variable holding the key for http://127.0.0.1:4000, or to GATE_KEY to send that key there on purpose)",
    );
  });

  test('goes to another path on the same origin, and a named apiKeyEnv goes anywhere', async () => {
    const samePath = await (await configFrom(`${BASE}  candidate:\n    model: gpt-4o-mini\n    baseUrl: https://api.openai.com/v2/\n`)).load();
    expect(samePath.models.candidate.apiKeyEnv).toBe('OPENAI_API_KEY');
    const named = await (await configFrom(`${BASE}  candidate:\n    model: gpt-4o-mini\n    baseUrl: http://127.0.0.1:4000/v1\n    apiKeyEnv: OPENAI_API_KEY\n`)).load();
    expect(named.models.candidate).toMatchObject({ baseUrl: 'http://127.0.0.1:4000/v1', apiKeyEnv: 'OPENAI_API_KEY' });
  });
});

describe('models.baseline: { from: base } and per-model prompts, as written', () => {
  const FROM_BASE = (baseline: string) => `evals: evals/*.yaml
models:
  baseline: ${baseline}
  candidate:
    model: gpt-4o-mini
`;

  test('a from other than base, or another key beside it, is an error at its place', async () => {
    expect(await formattedError((await configFrom(FROM_BASE('{ from: main }'))).load())).toMatch(/^llm-gate\.yml:3:\d+: .*expected "base", got "main"/);
    const extra = await formattedError((await configFrom(FROM_BASE('{ from: base, model: gpt-4o }'))).load());
    expect(extra).toMatch(/^llm-gate\.yml:3:\d+: .*with from: base the baseline is the candidate .* so it takes no "model"/);
  });

  test('without a base commit to read, names the flag and the input', async () => {
    const message = await formattedError((await configFrom(FROM_BASE('{ from: base }'))).load());
    expect(message).toMatch(/^llm-gate\.yml:3:\d+: .*models\.baseline: \{ from: base \} needs the base commit/);
    expect(message).toContain('--baseline-ref REF');
  });

  test('outside a git repository, says so instead of guessing a baseline', async () => {
    const { load } = await configFrom(FROM_BASE('{ from: base }'), {}, { baseline: { ref: 'main' } });
    expect(await formattedError(load())).toMatch(/is not a git repository/);
  });

  test('--baseline-model replaces from: base', async () => {
    const { load } = await configFrom(FROM_BASE('{ from: base }'), {}, { overrides: { baselineModel: 'gpt-4o' } });
    const config = await load();
    expect(config.models.baseline.model).toBe('gpt-4o');
    expect(config.models.baseline.from).toBeUndefined();
  });

  test('a model prompt is read from its file, and a judge takes none', async () => {
    const { load } = await configFrom(
      `evals: evals/*.yaml
prompt: { system: shared.md, user: "Q: {{q}}" }
models:
  baseline: { model: gpt-4o }
  candidate:
    model: gpt-4o-mini
    prompt: { system: candidate.md }
`,
      { 'shared.md': 'Shared.\n', 'candidate.md': 'Own.\r\n\n' },
    );
    const config = await load();
    expect(config.prompt).toEqual({ system: 'Shared.', user: 'Q: {{q}}' });
    expect(config.promptFiles).toEqual({ system: 'shared.md' });
    expect(config.models.candidate.prompt).toEqual({ system: 'Own.' });
    expect(config.models.candidate.promptFiles).toEqual({ system: 'candidate.md' });
    expect(config.models.baseline.prompt).toBeUndefined();
    const judged = await configFrom(`evals: evals/*.yaml
models:
  baseline: { model: gpt-4o }
  candidate: { model: gpt-4o-mini }
judge: { model: gpt-4o, prompt: { system: x } }
`);
    expect(await formattedError(judged.load())).toMatch(/^llm-gate\.yml:5:\d+: .*prompt/);
  });
});
